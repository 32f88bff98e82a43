package dev.grainline.runtime;

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
    return rows.stream().map(mapper).toList();
  }

  @Override
  public Iterator<Row> iterator() {
    return rows.iterator();
  }

  @Override
  public String toString() {
    return "Result" + columns.stream().map(ResultColumn::name).toList() + " (" + rows.size() + " rows)";
  }
}
