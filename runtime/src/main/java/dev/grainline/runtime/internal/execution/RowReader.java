package dev.grainline.runtime.internal.execution;

import dev.grainline.runtime.ResultColumn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads the current row of a result set into the Java types of its columns (a BIGINT is a {@code Long} on every
 * engine), one row per call, so that buffering and streaming read values the same way ({@link ValueReader}).
 */
final class RowReader {
  private final List<ResultColumn> columns;
  /** The number of the row read last, from 1, for messages. */
  private int row;

  RowReader(List<ResultColumn> columns) {
    this.columns = List.copyOf(columns);
  }

  /** The values of the row the result set is on; SQL NULLs are {@code null}. */
  Object[] read(ResultSet rows) throws SQLException {
    row++;
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      // Exactly or not at all: a value that does not fit its column's model type is an error, never rounded.
      Object value = ValueReader.read(rows, i + 1, columns.get(i), row);
      values[i] = rows.wasNull() ? null : value;
    }
    return values;
  }
}
