package dev.grainline.dsl.impl;

import dev.grainline.dsl.Condition;
import dev.grainline.model.expr.Expr.And;
import dev.grainline.model.expr.Expr.Not;
import dev.grainline.model.expr.Expr.Or;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A boolean expression. */
public final class ConditionImpl extends ExprImpl<Boolean> implements Condition {
  private final dev.grainline.model.expr.Expr node;

  public ConditionImpl(dev.grainline.model.expr.Expr node) {
    this.node = Objects.requireNonNull(node, "node");
  }

  @Override
  public dev.grainline.model.expr.Expr node() {
    return node;
  }

  @Override
  protected <R> ExprImpl<R> derive(dev.grainline.model.expr.Expr derived) {
    return new ColumnImpl<>(derived);
  }

  @Override
  public Condition and(Condition other) {
    List<dev.grainline.model.expr.Expr> operands = new ArrayList<>();
    flatten(node, And.class, operands);
    flatten(Nodes.of(other), And.class, operands);
    return new ConditionImpl(new And(operands));
  }

  @Override
  public Condition or(Condition other) {
    List<dev.grainline.model.expr.Expr> operands = new ArrayList<>();
    flatten(node, Or.class, operands);
    flatten(Nodes.of(other), Or.class, operands);
    return new ConditionImpl(new Or(operands));
  }

  @Override
  public Condition not() {
    return new ConditionImpl(new Not(node));
  }

  private static void flatten(
      dev.grainline.model.expr.Expr expr, Class<?> kind, List<dev.grainline.model.expr.Expr> into) {
    if (expr instanceof And and && kind == And.class) {
      into.addAll(and.operands());
    } else if (expr instanceof Or or && kind == Or.class) {
      into.addAll(or.operands());
    } else {
      into.add(expr);
    }
  }
}
