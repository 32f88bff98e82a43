package dev.grainline.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * How {@code query} prints rows. Columns are named as requested ("v3.product.category"), dimensions first; values
 * are positional, and {@code null} is SQL NULL. {@code formats} has a display format per column (a metric's
 * {@code @Describe(format = ...)}, as a {@link DecimalFormat} pattern), or "" for none; only the table, which is for
 * people, uses them: CSV and JSON keep every digit.
 *
 * <p>Every format takes the rows one at a time, with the columns known first, and holds at most {@link #BATCH} of
 * them: CSV, JSON and JSON lines write each row as it comes; the table sizes its columns from the first
 * {@value #BATCH} rows and writes later cells that are wider as they are, unaligned but never cut.
 */
enum OutputFormat {
  /** An aligned text table, as psql prints one: numbers right-aligned, NULL as NULL (the empty string is blank). */
  TABLE {
    @Override
    void write(List<String> header, List<String> formats, Iterator<? extends List<Object>> rows, PrintWriter out) {
      List<List<Object>> first = new ArrayList<>();
      while (first.size() < BATCH && rows.hasNext()) {
        first.add(rows.next());
      }
      int[] widths = new int[header.size()];
      boolean[] numeric = new boolean[header.size()];
      for (int c = 0; c < header.size(); c++) {
        widths[c] = header.get(c).length();
        for (List<Object> row : first) {
          widths[c] = Math.max(widths[c], cell(row.get(c), formats.get(c)).length());
          numeric[c] |= row.get(c) instanceof Number;
        }
      }
      List<String> rules = new ArrayList<>();
      for (int width : widths) {
        rules.add("-".repeat(width + 2));
      }
      out.println(line(header, widths, new boolean[header.size()]));
      out.println(String.join("+", rules));
      long count = 0;
      for (List<Object> row : first) {
        out.println(line(cells(row, formats), widths, numeric));
        count++;
      }
      first.clear();
      while (rows.hasNext()) {
        out.println(line(cells(rows.next(), formats), widths, numeric));
        count++;
      }
      out.println("(" + count + (count == 1 ? " row)" : " rows)"));
    }

    private static List<String> cells(List<Object> row, List<String> formats) {
      List<String> texts = new ArrayList<>(row.size());
      for (int c = 0; c < row.size(); c++) {
        texts.add(cell(row.get(c), formats.get(c)));
      }
      return texts;
    }

    private static String cell(Object value, String format) {
      if (value == null) {
        return "NULL";
      }
      if (value instanceof Number number && PlainValues.isFiniteNumber(number) && !format.isEmpty()) {
        try {
          return new DecimalFormat(format, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(number);
        } catch (IllegalArgumentException notADecimalPattern) {
          // A format meant for another tool (a BI tool's own syntax): show the plain value.
        }
      }
      return PlainValues.text(value);
    }

    private static String line(List<String> cells, int[] widths, boolean[] rightAligned) {
      List<String> padded = new ArrayList<>();
      for (int c = 0; c < cells.size(); c++) {
        String pad = " ".repeat(Math.max(0, widths[c] - cells.get(c).length()));
        padded.add(" " + (rightAligned[c] ? pad + cells.get(c) : cells.get(c) + pad) + " ");
      }
      return String.join("|", padded).stripTrailing();
    }
  },

  /**
   * RFC 4180 CSV with a header row and LF line ends. NULL is an empty unquoted field and the empty string is
   * {@code ""}, as PostgreSQL's {@code COPY ... CSV} writes them; a field is quoted when it is empty or holds a comma,
   * a quote (doubled inside) or a line break.
   */
  CSV {
    @Override
    void write(List<String> header, List<String> formats, Iterator<? extends List<Object>> rows, PrintWriter out) {
      out.print(record(header));
      while (rows.hasNext()) {
        out.print(record(rows.next()));
      }
      out.flush();
    }

    private static String record(List<?> values) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < values.size(); c++) {
        if (c > 0) {
          line.append(',');
        }
        Object value = values.get(c);
        if (value != null) {
          line.append(field(PlainValues.text(value)));
        }
      }
      return line.append('\n').toString();
    }

    private static String field(String text) {
      boolean quoted = text.isEmpty() || text.chars().anyMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '\r');
      return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
  },

  /** An array of objects keyed by the requested names; numbers are JSON numbers, NULL is null. */
  JSON {
    @Override
    void write(List<String> header, List<String> formats, Iterator<? extends List<Object>> rows, PrintWriter out) {
      try (JsonGenerator json = FACTORY.createGenerator(out)) {
        json.useDefaultPrettyPrinter();
        json.writeStartArray();
        while (rows.hasNext()) {
          writeObject(json, header, rows.next());
        }
        json.writeEndArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.println();
    }
  },

  /** JSON lines: one object per row and line, keyed as in JSON; nothing for no rows. */
  JSONL {
    @Override
    void write(List<String> header, List<String> formats, Iterator<? extends List<Object>> rows, PrintWriter out) {
      try (JsonGenerator json = FACTORY.createGenerator(out)) {
        json.setPrettyPrinter(new MinimalPrettyPrinter(""));
        while (rows.hasNext()) {
          writeObject(json, header, rows.next());
          json.writeRaw('\n');
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.flush();
    }
  };

  /** How many rows the table sizes its columns by (and at most holds). */
  static final int BATCH = 1_000;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private static void writeObject(JsonGenerator json, List<String> header, List<Object> row) throws IOException {
    json.writeStartObject();
    for (int c = 0; c < header.size(); c++) {
      json.writeFieldName(header.get(c));
      writeValue(json, row.get(c));
    }
    json.writeEndObject();
  }

  private static void writeValue(JsonGenerator json, Object value) throws IOException {
    switch (value) {
      case null -> json.writeNull();
      case Boolean b -> json.writeBoolean(b);
      case Integer i -> json.writeNumber(i);
      case Long l -> json.writeNumber(l);
      case Object n when PlainValues.isFiniteNumber(n) -> json.writeNumber(new BigDecimal(PlainValues.text(n)));
      // NaN, Infinity, dates and text: JSON has no number for the first two.
      default -> json.writeString(PlainValues.text(value));
    }
  }

  /** Writes the header and rows; every row has one value, and {@code formats} one format, per header name. */
  abstract void write(List<String> header, List<String> formats, Iterator<? extends List<Object>> rows,
      PrintWriter out);
}
