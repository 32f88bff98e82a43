package dev.grainline.internal.model.validation;

import dev.grainline.DefinitionException;
import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Literal;
import dev.grainline.internal.model.expr.Node.Parameter;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.query.QuerySpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of named-query parameters, one place for the processor (the definition) and the runtime (the call): a
 * parameter has the type of what it is compared with, a name is one parameter of one type, and a call's value is of
 * the parameter's type. The definition's rule is {@code rules.ParameterTypeRule}; where a parameter may appear at
 * all (only in a named query's conditions) the assembler's lowering checks, since it is the one that knows which kind
 * of definition an expression belongs to.
 */
public final class ParameterRules {
  /** The largest integer up to which every integer is a double: 2^53. */
  private static final long EXACT_DOUBLE = 1L << 53;

  private ParameterRules() {}

  /** The parameters of a query, each once, in the order they first appear: in where, then in having. */
  public static List<Parameter> of(QuerySpec spec) {
    return of(spec.where(), spec.having());
  }

  /** The parameters of a query's conditions, each once, in the order they first appear. */
  public static List<Parameter> of(Optional<Node> where, Optional<Node> having) {
    Map<String, Parameter> found = new LinkedHashMap<>();
    List<Node> conditions = new ArrayList<>();
    where.ifPresent(conditions::add);
    having.ifPresent(conditions::add);
    for (Node condition : conditions) {
      for (Parameter parameter : Nodes.collect(condition, Parameter.class)) {
        found.putIfAbsent(parameter.name(), parameter);
      }
    }
    return List.copyOf(found.values());
  }

  /**
   * A call's value for {@code parameter}, as the literal that takes its place: of the parameter's type, so that
   * every call has the same shape and shares one plan. A value of the parameter's Java type is taken, and an integer
   * where the parameter is a number that holds it exactly (an {@code Integer} for a {@code Long}, a
   * {@code BigDecimal}, or a {@code Double} up to 2^53); anything else is a {@link dev.grainline.QueryException}
   * ({@code [GrainlineParamValue]}).
   */
  public static Literal value(String query, Parameter parameter, Object value) {
    if (value == null) {
      throw Message.PARAM_NULL.queryError(parameter.name(), query);
    }
    Literal literal;
    try {
      literal = Literal.of(value);
    } catch (DefinitionException e) {
      throw Message.PARAM_VALUE.queryError(parameter.name(), query, javaName(parameter.type()),
          value.getClass().getSimpleName(), e.errors().get(0).message());
    }
    Optional<Object> widened = widen(literal, parameter.type());
    if (widened.isEmpty()) {
      throw Message.PARAM_VALUE.queryError(parameter.name(), query, javaName(parameter.type()),
          value.getClass().getSimpleName(), "the value " + value);
    }
    return new Literal(widened.get(), parameter.type());
  }

  /** "Integer": the Java type of a model type, as a definition names it in {@code param(name, type)}. */
  public static String javaName(SqlType type) {
    return type.javaType().getSimpleName();
  }

  private static Optional<Object> widen(Literal literal, SqlType target) {
    Object value = literal.value();
    if (literal.type() == target) {
      return Optional.of(value);
    }
    if (target == SqlType.BIGINT && literal.type() == SqlType.INTEGER) {
      return Optional.of(((Integer) value).longValue());
    }
    if (target == SqlType.DECIMAL && literal.type().isIntegral()) {
      return Optional.of(BigDecimal.valueOf(((Number) value).longValue()));
    }
    // An integer a double represents exactly: what a JSON number such as 12 is read as.
    if (target == SqlType.DOUBLE && literal.type().isIntegral()
        && Math.abs(((Number) value).longValue()) <= EXACT_DOUBLE) {
      return Optional.of(((Number) value).doubleValue());
    }
    return Optional.empty();
  }

}
