package dev.grainline.runtime;

import dev.grainline.internal.model.expr.Node;
import java.util.ArrayList;
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

  /**
   * Both conditions; {@code other} is not null (a {@link dev.grainline.QueryException} if it is). A chain of ANDs is
   * one conjunction, however long, so that it nests one level deep.
   */
  public Filter and(Filter other) {
    Arguments.present(other, "and()", "other");
    return new Filter(new Node.And(operands(Node.And.class, node, other.node)));
  }

  /**
   * Either condition; {@code other} is not null (a {@link dev.grainline.QueryException} if it is). A chain of ORs is
   * one disjunction, however long, so that it nests one level deep.
   */
  public Filter or(Filter other) {
    Arguments.present(other, "or()", "other");
    return new Filter(new Node.Or(operands(Node.Or.class, node, other.node)));
  }

  private static List<Node> operands(Class<? extends Node> kind, Node left, Node right) {
    List<Node> operands = new ArrayList<>();
    for (Node side : List.of(left, right)) {
      if (side instanceof Node.And a && kind == Node.And.class) {
        operands.addAll(a.operands());
      } else if (side instanceof Node.Or o && kind == Node.Or.class) {
        operands.addAll(o.operands());
      } else {
        operands.add(side);
      }
    }
    return operands;
  }

  public Filter not() {
    return new Filter(new Node.Not(node));
  }

  @Override
  public String toString() {
    return dev.grainline.internal.model.expr.Nodes.describe(node);
  }
}
