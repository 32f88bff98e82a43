package dev.grainline.runtime.internal.plan;

import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.Node;
import java.util.Objects;

/**
 * A metric of the combined result: its combiner, an expression over the component columns of the grain groups
 * ({@link Node.ColumnRef}s whose table is a group), cast to {@code type}. Hidden metrics are computed for the
 * having filter only.
 */
public record OutputMetric(String alias, String name, Node combiner, SqlType type, boolean hidden) {
  public OutputMetric {
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(combiner, "combiner");
    Objects.requireNonNull(type, "type");
  }
}
