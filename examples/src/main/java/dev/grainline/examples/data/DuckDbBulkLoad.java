package dev.grainline.examples.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** DuckDB's appender: typed values straight into the table's column vectors, no SQL per row. */
final class DuckDbBulkLoad {
  private DuckDbBulkLoad() {}

  static long append(Connection connection, String schema, StoreTable table, Iterator<? extends TableRow> rows)
      throws SQLException {
    List<TableColumn> columns = table.columns();
    long count = 0;
    try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class)
        .createAppender(StoreSchema.checkName(schema), table.tableName())) {
      while (rows.hasNext()) {
        List<Object> values = rows.next().values();
        appender.beginRow();
        for (int i = 0; i < columns.size(); i++) {
          appendValue(appender, columns.get(i).type(), values.get(i));
        }
        appender.endRow();
        count++;
      }
    }
    return count;
  }

  private static void appendValue(DuckDBAppender appender, ColumnType type, Object value) throws SQLException {
    if (value == null) {
      appender.appendNull();
      return;
    }
    switch (type) {
      case INT -> appender.append((int) (Integer) value);
      case DOUBLE -> appender.append((double) (Double) value);
      case TEXT -> appender.append((String) value);
      case TIMESTAMP -> appender.append((LocalDateTime) value);
    }
  }
}
