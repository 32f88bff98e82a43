package dev.grainline.examples.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * Multi-row INSERTs with bind values: every statement on Trino costs a round of planning and scheduling (a few
 * hundred milliseconds on a small cluster), so rows go {@value #ROWS_PER_STATEMENT} at a time; a JDBC batch would be
 * one statement per row.
 */
final class TrinoBulkLoad {
  private static final int ROWS_PER_STATEMENT = 2_000;

  private TrinoBulkLoad() {}

  static long insert(Connection connection, String schema, StoreTable table, Iterator<? extends TableRow> rows)
      throws SQLException {
    long count = 0;
    List<List<Object>> chunk = new ArrayList<>(ROWS_PER_STATEMENT);
    while (rows.hasNext()) {
      chunk.add(rows.next().values());
      if (chunk.size() == ROWS_PER_STATEMENT || !rows.hasNext()) {
        count += write(connection, schema, table, chunk);
        chunk.clear();
      }
    }
    return count;
  }

  private static long write(Connection connection, String schema, StoreTable table, List<List<Object>> chunk)
      throws SQLException {
    int width = table.columns().size();
    String row = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
    String sql = "INSERT INTO " + StoreSchema.qualifiedName(schema, table) + " (" + String.join(", ",
        table.columnNames()) + ") VALUES " + String.join(", ", Collections.nCopies(chunk.size(), row));
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      int parameter = 1;
      for (List<Object> values : chunk) {
        for (int i = 0; i < width; i++) {
          bind(insert, parameter++, table.columns().get(i).type(), values.get(i));
        }
      }
      insert.executeUpdate();
    }
    return chunk.size();
  }

  private static void bind(PreparedStatement insert, int parameter, ColumnType type, Object value)
      throws SQLException {
    if (value == null) {
      insert.setNull(parameter, switch (type) {
        case INT -> java.sql.Types.INTEGER;
        case TEXT -> java.sql.Types.VARCHAR;
        case DOUBLE -> java.sql.Types.DOUBLE;
        case TIMESTAMP -> java.sql.Types.TIMESTAMP;
      });
      return;
    }
    insert.setObject(parameter, value);
  }
}
