package dev.grainline.examples.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.grainline.runtime.Dialect;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * INSERT ... SELECT over one bind value per {@value #ROWS_PER_STATEMENT} rows (fewer where their text would pass
 * {@value #MAX_CHARACTERS} characters): the rows as a JSON array of arrays, cast by Trino to an array of typed rows
 * and unnested. Trino plans and schedules every statement (a few hundred milliseconds on a small cluster) and
 * analyses every literal of a VALUES list, so neither a JDBC batch (one statement per row) nor multi-row VALUES load
 * fast; this loads the sample data's 55,000 rows in seconds. Values travel as JSON data, never as SQL text.
 */
final class TrinoBulkLoad {
  private static final int ROWS_PER_STATEMENT = 20_000;
  /**
   * Trino's driver sends the bind value inside the statement, and a server refuses statements longer than its
   * {@code query.max-length}, 1,000,000 characters by default: 20,000 page views are 1.27 million.
   */
  private static final int MAX_CHARACTERS = 500_000;
  private static final JsonFactory JSON = new JsonFactory();
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

  private TrinoBulkLoad() {}

  static long insert(Connection connection, String schema, TableSpec<?> table, Iterator<List<Object>> rows)
      throws SQLException {
    String sql = insertStatement(schema, table);
    long count = 0;
    StringBuilder chunk = new StringBuilder("[");
    int chunkRows = 0;
    while (rows.hasNext()) {
      chunk.append(chunkRows == 0 ? "" : ",").append(json(table, rows.next()));
      chunkRows++;
      if (chunkRows == ROWS_PER_STATEMENT || chunk.length() >= MAX_CHARACTERS || !rows.hasNext()) {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
          insert.setString(1, chunk.append("]").toString());
          insert.executeUpdate();
        }
        count += chunkRows;
        chunk.setLength(0);
        chunk.append("[");
        chunkRows = 0;
      }
    }
    return count;
  }

  /**
   * {@code INSERT INTO s.t (a, b) SELECT r.a, cast(r.b AS TIMESTAMP(6)) FROM UNNEST(CAST(json_parse(?) AS
   * ARRAY(ROW(a INTEGER, b VARCHAR)))) r}: what JSON has no type for travels as text and is cast ({@link #field}).
   */
  private static String insertStatement(String schema, TableSpec<?> table) {
    String row = table.columns().stream()
        .map(c -> c.name() + " " + field(c.type()))
        .collect(Collectors.joining(", "));
    String select = table.columns().stream()
        .map(c -> read(c.type(), "r." + c.name()))
        .collect(Collectors.joining(", "));
    return "INSERT INTO " + StoreSchema.qualifiedName(schema, table) + " (" + String.join(", ", table.columnNames())
        + ") SELECT " + select + " FROM UNNEST(CAST(json_parse(?) AS ARRAY(ROW(" + row + ")))) r";
  }

  /** The type of a column's field in the bound JSON rows. */
  private static String field(ColumnType type) {
    return switch (type) {
      case INT, BIGINT, DOUBLE, TEXT -> type.sqlName(Dialect.TRINO);
      // Text, cast by the SELECT. A JSON document too: a JSON field of the row would read a JSON null document as
      // SQL NULL, and the two are different values.
      case DATE, TIMESTAMP, TIMESTAMPTZ, JSON -> "VARCHAR";
    };
  }

  /** The column's value from its field {@code field}. */
  private static String read(ColumnType type, String field) {
    return switch (type) {
      case INT, BIGINT, DOUBLE, TEXT -> field;
      case DATE, TIMESTAMP, TIMESTAMPTZ -> "CAST(" + field + " AS " + type.sqlName(Dialect.TRINO) + ")";
      case JSON -> "json_parse(" + field + ")";
    };
  }

  /** One row as a JSON array. */
  private static String json(TableSpec<?> table, List<Object> values) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(text)) {
      out.writeStartArray();
      for (int i = 0; i < values.size(); i++) {
        write(out, table.columns().get(i).type(), values.get(i));
      }
      out.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static void write(JsonGenerator out, ColumnType type, Object value) throws IOException {
    if (value == null) {
      out.writeNull();
      return;
    }
    switch (type) {
      case INT -> out.writeNumber((Integer) value);
      case BIGINT -> out.writeNumber((Long) value);
      // The shortest text that reads back as the same double.
      case DOUBLE -> out.writeNumber((Double) value);
      case TEXT, JSON -> out.writeString((String) value);
      case DATE -> out.writeString(((LocalDate) value).toString());
      case TIMESTAMP -> out.writeString(((LocalDateTime) value).format(TIMESTAMP));
      // In UTC, named: Trino keeps the zone of the text, and the instant is what the column means.
      case TIMESTAMPTZ -> out.writeString(((OffsetDateTime) value).atZoneSameInstant(ZoneOffset.UTC)
          .toLocalDateTime().format(TIMESTAMP) + " UTC");
    }
  }
}
