package dev.grainline.runtime;

import dev.grainline.internal.model.expr.Node;
import java.util.List;
import java.util.Objects;

/**
 * A condition of a typed query, on dimensions ({@code where}) or on metrics and requested dimensions
 * ({@code having}). Its values become bind values.
 */
public final class Filter {
  private final Node node;

  Filter(Node node) {
    this.node = Objects.requireNonNull(node, "node");
  }

  /** The model expression; its constants are the query's values. */
  Node node() {
    return node;
  }

  /** Both conditions; {@code other} is not null (a {@link dev.grainline.QueryException} if it is). */
  public Filter and(Filter other) {
    Arguments.present(other, "and()", "other");
    return new Filter(new Node.And(List.of(node, other.node)));
  }

  /** Either condition; {@code other} is not null (a {@link dev.grainline.QueryException} if it is). */
  public Filter or(Filter other) {
    Arguments.present(other, "or()", "other");
    return new Filter(new Node.Or(List.of(node, other.node)));
  }

  public Filter not() {
    return new Filter(new Node.Not(node));
  }

  @Override
  public String toString() {
    return dev.grainline.internal.model.expr.Nodes.describe(node);
  }
}
