package dev.grainline.runtime.internal.execution;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the engines' errors mean, where Grainline gives them one id across engines. */
final class EngineErrors {
  /** PostgreSQL's SQLSTATE numeric_value_out_of_range: integer, bigint, numeric and double overflow alike. */
  private static final String NUMERIC_OUT_OF_RANGE = "22003";
  /**
   * Trino's error NUMERIC_VALUE_OUT_OF_RANGE (bigint, integer and decimal overflow): trino-jdbc gives no SQLSTATE,
   * and the error's code, a number of Trino's client protocol that does not change between versions, as the vendor
   * code. Its name does not reach the SQLException.
   */
  private static final int TRINO_NUMERIC_VALUE_OUT_OF_RANGE = 19;
  /** The package of trino-jdbc's exceptions (shaded), the cause of every query failure it reports. */
  private static final String TRINO_CLIENT_PACKAGE = "io.trino.";

  private EngineErrors() {}

  /**
   * Whether the database failed a query because a value overflowed its type: an integer sum or product beyond a
   * bigint, a double beyond its range. DuckDB's driver gives no SQLSTATE; its messages name the error class.
   */
  static boolean isOverflow(SQLException e) {
    if (NUMERIC_OUT_OF_RANGE.equals(e.getSQLState())) {
      return true;
    }
    if (e.getErrorCode() == TRINO_NUMERIC_VALUE_OUT_OF_RANGE && fromTrino(e)) {
      return true;
    }
    String message = e.getMessage();
    return message != null && (message.startsWith("Out of Range Error")
        || (message.startsWith("Conversion Error") && message.contains("out of range"))
        || DIGITS_BEYOND_INTEGER.matcher(message).find());
  }

  /**
   * A value of a JSON path that is not of its declared type, read back from the marker a typed JSON read casts when
   * the value is of another kind ({@code JsonAccess}): every engine's conversion error quotes the text it could not
   * convert, so the marker, the property, the declared type and the value are in the message.
   */
  record JsonValueError(String property, String type, String value) {}

  private static final Pattern JSON_VALUE = Pattern.compile(
      "\\[GrainlineJsonValue\\] ([A-Za-z0-9_.]+) as ([a-z]+): (.*?) \\[GrainlineJsonValue\\]", Pattern.DOTALL);

  static Optional<JsonValueError> jsonValue(SQLException e) {
    String message = e.getMessage();
    if (message == null) {
      return Optional.empty();
    }
    Matcher matcher = JSON_VALUE.matcher(message);
    return matcher.find()
        ? Optional.of(new JsonValueError(matcher.group(1), matcher.group(2), matcher.group(3)))
        : Optional.empty();
  }

  /**
   * DuckDB's and Trino's error for a string of digits beyond an integer type: a conversion of the text (a typed JSON
   * read casts its text), which they report as a failed cast, not as an overflow. Only a number's digits match, so
   * no other failed cast is taken for an overflow.
   */
  private static final Pattern DIGITS_BEYOND_INTEGER = Pattern.compile(
      "(Conversion Error: Could not convert string|Cannot cast) '-?[0-9]+' to (INT32|INT64|INTEGER|BIGINT|INT)\\b");

  /**
   * Whether the driver could not reach the database: a connection refused, timed out or to an unknown host, under
   * whatever SQLSTATE. Trino's driver connects lazily, at a connection's first statement, and reports it so with no
   * SQLSTATE; PostgreSQL's gives class 08.
   */
  static boolean isUnreachable(SQLException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
          || cause instanceof UnknownHostException) {
        return true;
      }
      if (cause == cause.getCause()) {
        return false;
      }
    }
    return false;
  }

  /** Whether trino-jdbc reported the failure: its vendor codes are Trino's error codes, no other driver's. */
  private static boolean fromTrino(SQLException e) {
    Throwable cause = e.getCause();
    return cause != null && cause.getClass().getName().startsWith(TRINO_CLIENT_PACKAGE);
  }
}
