package dev.grainline.examples.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** DuckDB's appender: typed values straight into the table's column vectors, no SQL per row. */
final class DuckDbBulkLoad {
  private DuckDbBulkLoad() {}

  static long append(Connection connection, String schema, TableSpec<?> table, Iterator<List<Object>> rows)
      throws SQLException {
    List<TableColumn> columns = table.columns();
    long count = 0;
    try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class)
        .createAppender(StoreSchema.checkName(schema), table.tableName())) {
      while (rows.hasNext()) {
        List<Object> values = rows.next();
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
      case BIGINT -> appender.append((long) (Long) value);
      case DOUBLE -> appender.append((double) (Double) value);
      // A JSON column takes the document's text, which DuckDB parses.
      case TEXT, JSON -> appender.append((String) value);
      case DATE -> appender.append((LocalDate) value);
      case TIMESTAMP -> appender.append((LocalDateTime) value);
      // The appender stores the instant, whatever the offset.
      case TIMESTAMPTZ -> appender.append((OffsetDateTime) value);
    }
  }
}
