package dev.grainline.dsl;

import dev.grainline.internal.model.expr.Node.Literal;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.validation.Message;
import java.util.regex.Pattern;

/** Conversions from DSL arguments to model nodes, shared by every DSL implementation class. */
final class Arguments {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

  private Arguments() {}

  /** The model node a DSL expression stands for where it is used. */
  static Node of(Expr<?> expr) {
    if (expr == null) {
      throw Message.MISSING_EXPRESSION.definitionError();
    }
    if (expr instanceof ExprImpl<?> impl) {
      return impl.node();
    }
    throw Message.FOREIGN_EXPRESSION.definitionError(expr.getClass().getName());
  }

  /** A model node for a value handed to the DSL: an expression, or a constant. */
  static Node ofValue(Object value) {
    if (value instanceof Expr<?> expr) {
      return of(expr);
    }
    return literal(value);
  }

  /** A constant, typed by its Java class. */
  static Literal literal(Object value) {
    return Literal.of(value);
  }

  /** Checks an SQL identifier part (table, schema, column, alias). */
  static String identifier(String what, String name) {
    if (name == null || !IDENTIFIER.matcher(name).matches()) {
      throw Message.IDENTIFIER.definitionError(what, name);
    }
    return name;
  }

  static <T> T notNull(String what, T value) {
    if (value == null) {
      throw Message.MISSING_ARGUMENT.definitionError(what);
    }
    return value;
  }
}
