package dev.grainline.examples.data;

import java.util.List;
import java.util.stream.Stream;

/**
 * A table the loaders create and fill: its name, its columns in order with their types, the columns that identify a
 * row, and where its rows come from. The store's tables are one set ({@link StoreTable}); any other example's tables
 * implement the same, so that one loader per engine serves them all.
 *
 * @param <D> the data set the rows are read from
 */
public interface TableSpec<D> {
  /** The table's name without schema: "order_items". */
  String tableName();

  List<TableColumn> columns();

  /** The columns that identify a row; tests read rows back in this order. */
  List<String> key();

  /**
   * The table's rows in {@code data}, each its values in column order with SQL NULL as {@code null}, in the Java
   * class {@link ColumnType} names for the column. Streamed: a large data set is never held in memory.
   */
  Stream<List<Object>> rows(D data);

  default List<String> columnNames() {
    return columns().stream().map(TableColumn::name).toList();
  }
}
