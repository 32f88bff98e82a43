package dev.grainline.processor.reading;

import com.sun.source.tree.Tree;
import javax.lang.model.type.TypeKind;

/**
 * Java's arithmetic on constants, as javac folds it: binary numeric promotion (double, else float, else long, else
 * int), integer overflow wrapping, integer division by zero failing.
 */
final class Numbers {
  private Numbers() {}

  /** Unary numeric promotion: byte, short and char become int. */
  static Object promote(Object value) {
    return switch (value) {
      case Byte b -> b.intValue();
      case Short s -> s.intValue();
      case Character c -> (int) c;
      default -> value;
    };
  }

  static Object negate(Object value) {
    return switch (value) {
      case Double d -> -d;
      case Float f -> -f;
      case Long l -> -l;
      default -> -((Integer) value);
    };
  }

  static Object arithmetic(Tree.Kind operator, Object left, Object right) {
    Object a = promote(left);
    Object b = promote(right);
    if (a instanceof Double || b instanceof Double) {
      double x = asDouble(a);
      double y = asDouble(b);
      return switch (operator) {
        case PLUS -> x + y;
        case MINUS -> x - y;
        case MULTIPLY -> x * y;
        case DIVIDE -> x / y;
        default -> x % y;
      };
    }
    if (a instanceof Float || b instanceof Float) {
      float x = (float) asDouble(a);
      float y = (float) asDouble(b);
      return switch (operator) {
        case PLUS -> x + y;
        case MINUS -> x - y;
        case MULTIPLY -> x * y;
        case DIVIDE -> x / y;
        default -> x % y;
      };
    }
    if (a instanceof Long || b instanceof Long) {
      long x = ((Number) a).longValue();
      long y = ((Number) b).longValue();
      return switch (operator) {
        case PLUS -> x + y;
        case MINUS -> x - y;
        case MULTIPLY -> x * y;
        case DIVIDE -> x / y;
        default -> x % y;
      };
    }
    int x = (Integer) a;
    int y = (Integer) b;
    return switch (operator) {
      case PLUS -> x + y;
      case MINUS -> x - y;
      case MULTIPLY -> x * y;
      case DIVIDE -> x / y;
      default -> x % y;
    };
  }

  /** A numeric comparison ({@code <}, {@code <=}, {@code >}, {@code >=}, {@code ==}, {@code !=}) after promotion. */
  static boolean compare(Tree.Kind operator, Object left, Object right) {
    Object a = promote(left);
    Object b = promote(right);
    int order;
    boolean isFloat = !(a instanceof Double || b instanceof Double) && (a instanceof Float || b instanceof Float);
    if (a instanceof Double || b instanceof Double || isFloat) {
      // A long compared with a float is rounded to float first, as in Java.
      double x = isFloat ? ((Number) a).floatValue() : asDouble(a);
      double y = isFloat ? ((Number) b).floatValue() : asDouble(b);
      // NaN compares false with everything, and unequal to itself, as in Java.
      if (Double.isNaN(x) || Double.isNaN(y)) {
        return operator == Tree.Kind.NOT_EQUAL_TO;
      }
      order = Double.compare(x == 0.0 ? 0.0 : x, y == 0.0 ? 0.0 : y); // -0.0 == 0.0
    } else {
      order = Long.compare(((Number) a).longValue(), ((Number) b).longValue());
    }
    return switch (operator) {
      case LESS_THAN -> order < 0;
      case LESS_THAN_EQUAL -> order <= 0;
      case GREATER_THAN -> order > 0;
      case GREATER_THAN_EQUAL -> order >= 0;
      case EQUAL_TO -> order == 0;
      default -> order != 0;
    };
  }

  /** A primitive conversion of a number or char to {@code kind}, as in an assignment or a cast. */
  static Object convert(Object value, TypeKind kind) {
    if (value instanceof Character c) {
      return convert((int) c, kind);
    }
    Number number = (Number) value;
    return switch (kind) {
      case BYTE -> number.byteValue();
      case SHORT -> number.shortValue();
      case CHAR -> (char) number.intValue();
      case INT -> number.intValue();
      case LONG -> number.longValue();
      case FLOAT -> number.floatValue();
      case DOUBLE -> number.doubleValue();
      default -> value;
    };
  }

  private static double asDouble(Object value) {
    return ((Number) value).doubleValue();
  }
}
