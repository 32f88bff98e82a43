package dev.grainline.model;

import dev.grainline.model.expr.Expr;
import java.util.Objects;

/**
 * One ORDER BY item: a requested metric ({@link Expr.MetricRef}) or dimension ({@link Expr.AttributeRef}). NULLs sort
 * last unless {@code nullsFirst}, on every engine.
 */
public record SortKey(Expr expr, boolean descending, boolean nullsFirst) {
  public SortKey {
    Objects.requireNonNull(expr, "expr");
  }
}
