package dev.grainline.examples.data;

import java.util.stream.Stream;

/**
 * The rows of the store's tables. Streams are generated on demand, so a data set of millions of rows is never
 * held in memory, and every call returns the same rows in the same order.
 */
public sealed interface StoreDataSet permits SampleData, ToyData {
  /** What this is, for logs and the demo database's marker: "sample data v2: seed 20231115, 6000 orders, ...". */
  String description();

  Stream<OrderRow> orders();

  Stream<OrderItemRow> orderItems();

  Stream<PageViewRow> pageViews();

  Stream<CustomerRow> customers();

  Stream<ProductRow> products();

  Stream<DateRow> dates();

  Stream<LocationRow> locations();

  /** Counts of units on hand, by product and day, sorted by product, day and count. */
  Stream<InventorySnapshotRow> inventorySnapshots();

  /** The rows of one table. */
  default Stream<? extends TableRow> rows(StoreTable table) {
    return switch (table) {
      case ORDERS -> orders();
      case ORDER_ITEMS -> orderItems();
      case PAGE_VIEWS -> pageViews();
      case CUSTOMERS -> customers();
      case PRODUCTS -> products();
      case DATES -> dates();
      case LOCATIONS -> locations();
      case INVENTORY_SNAPSHOTS -> inventorySnapshots();
    };
  }

  /** The generated sample data at its default size. */
  static SampleData sample() {
    return SampleData.standard();
  }

  /** The hand-checkable toy data of datajunction.md §3.3. */
  static ToyData toy() {
    return ToyData.INSTANCE;
  }
}
