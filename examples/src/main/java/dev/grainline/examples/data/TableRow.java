package dev.grainline.examples.data;

import java.util.List;

/**
 * A row of one of the store's tables. Row records keep nullable columns boxed, and {@code null} there is SQL NULL:
 * the sample data has NULLs on purpose, since a semantic layer must group and count them correctly.
 */
public sealed interface TableRow
    permits OrderRow, OrderItemRow, PageViewRow, CustomerRow, ProductRow, DateRow, LocationRow,
    InventorySnapshotRow {
  StoreTable table();

  /** The values in the table's column order; SQL NULLs are {@code null} elements. */
  List<Object> values();
}
