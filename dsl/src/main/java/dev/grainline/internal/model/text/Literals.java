package dev.grainline.internal.model.text;

import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.Node.Literal;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.ValueRules;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

/**
 * The typed values of literals as written: numbers by their shape, dates and timestamps by a strict hand-checked
 * format. Errors point at the whole literal.
 *
 * <ul>
 *   <li>digits only: INTEGER when the value fits an int, else BIGINT; beyond a long it is an error. The type
 *       follows from the value, sign included, so {@code -2147483648} is an INTEGER.
 *   <li>digits with a fraction, {@code 1.50}: DECIMAL, a BigDecimal with the scale as written.
 *   <li>with an exponent, {@code 1e3}, {@code 2.5E-3}: DOUBLE.
 * </ul>
 *
 * <p>Decimals, dates, timestamps and strings are also held to {@link ValueRules}, the values every engine compares
 * alike: {@code 0.0000000000000000001} (19 fraction digits) is an error here, not a 0 on DuckDB.
 */
final class Literals {
  private static final String DATE_FORMAT = "yyyy-mm-dd";
  private static final String TIMESTAMP_FORMAT = "yyyy-mm-dd hh:mm[:ss[.fff]]";

  private final TokenCursor errors;

  Literals(TokenCursor errors) {
    this.errors = errors;
  }

  /** The number written as {@code text} (a NUMBER token's text), negated if it follows a unary minus. */
  Literal number(String text, boolean negative, Span span) {
    String signed = negative ? "-" + text : text;
    if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
      double value = Double.parseDouble(signed);
      if (Double.isInfinite(value)) {
        throw errors.error(Message.SYNTAX_DOUBLE_RANGE, span, signed);
      }
      return new Literal(value, SqlType.DOUBLE);
    }
    if (text.indexOf('.') >= 0) {
      return checked(new Literal(new BigDecimal(signed), SqlType.DECIMAL), span);
    }
    return integer(new BigInteger(signed), span);
  }

  /** The numeric literal with the opposite sign: a unary minus folded into it. */
  Literal negate(Literal literal, Span span) {
    return switch (literal.type()) {
      case INTEGER -> integer(BigInteger.valueOf((Integer) literal.value()).negate(), span);
      case BIGINT -> integer(BigInteger.valueOf((Long) literal.value()).negate(), span);
      case DECIMAL -> checked(new Literal(((BigDecimal) literal.value()).negate(), SqlType.DECIMAL), span);
      case DOUBLE -> new Literal(-(Double) literal.value(), SqlType.DOUBLE);
      default -> throw new IllegalArgumentException("not a number: " + literal);
    };
  }

  static boolean isNumeric(Object node) {
    return node instanceof Literal literal && literal.type().isNumeric();
  }

  private Literal integer(BigInteger value, Span span) {
    if (value.bitLength() < Integer.SIZE) {
      return new Literal(value.intValue(), SqlType.INTEGER);
    }
    if (value.bitLength() < Long.SIZE) {
      return new Literal(value.longValue(), SqlType.BIGINT);
    }
    String bound = value.signum() > 0
        ? "too big; the largest integer is " + Long.MAX_VALUE
        : "too small; the smallest integer is " + Long.MIN_VALUE;
    throw errors.error(Message.SYNTAX_INTEGER_RANGE, span, value, bound, value);
  }

  /** {@code DATE 'yyyy-mm-dd'}: {@code text} is the string's value. */
  Literal date(String text, Span span) {
    LocalDate date = parseDate(text);
    if (text.length() != DATE_FORMAT.length() || date == null) {
      throw errors.error(Message.SYNTAX_DATE, span, quote(text), DATE_FORMAT);
    }
    return checked(new Literal(date, SqlType.DATE), span);
  }

  /** {@code TIMESTAMP 'yyyy-mm-dd hh:mm[:ss[.fff]]'}, up to nine fraction digits. */
  Literal timestamp(String text, Span span) {
    LocalDateTime timestamp = parseTimestamp(text);
    if (timestamp == null) {
      throw errors.error(Message.SYNTAX_TIMESTAMP, span, quote(text), TIMESTAMP_FORMAT);
    }
    return checked(new Literal(timestamp, SqlType.TIMESTAMP), span);
  }

  /** A string literal; {@code value} is its value, quotes undoubled. */
  Literal text(String value, Span span) {
    return checked(new Literal(value, SqlType.TEXT), span);
  }

  /** The literal, if every engine takes its value alike ({@link ValueRules}); else an error pointing at it. */
  private Literal checked(Literal literal, Span span) {
    Optional<ValueRules.Violation> violation = ValueRules.check(literal.value());
    if (violation.isPresent()) {
      throw errors.error(violation.get().message(), span, violation.get().args().toArray());
    }
    return literal;
  }

  /** The date at the start of {@code text}, or null if its first ten characters are no valid yyyy-mm-dd. */
  private static LocalDate parseDate(String text) {
    if (text.length() < DATE_FORMAT.length() || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException invalid) {
      return null;
    }
  }

  private static LocalDateTime parseTimestamp(String text) {
    LocalDate date = parseDate(text);
    // yyyy-mm-dd hh:mm is 16 characters; :ss makes 19; .f to .fffffffff make 21 to 29.
    if (date == null || text.length() < 16 || text.charAt(10) != ' ' || text.charAt(13) != ':') {
      return null;
    }
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = 0;
    int nanos = 0;
    if (text.length() > 16) {
      if (text.length() < 19 || text.charAt(16) != ':') {
        return null;
      }
      second = digits(text, 17, 19);
      if (text.length() > 19) {
        int fraction = text.length() - 20;
        if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
          return null;
        }
        nanos = digits(text, 20, text.length());
        for (int i = fraction; i < 9 && nanos >= 0; i++) {
          nanos *= 10;
        }
      }
    }
    if (hour < 0 || minute < 0 || second < 0 || nanos < 0) {
      return null;
    }
    try {
      return LocalDateTime.of(date, LocalTime.of(hour, minute, second, nanos));
    } catch (DateTimeException invalid) {
      return null;
    }
  }

  /** The decimal value of {@code text[from, to)}, or -1 if any of it is no ASCII digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** The value in single quotes, as written in the input (quotes doubled). */
  private static String quote(String value) {
    String shown = value.length() > 40 ? value.substring(0, 37) + "..." : value;
    return "'" + shown.replace("'", "''") + "'";
  }
}
