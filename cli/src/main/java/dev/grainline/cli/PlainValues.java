package dev.grainline.cli;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;

/** Values as text for output: numbers in plain decimal notation, never scientific, and NULL as nothing. */
final class PlainValues {
  private PlainValues() {}

  /** The text of a non-NULL value. */
  static String text(Object value) {
    return switch (value) {
      case Double d -> plain(d);
      case Float f -> plain(f.doubleValue());
      case BigDecimal d -> d.toPlainString();
      case TemporalAccessor t -> t.toString(); // ISO-8601: 2024-01-31, 2024-01-31T00:00
      default -> value.toString(); // integers print as integers; text as is
    };
  }

  /**
   * The shortest decimal that reads back as {@code d} ({@code BigDecimal.valueOf} goes through Double.toString),
   * written out in full: 1.0E-5 → 0.00001, 3.0E20 → 300000000000000000000, 2580.0 → 2580.
   */
  static String plain(double d) {
    if (!Double.isFinite(d)) {
      return Double.toString(d); // NaN, Infinity, -Infinity: there is no decimal for them
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  /** The value as a JSON number, if it is a finite number. */
  static boolean isFiniteNumber(Object value) {
    return switch (value) {
      case Double d -> Double.isFinite(d);
      case Float f -> Float.isFinite(f);
      case Number n -> true;
      default -> false;
    };
  }
}
