package dev.grainline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OutputFormatTest {
  private static final List<String> HEADER = List.of("v3.product.category", "v3.date.date_value", "v3.order_count",
      "v3.total_revenue");
  private static final List<List<Object>> ROWS = List.of(
      Arrays.asList("Books, used", LocalDateTime.of(2024, 1, 31, 0, 0), 2L, 1.0E-5),
      Arrays.asList(null, null, 12345678901L, 3.0E20),
      Arrays.asList("Toys", LocalDateTime.of(2024, 2, 1, 12, 30), 0L, null));

  private static String write(OutputFormat format, List<List<Object>> rows) {
    StringWriter out = new StringWriter();
    format.write(HEADER, List.of("", "", "", ""), rows.iterator(), new PrintWriter(out, true));
    return out.toString();
  }

  @Test
  void csv() {
    assertEquals("""
        v3.product.category,v3.date.date_value,v3.order_count,v3.total_revenue
        "Books, used",2024-01-31T00:00,2,0.00001
        ,,12345678901,300000000000000000000
        Toys,2024-02-01T12:30,0,
        """, write(OutputFormat.CSV, ROWS));
  }

  @Test
  void json() {
    assertEquals("""
        [ {
          "v3.product.category" : "Books, used",
          "v3.date.date_value" : "2024-01-31T00:00",
          "v3.order_count" : 2,
          "v3.total_revenue" : 0.00001
        }, {
          "v3.product.category" : null,
          "v3.date.date_value" : null,
          "v3.order_count" : 12345678901,
          "v3.total_revenue" : 300000000000000000000
        }, {
          "v3.product.category" : "Toys",
          "v3.date.date_value" : "2024-02-01T12:30",
          "v3.order_count" : 0,
          "v3.total_revenue" : null
        } ]
        """, write(OutputFormat.JSON, ROWS));
    assertEquals("[ ]\n", write(OutputFormat.JSON, List.of()));
  }

  @Test
  void table() {
    assertEquals("""
         v3.product.category | v3.date.date_value | v3.order_count | v3.total_revenue
        ---------------------+--------------------+----------------+-----------------------
         Books, used         | 2024-01-31T00:00   |              2 |               0.00001
         NULL                | NULL               |    12345678901 | 300000000000000000000
         Toys                | 2024-02-01T12:30   |              0 |                  NULL
        (3 rows)
        """, write(OutputFormat.TABLE, ROWS));
  }

  @Test
  void theTableShowsMetricsInTheirDeclaredFormatAndCsvKeepsEveryDigit() {
    List<String> header = List.of("v3.total_revenue", "v3.order_count");
    List<String> formats = List.of("#,##0.00", "not a decimal pattern '");
    List<List<Object>> rows = List.of(Arrays.asList(2580.004, 5L), Arrays.asList(null, 12L));
    StringWriter table = new StringWriter();
    OutputFormat.TABLE.write(header, formats, rows.iterator(), new PrintWriter(table, true));
    assertEquals("""
         v3.total_revenue | v3.order_count
        ------------------+----------------
                 2,580.00 |              5
                     NULL |             12
        (2 rows)
        """, table.toString());
    StringWriter csv = new StringWriter();
    OutputFormat.CSV.write(header, formats, rows.iterator(), new PrintWriter(csv, true));
    assertEquals("v3.total_revenue,v3.order_count\n2580.004,5\n,12\n", csv.toString());
  }

  @Test
  void csvWritesNullAsNothingAndTheEmptyStringQuoted() {
    assertEquals("x,y\n,\"\"\n\"\",\n\"a \"\"b\"\"\",\"line\nbreak\"\n",
        writeXyRows(OutputFormat.CSV, Arrays.asList(null, ""), Arrays.asList("", null),
            Arrays.asList("a \"b\"", "line\nbreak")));
  }

  @Test
  void jsonLines() {
    assertEquals("""
        {"x":null,"y":""}
        {"x":1.5,"y":"2024-01-31"}
        """, writeXyRows(OutputFormat.JSONL, Arrays.asList(null, ""),
        Arrays.asList(1.5, java.time.LocalDate.of(2024, 1, 31))));
    assertEquals("", writeXyRows(OutputFormat.JSONL));
  }

  @Test
  void theTableSizesColumnsByTheFirstBatchAndCutsNothingAfter() {
    List<List<Object>> rows = new java.util.ArrayList<>();
    for (int i = 0; i < OutputFormat.BATCH; i++) {
      rows.add(Arrays.asList("a", (long) i));
    }
    rows.add(Arrays.asList("a much longer cell", 7L));
    List<String> lines = writeXyRowList(OutputFormat.TABLE, rows).lines().toList();
    assertEquals(" x | y", lines.get(0));
    assertEquals(" a |   0", lines.get(2));
    assertEquals(" a much longer cell |   7", lines.get(lines.size() - 2), "wider than its column, and whole");
    assertEquals("(1001 rows)", lines.get(lines.size() - 1));
  }

  @Test
  void everyFormatTakesTheRowsOneAtATime() {
    for (OutputFormat format : OutputFormat.values()) {
      // An iterator that fails if it is asked for more rows than the table's batch ahead of what was written.
      int[] served = {0};
      StringWriter out = new StringWriter();
      java.util.Iterator<List<Object>> rows = new java.util.Iterator<>() {
        @Override
        public boolean hasNext() {
          return served[0] < 3 * OutputFormat.BATCH;
        }

        @Override
        public List<Object> next() {
          int written = (int) out.toString().lines().count();
          assertTrue(served[0] - written <= OutputFormat.BATCH + 3,
              format + " held " + (served[0] - written) + " rows");
          served[0]++;
          return Arrays.asList("row", (long) served[0]);
        }
      };
      PrintWriter writer = new PrintWriter(out, true);
      format.write(List.of("x", "y"), List.of("", ""), rows, writer);
      assertEquals(3 * OutputFormat.BATCH, served[0], format.toString());
    }
  }

  @Test
  void emptyResults() {
    assertEquals(String.join(",", HEADER) + "\n", write(OutputFormat.CSV, List.of()));
    assertEquals("(0 rows)", write(OutputFormat.TABLE, List.of()).lines().toList().get(2));
  }

  @Test
  void nonFiniteDoublesAreTextInJson() {
    assertEquals("""
        [ {
          "x" : "NaN",
          "y" : "-Infinity"
        } ]
        """, writeXy(OutputFormat.JSON, Double.NaN, Double.NEGATIVE_INFINITY));
  }

  @SafeVarargs
  private static String writeXyRows(OutputFormat format, List<Object>... rows) {
    List<List<Object>> list = new java.util.ArrayList<>();
    for (List<Object> row : rows) {
      list.add(row);
    }
    return writeXyRowList(format, list);
  }

  private static String writeXyRowList(OutputFormat format, List<List<Object>> rows) {
    StringWriter out = new StringWriter();
    format.write(List.of("x", "y"), List.of("", ""), rows.iterator(), new PrintWriter(out, true));
    return out.toString();
  }

  private static String writeXy(OutputFormat format, Object x, Object y) {
    StringWriter out = new StringWriter();
    format.write(List.of("x", "y"), List.of("", ""), List.of(Arrays.asList(x, y)).iterator(),
        new PrintWriter(out, true));
    return out.toString();
  }

  @Test
  void doublesArePlainAndExact() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 100_000; i++) {
      double d = Double.longBitsToDouble(random.nextLong());
      if (!Double.isFinite(d)) {
        continue;
      }
      String text = PlainValues.plain(d);
      assertFalse(text.contains("E") || text.contains("e"), text);
      assertEquals(d, new BigDecimal(text).doubleValue(), text);
    }
    assertEquals("2580", PlainValues.plain(2580.0));
    assertEquals("1.6666666666666667", PlainValues.plain(5.0 / 3));
    assertEquals("0", PlainValues.plain(-0.0));
    assertEquals("-0.1", PlainValues.plain(-0.1));
    assertEquals("12.5", PlainValues.text(new BigDecimal("1.25E+1")));
  }
}
