package dev.grainline.dsl;

import dev.grainline.internal.model.assembly.Declared;
import dev.grainline.internal.model.expr.Node.And;
import dev.grainline.internal.model.expr.Node.Not;
import dev.grainline.internal.model.expr.Node.Or;
import dev.grainline.internal.model.expr.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A boolean expression. */
final class ConditionImpl extends ExprImpl<Boolean> implements Condition {
  private final Node node;

  ConditionImpl(Node node) {
    this.node = Objects.requireNonNull(node, "node");
  }

  @Override
  Node node() {
    return node;
  }

  @Override
  public Declared declared() {
    return new Declared.Condition(node);
  }

  @Override
  <R> ExprImpl<R> derive(Node derived) {
    return new ColumnImpl<>(derived);
  }

  @Override
  public Condition and(Condition other) {
    List<Node> operands = new ArrayList<>();
    flatten(node, And.class, operands);
    flatten(Arguments.of(other), And.class, operands);
    return new ConditionImpl(new And(operands));
  }

  @Override
  public Condition or(Condition other) {
    List<Node> operands = new ArrayList<>();
    flatten(node, Or.class, operands);
    flatten(Arguments.of(other), Or.class, operands);
    return new ConditionImpl(new Or(operands));
  }

  @Override
  public Condition not() {
    return new ConditionImpl(new Not(node));
  }

  private static void flatten(
      Node expr, Class<?> kind, List<Node> into) {
    if (expr instanceof And and && kind == And.class) {
      into.addAll(and.operands());
    } else if (expr instanceof Or or && kind == Or.class) {
      into.addAll(or.operands());
    } else {
      into.add(expr);
    }
  }
}
