package dev.grainline.runtime;

import dev.grainline.model.expr.Expr;
import java.util.List;
import java.util.Objects;

/**
 * A condition of a typed query, on dimensions ({@code where}) or on metrics and requested dimensions
 * ({@code having}). Its values become bind values.
 */
public final class Filter {
  private final Expr node;

  Filter(Expr node) {
    this.node = Objects.requireNonNull(node, "node");
  }

  /** The model expression; its constants are the query's values. */
  public Expr node() {
    return node;
  }

  public Filter and(Filter other) {
    return new Filter(new Expr.And(List.of(node, other.node)));
  }

  public Filter or(Filter other) {
    return new Filter(new Expr.Or(List.of(node, other.node)));
  }

  public Filter not() {
    return new Filter(new Expr.Not(node));
  }

  @Override
  public String toString() {
    return dev.grainline.model.expr.Exprs.describe(node);
  }
}
