package dev.grainline.dsl;

import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Literal;
import dev.grainline.DefinitionException;
import dev.grainline.internal.model.validation.Message;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Conversions from DSL arguments to model nodes, shared by every DSL implementation class. */
public final class Arguments {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

  private Arguments() {}

  /** The model node a DSL expression stands for where it is used. */
  public static Node of(dev.grainline.dsl.Expr<?> expr) {
    if (expr == null) {
      throw new DefinitionException(Message.INVALID_VALUE, "null",
          "an expression is missing; if it refers to another class's field, that class may not be initialised yet"
              + " (a cycle between definitions)");
    }
    if (expr instanceof ExprImpl<?> impl) {
      return impl.node();
    }
    throw new DefinitionException(Message.INVALID_VALUE, expr.getClass().getName(),
        "only expressions built by the Grainline DSL can be used");
  }

  /** A model node for a value handed to the DSL: an expression, or a constant. */
  public static Node ofValue(Object value) {
    if (value instanceof dev.grainline.dsl.Expr<?> expr) {
      return of(expr);
    }
    return literal(value);
  }

  public static List<Node> ofValues(Object[] values) {
    if (values == null) {
      throw new DefinitionException(Message.INVALID_VALUE, "null", "a list of values is missing");
    }
    List<Node> nodes = new ArrayList<>(values.length);
    for (Object value : values) {
      nodes.add(ofValue(value));
    }
    return nodes;
  }

  /** A constant, typed by its Java class. */
  public static Literal literal(Object value) {
    return switch (value) {
      case null -> throw new DefinitionException(Message.INVALID_VALUE, "null",
          "a constant cannot be null; compare with isNull() or isNotNull() instead");
      case Integer i -> new Literal(i, SqlType.INTEGER);
      case Short s -> new Literal(s.intValue(), SqlType.INTEGER);
      case Byte b -> new Literal(b.intValue(), SqlType.INTEGER);
      case Long l -> new Literal(l, SqlType.BIGINT);
      case Double d -> finite(d);
      case Float f -> finite(f.doubleValue());
      case BigDecimal d -> new Literal(d, SqlType.DECIMAL);
      case BigInteger i -> new Literal(new BigDecimal(i), SqlType.DECIMAL);
      case String s -> new Literal(s, SqlType.TEXT);
      case Character c -> new Literal(c.toString(), SqlType.TEXT);
      case Boolean b -> new Literal(b, SqlType.BOOLEAN);
      case LocalDate d -> new Literal(d, SqlType.DATE);
      case LocalDateTime t -> new Literal(t, SqlType.TIMESTAMP);
      default -> throw new DefinitionException(Message.INVALID_VALUE, value,
          "constants are numbers, strings, booleans, LocalDate or LocalDateTime, not " + value.getClass().getName());
    };
  }

  private static Literal finite(double d) {
    if (!Double.isFinite(d)) {
      throw new DefinitionException(Message.INVALID_VALUE, d, "a constant must be a finite number");
    }
    return new Literal(d, SqlType.DOUBLE);
  }

  /** Checks an SQL identifier part (table, schema, column, alias). */
  public static String identifier(String what, String name) {
    if (name == null || !IDENTIFIER.matcher(name).matches()) {
      throw new DefinitionException(Message.INVALID_VALUE, what + " \"" + name + "\"",
          "expected a plain SQL identifier: letters, digits and underscores, not starting with a digit");
    }
    return name;
  }

  public static <T> T notNull(String what, T value) {
    if (value == null) {
      throw new DefinitionException(Message.INVALID_VALUE, "null", what + " is missing");
    }
    return value;
  }
}
