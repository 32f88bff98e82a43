package dev.grainline.runtime.internal.execution;

import java.sql.SQLException;

/** What the engines' errors mean, where Grainline gives them one id across engines. */
final class EngineErrors {
  /** PostgreSQL's SQLSTATE numeric_value_out_of_range: integer, bigint, numeric and double overflow alike. */
  private static final String NUMERIC_OUT_OF_RANGE = "22003";

  private EngineErrors() {}

  /**
   * Whether the database failed a query because a value overflowed its type: an integer sum or product beyond a
   * bigint, a double beyond its range. DuckDB's driver gives no SQLSTATE; its messages name the error class.
   */
  static boolean isOverflow(SQLException e) {
    if (NUMERIC_OUT_OF_RANGE.equals(e.getSQLState())) {
      return true;
    }
    String message = e.getMessage();
    return message != null && (message.startsWith("Out of Range Error")
        || (message.startsWith("Conversion Error") && message.contains("out of range")));
  }
}
