package dev.grainline.runtime.bulk;

import dev.grainline.runtime.Cursor;
import dev.grainline.runtime.Databases;
import dev.grainline.runtime.MetricQuery;
import dev.grainline.runtime.Result;
import dev.grainline.runtime.Row;
import dev.grainline.runtime.SemanticLayer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sql.DataSource;

/**
 * An export of a query with a row per line as CSV to a sink that only counts, run by {@code StreamingMemoryTest} in
 * a JVM of its own with a small heap: {@code StreamingExport postgres|duckdb LINES stream|fetch SCHEMA}. It loads
 * the lines (into {@code SCHEMA}, dropped again on PostgreSQL), exports them by streaming or by fetching, checks
 * every row against what line i holds, and prints {@code rows N bytes B wrong W}.
 */
public final class StreamingExport {
  private StreamingExport() {}

  public static void main(String[] args) throws IOException {
    boolean postgres = switch (args[0]) {
      case "postgres" -> true;
      case "duckdb" -> false;
      default -> throw new IllegalArgumentException("engine " + args[0]);
    };
    long lines = Long.parseLong(args[1]);
    String mode = args[2];
    String schema = args[3];
    DataSource source = postgres ? Databases.postgres() : Databases.duckdb();
    Databases.execute(source, BulkFixture.load(schema, lines, postgres));
    try {
      SemanticLayer layer = SemanticLayer.builder(BulkFixture.MODEL).dataSource(source).mapSchema("bulk", schema)
          .build();
      MetricQuery query = layer.query(BulkFixture.AMOUNT).by(BulkFixture.LINE_ID, BulkFixture.LABEL);
      CountingSink sink = new CountingSink();
      Export export = new Export(new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8)));
      switch (mode) {
        case "stream" -> {
          try (Cursor cursor = query.cursor()) {
            export.header(cursor.columns().stream().map(c -> c.name()).toList());
            for (Row row : cursor) {
              export.row(row);
            }
          }
        }
        case "fetch" -> {
          Result result = query.fetch();
          export.header(result.columns().stream().map(c -> c.name()).toList());
          for (Row row : result) {
            export.row(row);
          }
        }
        default -> throw new IllegalArgumentException("mode " + mode);
      }
      export.out.flush();
      System.out.println("rows " + export.rows + " bytes " + sink.bytes + " wrong " + export.wrong);
    } finally {
      if (postgres) {
        Databases.execute(source, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  /** CSV rows, each checked: rows come in line order, and line i is "line i" with amount i % 100. */
  private static final class Export {
    final Writer out;
    long rows;
    long wrong;

    Export(Writer out) {
      this.out = out;
    }

    void header(List<String> names) throws IOException {
      out.write(String.join(",", names));
      out.write('\n');
    }

    void row(Row row) throws IOException {
      rows++;
      int id = row.get(BulkFixture.LINE_ID);
      String label = row.get(BulkFixture.LABEL);
      long amount = row.get(BulkFixture.AMOUNT);
      if (id != rows || !label.equals("line " + id) || amount != id % 100) {
        wrong++;
      }
      out.write(Integer.toString(id));
      out.write(',');
      out.write(label);
      out.write(',');
      out.write(Long.toString(amount));
      out.write('\n');
    }
  }

  private static final class CountingSink extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
