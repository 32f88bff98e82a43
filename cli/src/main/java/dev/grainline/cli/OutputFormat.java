package dev.grainline.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * How {@code query} prints rows. Columns are named as requested ("v3.product.category"), dimensions first; values
 * are positional, and {@code null} is SQL NULL. {@code formats} has a display format per column (a metric's
 * {@code @Describe(format = ...)}, as a {@link DecimalFormat} pattern), or "" for none; only the table, which is for
 * people, uses them: CSV and JSON keep every digit.
 */
enum OutputFormat {
  /** An aligned text table, as psql prints one: numbers right-aligned, NULL blank. */
  TABLE {
    @Override
    void write(List<String> header, List<String> formats, List<List<Object>> rows, PrintWriter out) {
      List<List<String>> cells = new ArrayList<>();
      for (List<Object> row : rows) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
          texts.add(cell(row.get(c), formats.get(c)));
        }
        cells.add(texts);
      }
      int[] widths = new int[header.size()];
      boolean[] numeric = new boolean[header.size()];
      for (int c = 0; c < header.size(); c++) {
        widths[c] = header.get(c).length();
        for (int r = 0; r < rows.size(); r++) {
          widths[c] = Math.max(widths[c], cells.get(r).get(c).length());
          numeric[c] |= rows.get(r).get(c) instanceof Number;
        }
      }
      List<String> rules = new ArrayList<>();
      for (int width : widths) {
        rules.add("-".repeat(width + 2));
      }
      out.println(line(header, widths, new boolean[header.size()]));
      out.println(String.join("+", rules));
      for (List<String> row : cells) {
        out.println(line(row, widths, numeric));
      }
      out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
    }

    private static String cell(Object value, String format) {
      if (value == null) {
        return "";
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
        String pad = " ".repeat(widths[c] - cells.get(c).length());
        padded.add(" " + (rightAligned[c] ? pad + cells.get(c) : cells.get(c) + pad) + " ");
      }
      return String.join("|", padded).stripTrailing();
    }
  },

  /** RFC 4180 CSV with a header row and LF line ends; NULL is an empty field. */
  CSV {
    @Override
    void write(List<String> header, List<String> formats, List<List<Object>> rows, PrintWriter out) {
      CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
      try {
        // Not closed: that would close standard output.
        CSVPrinter csv = new CSVPrinter(out, format);
        csv.printRecord(header);
        for (List<Object> row : rows) {
          csv.printRecord(row.stream().map(v -> v == null ? null : PlainValues.text(v)));
        }
        csv.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  },

  /** An array of objects keyed by the requested names; numbers are JSON numbers, NULL is null. */
  JSON {
    private static final JsonFactory FACTORY = JsonFactory.builder()
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();

    @Override
    void write(List<String> header, List<String> formats, List<List<Object>> rows, PrintWriter out) {
      try (JsonGenerator json = FACTORY.createGenerator(out)) {
        json.useDefaultPrettyPrinter();
        json.writeStartArray();
        for (List<Object> row : rows) {
          json.writeStartObject();
          for (int c = 0; c < header.size(); c++) {
            json.writeFieldName(header.get(c));
            writeValue(json, row.get(c));
          }
          json.writeEndObject();
        }
        json.writeEndArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.println();
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
  };

  /** Writes the header and rows; every row has one value, and {@code formats} one format, per header name. */
  abstract void write(List<String> header, List<String> formats, List<List<Object>> rows, PrintWriter out);
}
