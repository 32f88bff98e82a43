package dev.grainline.runtime;

import dev.grainline.internal.model.validation.Message;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks of the API's arguments. Every argument a method cannot take is a {@link dev.grainline.QueryException}
 * {@code [GrainlineInvalidValue]} that names the method and the parameter, thrown by the call that was given it,
 * never a {@code NullPointerException} or {@code ClassCastException} from somewhere inside.
 */
final class Arguments {
  private Arguments() {}

  /** {@code value}, or the error that {@code call}'s {@code parameter} is null. */
  static <T> T present(T value, String call, String parameter) {
    if (value == null) {
      throw Message.ARGUMENT_NULL.queryError(call, parameter);
    }
    return value;
  }

  /** The elements of a varargs array, which neither is nor holds null. */
  static <T> List<T> elements(T[] values, String call, String parameter) {
    present(values, call, parameter);
    for (int i = 0; i < values.length; i++) {
      present(values[i], call, parameter + "[" + i + "]");
    }
    return Arrays.asList(values);
  }

  /** The elements of a list, which neither is nor holds null. */
  static <T> List<T> elements(List<T> values, String call, String parameter) {
    present(values, call, parameter);
    for (int i = 0; i < values.size(); i++) {
      present(values.get(i), call, parameter + "[" + i + "]");
    }
    return values;
  }

  static <T> List<T> nonEmpty(List<T> values, String call, String parameter) {
    if (values.isEmpty()) {
      throw Message.ARGUMENT_EMPTY.queryError(call, parameter);
    }
    return values;
  }

  /** {@code values}, in which no {@code kind} ("metric", "dimension") is given twice. */
  static <T> List<T> distinct(List<T> values, String call, String kind) {
    Set<T> seen = new HashSet<>();
    for (T value : values) {
      if (!seen.add(value)) {
        throw Message.ARGUMENT_TWICE.queryError(call, kind, value);
      }
    }
    return values;
  }
}
