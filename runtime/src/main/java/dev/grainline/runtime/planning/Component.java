package dev.grainline.runtime.planning;

import dev.grainline.model.Aggregability;
import dev.grainline.model.SqlType;
import dev.grainline.model.expr.Expr.Aggregate;
import java.util.List;
import java.util.Objects;

/**
 * One aggregate that the requested metrics need, computed once in its entity's grain group however many metrics
 * use it. {@code alias} names its column in the grain group's output.
 */
public record Component(String alias, Aggregate aggregate, SqlType type, List<String> metrics) {
  public Component {
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
