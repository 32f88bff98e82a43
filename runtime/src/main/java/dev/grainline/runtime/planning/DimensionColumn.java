package dev.grainline.runtime.planning;

import dev.grainline.model.SqlType;
import dev.grainline.model.expr.Expr;
import dev.grainline.model.expr.Expr.AttributeRef;
import java.util.Objects;

/**
 * A requested dimension as one grain group computes it: the attribute's expression over the tables of that group's
 * scan (its own path to the dimension), output under {@code alias}, which every group shares so they can be joined.
 */
public record DimensionColumn(String alias, AttributeRef ref, Expr expr, SqlType type) {
  public DimensionColumn {
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(expr, "expr");
    Objects.requireNonNull(type, "type");
  }
}
