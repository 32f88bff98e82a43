package dev.grainline.runtime.internal.execution;

import dev.grainline.runtime.ResultColumn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Reads the current row of a result set into the Java types of its columns (a BIGINT is a {@code Long} on every
 * engine), one row per call, so that buffering and streaming read values the same way.
 */
final class RowReader {
  private final List<ResultColumn> columns;

  RowReader(List<ResultColumn> columns) {
    this.columns = List.copyOf(columns);
  }

  /** The values of the row the result set is on; SQL NULLs are {@code null}. */
  Object[] read(ResultSet rows) throws SQLException {
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      int index = i + 1;
      Object value = switch (columns.get(i).type()) {
        case BOOLEAN -> rows.getBoolean(index);
        case INTEGER -> rows.getInt(index);
        case BIGINT -> rows.getLong(index);
        case DOUBLE -> rows.getDouble(index);
        case DECIMAL -> rows.getBigDecimal(index);
        case TEXT -> rows.getString(index);
        case DATE -> rows.getObject(index, LocalDate.class);
        case TIMESTAMP -> rows.getObject(index, LocalDateTime.class);
      };
      values[i] = rows.wasNull() ? null : value;
    }
    return values;
  }
}
