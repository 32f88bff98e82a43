package dev.grainline.runtime.internal.execution;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.sql.SQLException;

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
        || (message.startsWith("Conversion Error") && message.contains("out of range")));
  }

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
