package dev.grainline.dsl;

import dev.grainline.SqlType;
import dev.grainline.internal.model.assembly.DslValue;
import dev.grainline.internal.model.expr.ArithmeticOp;
import dev.grainline.internal.model.expr.ComparisonOp;
import dev.grainline.internal.model.expr.Node.Arithmetic;
import dev.grainline.internal.model.expr.Node.Between;
import dev.grainline.internal.model.expr.Node.Cast;
import dev.grainline.internal.model.expr.Node.Comparison;
import dev.grainline.internal.model.expr.Node.InList;
import dev.grainline.internal.model.expr.Node.IsNull;
import dev.grainline.internal.model.expr.Node.Like;
import dev.grainline.internal.model.expr.Node.Negate;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.ValueRules;
import java.util.ArrayList;
import java.util.List;

/**
 * What every DSL expression can do. Subclasses decide what kind of expression an arithmetic result is (a column
 * stays a column, a metric stays a metric) by implementing {@link #derive}.
 */
abstract class ExprImpl<T> implements Expr<T>, DslValue {

  /** The model node this expression stands for where it is used. */
  abstract Node node();

  /** Wraps a node built from this expression in the DSL type that this kind of expression produces. */
  abstract <R> ExprImpl<R> derive(Node node);

  private Condition compare(ComparisonOp op, Object other) {
    return new ConditionImpl(new Comparison(op, node(), Arguments.ofValue(other)));
  }

  @Override
  public Condition eq(T value) {
    return compare(ComparisonOp.EQ, value);
  }

  @Override
  public Condition eq(Expr<?> other) {
    return compare(ComparisonOp.EQ, other);
  }

  @Override
  public Condition ne(T value) {
    return compare(ComparisonOp.NE, value);
  }

  @Override
  public Condition ne(Expr<?> other) {
    return compare(ComparisonOp.NE, other);
  }

  @Override
  public Condition lt(T value) {
    return compare(ComparisonOp.LT, value);
  }

  @Override
  public Condition lt(Expr<?> other) {
    return compare(ComparisonOp.LT, other);
  }

  @Override
  public Condition le(T value) {
    return compare(ComparisonOp.LE, value);
  }

  @Override
  public Condition le(Expr<?> other) {
    return compare(ComparisonOp.LE, other);
  }

  @Override
  public Condition gt(T value) {
    return compare(ComparisonOp.GT, value);
  }

  @Override
  public Condition gt(Expr<?> other) {
    return compare(ComparisonOp.GT, other);
  }

  @Override
  public Condition ge(T value) {
    return compare(ComparisonOp.GE, value);
  }

  @Override
  public Condition ge(Expr<?> other) {
    return compare(ComparisonOp.GE, other);
  }

  @Override
  public Condition isNull() {
    return new ConditionImpl(new IsNull(node(), false));
  }

  @Override
  public Condition isNotNull() {
    return new ConditionImpl(new IsNull(node(), true));
  }

  // in and notIn only read their arrays' elements (never pass the arrays on), which is what makes them safe varargs.
  @Override
  @SafeVarargs
  public final Condition in(T... values) {
    List<Node> nodes = new ArrayList<>();
    for (T value : Arguments.notNull("the values", values)) {
      nodes.add(Arguments.ofValue(value));
    }
    return inList(nodes, false);
  }

  @Override
  @SafeVarargs
  public final Condition notIn(T... values) {
    List<Node> nodes = new ArrayList<>();
    for (T value : Arguments.notNull("the values", values)) {
      nodes.add(Arguments.ofValue(value));
    }
    return inList(nodes, true);
  }

  private Condition inList(List<Node> values, boolean negated) {
    if (values.isEmpty()) {
      throw Message.EMPTY_IN_LIST.definitionError(negated ? "notIn()" : "in()");
    }
    return new ConditionImpl(new InList(node(), values, negated));
  }

  @Override
  public Condition between(T low, T high) {
    return new ConditionImpl(new Between(node(), Arguments.ofValue(low), Arguments.ofValue(high), false));
  }

  @Override
  public Condition between(Expr<?> low, Expr<?> high) {
    return new ConditionImpl(new Between(node(), Arguments.of(low), Arguments.of(high), false));
  }

  @Override
  public Condition like(String pattern) {
    Node literal = Arguments.literal(pattern);
    ValueRules.checkLikePattern(pattern).ifPresent(violation -> {
      throw violation.definitionError();
    });
    return new ConditionImpl(new Like(node(), literal, false));
  }

  private <R> ExprImpl<R> arithmetic(ArithmeticOp op, Object other) {
    return derive(new Arithmetic(op, node(), Arguments.ofValue(other)));
  }

  @Override
  public <R> ExprImpl<R> plus(Expr<?> other) {
    return arithmetic(ArithmeticOp.ADD, other);
  }

  @Override
  public <R> ExprImpl<R> plus(Number other) {
    return arithmetic(ArithmeticOp.ADD, other);
  }

  @Override
  public <R> ExprImpl<R> minus(Expr<?> other) {
    return arithmetic(ArithmeticOp.SUBTRACT, other);
  }

  @Override
  public <R> ExprImpl<R> minus(Number other) {
    return arithmetic(ArithmeticOp.SUBTRACT, other);
  }

  @Override
  public <R> ExprImpl<R> times(Expr<?> other) {
    return arithmetic(ArithmeticOp.MULTIPLY, other);
  }

  @Override
  public <R> ExprImpl<R> times(Number other) {
    return arithmetic(ArithmeticOp.MULTIPLY, other);
  }

  @Override
  public ExprImpl<Double> div(Expr<?> other) {
    return arithmetic(ArithmeticOp.DIVIDE, other);
  }

  @Override
  public ExprImpl<Double> div(Number other) {
    return arithmetic(ArithmeticOp.DIVIDE, other);
  }

  @Override
  public <R> ExprImpl<R> negate() {
    return derive(new Negate(node()));
  }

  @Override
  public <R> ExprImpl<R> cast(Class<R> type) {
    SqlType target = SqlType.ofJavaType(Arguments.notNull("the cast's target type", type))
        .orElseThrow(() -> Message.CAST_TARGET.definitionError(type.getSimpleName()));
    return derive(new Cast(node(), target));
  }

  @Override
  public SortField asc() {
    return new SortFieldImpl(node(), false, false);
  }

  @Override
  public SortField desc() {
    return new SortFieldImpl(node(), true, false);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + node() + "]";
  }
}
