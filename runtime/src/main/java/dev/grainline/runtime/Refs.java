package dev.grainline.runtime;

import dev.grainline.DefinitionException;
import dev.grainline.QueryError;
import dev.grainline.QueryException;
import dev.grainline.internal.model.SortKey;
import dev.grainline.internal.model.expr.ComparisonOp;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.validation.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The filter and order vocabulary shared by typed metric and dimension references. */
abstract class Refs<T> {
  abstract Node node();

  Filter compare(ComparisonOp op, T value) {
    return new Filter(new Node.Comparison(op, node(), literal(value)));
  }

  public Filter eq(T value) {
    return compare(ComparisonOp.EQ, value);
  }

  public Filter ne(T value) {
    return compare(ComparisonOp.NE, value);
  }

  public Filter lt(T value) {
    return compare(ComparisonOp.LT, value);
  }

  public Filter le(T value) {
    return compare(ComparisonOp.LE, value);
  }

  public Filter gt(T value) {
    return compare(ComparisonOp.GT, value);
  }

  public Filter ge(T value) {
    return compare(ComparisonOp.GE, value);
  }

  public Filter between(T low, T high) {
    return new Filter(new Node.Between(node(), literal(low), literal(high), false));
  }

  public Filter isNull() {
    return new Filter(new Node.IsNull(node(), false));
  }

  public Filter isNotNull() {
    return new Filter(new Node.IsNull(node(), true));
  }

  // in and notIn only read their arrays' elements (never pass the arrays on), which is what makes them safe varargs.
  @SafeVarargs
  public final Filter in(T... values) {
    Arguments.present(values, "in()", "values");
    List<Node> literals = new ArrayList<>();
    for (T value : values) {
      literals.add(literal(value));
    }
    return new Filter(new Node.InList(node(), nonEmpty("in()", literals), false));
  }

  @SafeVarargs
  public final Filter notIn(T... values) {
    Arguments.present(values, "notIn()", "values");
    List<Node> literals = new ArrayList<>();
    for (T value : values) {
      literals.add(literal(value));
    }
    return new Filter(new Node.InList(node(), nonEmpty("notIn()", literals), true));
  }

  /** A query value as a bind value; one the model cannot hold is rejected as the text API rejects it. */
  static Node literal(Object value) {
    try {
      return Node.Literal.of(value);
    } catch (DefinitionException e) {
      throw new QueryException(e.errors().stream()
          .map(error -> new QueryError(error.id(), error.message(), Optional.empty()))
          .toList());
    }
  }

  private static List<Node> nonEmpty(String call, List<Node> values) {
    if (values.isEmpty()) {
      throw Message.EMPTY_IN_LIST.queryError(call);
    }
    return values;
  }

  public Order asc() {
    return new Order(new SortKey(node(), false, false));
  }

  public Order desc() {
    return new Order(new SortKey(node(), true, false));
  }
}
