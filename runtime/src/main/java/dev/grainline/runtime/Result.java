package dev.grainline.runtime;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/** The rows of a query: the requested dimensions, then the requested metrics, in the order requested. */
public final class Result implements Iterable<Row> {
  private final List<ResultColumn> columns;
  private final List<Row> rows;

  Result(List<ResultColumn> columns, List<Row> rows) {
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
  }

  public List<ResultColumn> columns() {
    return columns;
  }

  public List<Row> rows() {
    return rows;
  }

  public int size() {
    return rows.size();
  }

  /** The rows mapped, for instance to a record type generated for a named query. */
  public <R> List<R> map(Function<Row, R> mapper) {
    Arguments.present(mapper, "map()", "mapper");
    return rows.stream().map(mapper).toList();
  }

  @Override
  public Iterator<Row> iterator() {
    return rows.iterator();
  }

  /** The most rows {@link #toString()} shows. */
  private static final int SHOWN_ROWS = 20;

  /**
   * The result as a small text table: a header of column names, then up to 20 rows, values as Java prints them and
   * SQL NULL as {@code NULL}; for logs and debugging, not for display to end users.
   */
  @Override
  public String toString() {
    List<List<String>> table = new ArrayList<>();
    table.add(columns.stream().map(ResultColumn::name).toList());
    rows.stream().limit(SHOWN_ROWS)
        .forEach(row -> table.add(row.values().stream().map(v -> v == null ? "NULL" : String.valueOf(v)).toList()));
    int[] widths = new int[columns.size()];
    for (List<String> line : table) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder("Result (").append(rows.size()).append(rows.size() == 1 ? " row)" : " rows)");
    for (List<String> line : table) {
      out.append('\n');
      for (int i = 0; i < widths.length; i++) {
        String cell = line.get(i);
        boolean last = i == widths.length - 1;
        out.append(i == 0 ? "" : " | ").append(cell).append(" ".repeat(last ? 0 : widths[i] - cell.length()));
      }
    }
    if (rows.size() > SHOWN_ROWS) {
      out.append("\n... ").append(rows.size() - SHOWN_ROWS).append(" more rows");
    }
    return out.toString();
  }
}
