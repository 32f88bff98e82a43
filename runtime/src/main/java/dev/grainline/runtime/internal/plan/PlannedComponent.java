package dev.grainline.runtime.internal.plan;

import dev.grainline.Aggregability;
import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.Node.Aggregate;
import java.util.List;
import java.util.Objects;

/**
 * One aggregate that the requested metrics need, computed once in its entity's grain group however many metrics
 * use it. {@code alias} names its column in the grain group's output.
 */
public record PlannedComponent(String alias, Aggregate aggregate, SqlType type, List<String> metrics) {
  public PlannedComponent {
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(aggregate, "aggregate");
    Objects.requireNonNull(type, "type");
    metrics = List.copyOf(metrics);
  }

  public Aggregability aggregability() {
    return aggregate.function().aggregability();
  }

  public String entity() {
    return aggregate.entity();
  }
}
