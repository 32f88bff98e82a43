package dev.grainline.runtime.internal.plan;

import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import java.util.Objects;

/**
 * A requested dimension as one grain group computes it: the attribute's expression over the tables of that group's
 * scan (its own path to the dimension), output under {@code alias}, which every group shares so they can be joined.
 */
public record DimensionColumn(String alias, AttributeRef ref, Node expr, SqlType type) {
  public DimensionColumn {
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(expr, "expr");
    Objects.requireNonNull(type, "type");
  }
}
