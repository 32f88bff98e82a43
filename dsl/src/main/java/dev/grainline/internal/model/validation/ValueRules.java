package dev.grainline.internal.model.validation;

import dev.grainline.DefinitionException;
import dev.grainline.QueryException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The values that every engine takes and compares alike: the one rule for constants of definitions, literals of the
 * text API and values of typed queries. A value outside it is rejected, never rounded or cut on one engine only.
 *
 * <ul>
 *   <li>A decimal has at most 20 digits before the point and 18 after it, trailing zeros aside: DuckDB binds
 *       decimals as DECIMAL(38,18), the widest it has, and would round a finer one (0.0000000000000000001 became 0)
 *       or turn a longer one into NULL.
 *   <li>A date or timestamp lies in the years 1 to 9999: PostgreSQL's driver and DuckDB's read dates before year 1
 *       or after 9999 differently (or not at all), and {@code LocalDate.MIN}/{@code MAX} are far outside both.
 *   <li>A timestamp has at most microseconds: PostgreSQL rounds nanoseconds, DuckDB truncates them.
 *   <li>A text value holds no NUL character: PostgreSQL cannot store one, DuckDB can.
 *   <li>A LIKE pattern does not end with its escape character (a backslash): PostgreSQL and DuckDB reject it with
 *       their own errors; this rule gives one. A backslash before a character other than {@code %}, {@code _} or a
 *       backslash escapes nothing: PostgreSQL and DuckDB read {@code \x} as {@code x}, Trino rejects it, so the
 *       pattern reaches SQL as {@link #canonicalLikePattern canonical}, without such backslashes.
 * </ul>
 */
public final class ValueRules {
  /** DuckDB's widest decimal, DECIMAL(38,18): the digits a decimal value may have before and after the point. */
  public static final int DECIMAL_INTEGER_DIGITS = 20;
  public static final int DECIMAL_SCALE = 18;
  public static final int MIN_YEAR = 1;
  public static final int MAX_YEAR = 9999;
  /** PostgreSQL's limit of bind values per statement, kept on every engine so that a query runs on both or neither. */
  public static final int MAX_BIND_VALUES = 65_535;
  private static final int NANOS_PER_MICRO = 1_000;
  private static final char LIKE_ESCAPE = '\\';

  private ValueRules() {}

  /** Why a value breaks the rule: a message and its arguments, to be thrown as the caller's kind of error. */
  public record Violation(Message message, List<Object> args) {
    public Violation {
      args = List.copyOf(args);
    }

    public QueryException queryError() {
      return message.queryError(args.toArray());
    }

    public DefinitionException definitionError() {
      return message.definitionError(args.toArray());
    }

    /** Throws {@link #queryError()}; a consumer for {@code Optional.ifPresent}. */
    public void throwAsQueryError() {
      throw queryError();
    }
  }

  /** The problem with a value of a query or a definition, if it has one; cheap for the common values. */
  public static Optional<Violation> check(Object value) {
    return switch (value) {
      case BigDecimal d -> decimal(d);
      case String s -> text(s);
      case LocalDate d -> year("date", d, d.getYear());
      case LocalDateTime t -> timestamp(t);
      default -> Optional.empty();
    };
  }

  /** The problem with a LIKE pattern, if it has one (its value's problems aside). */
  public static Optional<Violation> checkLikePattern(String pattern) {
    // A backslash escapes the next character; one left over at the end escapes nothing.
    int trailing = 0;
    for (int i = pattern.length() - 1; i >= 0 && pattern.charAt(i) == LIKE_ESCAPE; i--) {
      trailing++;
    }
    if (trailing % 2 == 1) {
      return violation(Message.LIKE_TRAILING_ESCAPE, quote(pattern));
    }
    return Optional.empty();
  }

  /**
   * The pattern as every engine reads it alike: a backslash before a character other than {@code %}, {@code _} or a
   * backslash is dropped ({@code a\bc} is {@code abc}, as PostgreSQL and DuckDB read it; Trino refuses such an
   * escape); escaped wildcards and escaped backslashes are kept. A trailing lone backslash, which
   * {@link #checkLikePattern} rejects, is kept too.
   */
  public static String canonicalLikePattern(String pattern) {
    if (pattern.indexOf(LIKE_ESCAPE) < 0) {
      return pattern;
    }
    StringBuilder canonical = new StringBuilder(pattern.length());
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == LIKE_ESCAPE && i + 1 < pattern.length()) {
        char escaped = pattern.charAt(++i);
        if (escaped == '%' || escaped == '_' || escaped == LIKE_ESCAPE) {
          canonical.append(LIKE_ESCAPE);
        }
        canonical.append(escaped);
      } else {
        canonical.append(c);
      }
    }
    return canonical.toString();
  }

  private static Optional<Violation> decimal(BigDecimal value) {
    // Cheap first: a value of at most 18 digits with a scale of 0 to 18 fits as it is.
    if (value.precision() <= DECIMAL_SCALE && value.scale() >= 0 && value.scale() <= DECIMAL_SCALE) {
      return Optional.empty();
    }
    BigDecimal exact = value.stripTrailingZeros();
    int scale = Math.max(exact.scale(), 0);
    int integerDigits = Math.max(exact.precision() - exact.scale(), 0);
    if (scale <= DECIMAL_SCALE && integerDigits <= DECIMAL_INTEGER_DIGITS) {
      return Optional.empty();
    }
    return violation(Message.DECIMAL_RANGE, shorten(value.toPlainString()), integerDigits, scale,
        DECIMAL_INTEGER_DIGITS, DECIMAL_SCALE);
  }

  private static Optional<Violation> text(String value) {
    int nul = value.indexOf('\u0000');
    return nul < 0 ? Optional.empty() : violation(Message.TEXT_NUL, quote(value.replace('\u0000', '?')), nul);
  }

  private static Optional<Violation> timestamp(LocalDateTime value) {
    Optional<Violation> year = year("timestamp", value, value.getYear());
    if (year.isPresent()) {
      return year;
    }
    return value.getNano() % NANOS_PER_MICRO == 0 ? Optional.empty()
        : violation(Message.TIMESTAMP_PRECISION, value);
  }

  private static Optional<Violation> year(String kind, Object value, int year) {
    return year >= MIN_YEAR && year <= MAX_YEAR ? Optional.empty()
        : violation(Message.DATE_RANGE, kind, value, MIN_YEAR, MAX_YEAR);
  }

  private static Optional<Violation> violation(Message message, Object... args) {
    return Optional.of(new Violation(message, List.of(args)));
  }

  private static String quote(String value) {
    return "'" + shorten(value).replace("'", "''") + "'";
  }

  private static String shorten(String value) {
    return value.length() > 60 ? value.substring(0, 57) + "..." : value;
  }
}
