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

  public Filter and(Filter other) {
    return new Filter(new Node.And(List.of(node, other.node)));
  }

  public Filter or(Filter other) {
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
