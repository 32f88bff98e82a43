package dev.grainline.internal.model.aggregate;

import dev.grainline.SqlType;
import dev.grainline.internal.model.validation.Message;
import java.util.function.UnaryOperator;

/** The outcome of an aggregate's typing rule: the result type, or the message that says which argument is wrong. */
public sealed interface Typing {
  /** The arguments fit; the aggregate has {@code type}. */
  record Typed(SqlType type) implements Typing {}

  /**
   * An argument does not fit: {@code message} takes the aggregate as written, its DSL name and the display of
   * {@code argument}, the wrong argument's type.
   */
  record Mistyped(Message message, SqlType argument) implements Typing {}

  /** Numbers only, typed {@code result} of the number's type. */
  static Typing numeric(SqlType argument, UnaryOperator<SqlType> result) {
    return argument.isNumeric() ? new Typed(result.apply(argument))
        : new Mistyped(Message.TYPE_NOT_NUMERIC, argument);
  }

  /** Values with an order only, typed {@code result}. */
  static Typing ordered(SqlType argument, SqlType result) {
    return argument.isOrdered() ? new Typed(result) : new Mistyped(Message.TYPE_NOT_ORDERED, argument);
  }
}
