package dev.grainline.examples.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * COPY FROM STDIN in CSV format. Values travel as CSV data, never as SQL text; commons-csv's PostgreSQL format
 * quotes every non-NULL value and leaves NULL unquoted and empty, which is exactly how COPY tells NULL from ''.
 */
final class PostgresBulkLoad {
  private static final int BUFFER = 1 << 16;

  private PostgresBulkLoad() {}

  static long copy(Connection connection, String schema, TableSpec<?> table, Iterator<List<Object>> rows)
      throws SQLException {
    String copy = "COPY " + StoreSchema.qualifiedName(schema, table) + " (" + String.join(", ", table.columnNames())
        + ") FROM STDIN (FORMAT csv)";
    PGCopyOutputStream out = new PGCopyOutputStream(connection.unwrap(PGConnection.class), copy, BUFFER);
    try {
      // Not closed: closing would flush into the COPY after endCopy() has finished it.
      CSVPrinter csv = new CSVPrinter(
          new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER), CSVFormat.POSTGRESQL_CSV);
      List<String> fields = new ArrayList<>(table.columns().size());
      while (rows.hasNext()) {
        fields.clear();
        for (Object value : rows.next()) {
          fields.add(text(value));
        }
        csv.printRecord(fields);
      }
      csv.flush();
      return out.endCopy();
    } catch (IOException e) {
      throw new SQLException("COPY into " + StoreSchema.qualifiedName(schema, table) + " failed: " + e.getMessage(),
          e);
    } finally {
      if (out.isActive()) {
        out.cancelCopy();
      }
    }
  }

  private static String text(Object value) {
    return switch (value) {
      case null -> null;
      case LocalDateTime t -> t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
      // With its offset: PostgreSQL stores the instant, whatever the session's zone.
      case OffsetDateTime t -> t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      // LocalDate's ISO text; a JSON document's text as it is (CSV quotes it, jsonb parses it); Long's digits.
      // Double.toString is the shortest text that reads back as the same double, which PostgreSQL's parser does.
      default -> value.toString();
    };
  }
}
