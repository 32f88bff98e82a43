package dev.grainline.examples.data;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The toy data of datajunction.md §3.3, row for row: two products, three customers, two locations, January 2024,
 * six orders with seven lines, nine page views. Its true values are checked by hand there, for instance revenue
 * Electronics 3000 and Books 80, orders Electronics 5 and Books 2.
 *
 * <p>Inventory (not in the reference): the phone counted on January 1, 10, 20 and 31, the novel on January 5, 10
 * (twice: 7 and 9) and 25. Units on hand at the month's end are 4 phones plus 11 novels, 15; in week 2 (January 8–14)
 * 8 phones and 9 novels (the higher of the two counts of the 10th).
 *
 * <p>Its calendar is the reference's, not ISO's: {@code week = (day - 1) / 7 + 1} and {@code day_of_week =
 * (day - 1) % 7 + 1}; January 2024 starts on a Monday, so both agree with ISO for these 31 days.
 */
public enum ToyData implements StoreDataSet {
  INSTANCE;

  private static final List<ProductRow> PRODUCTS = List.of(
      new ProductRow(1, "Phone", "Electronics", "phones", 500.0),
      new ProductRow(2, "Novel", "Books", "fiction", 20.0));

  private static final List<CustomerRow> CUSTOMERS = List.of(
      new CustomerRow(10, "Alice", "a@example.com", 20240101, 1),
      new CustomerRow(11, "Bob", "b@example.com", 20240101, 2),
      new CustomerRow(12, "Carol", "c@example.com", 20240108, 2));

  private static final List<LocationRow> LOCATIONS = List.of(
      new LocationRow(1, "10001", "NYC", "NE", "US"),
      new LocationRow(2, "94105", "SF", "W", "UK"));

  private static final List<OrderRow> ORDERS = List.of(
      new OrderRow(1, 10, 20240101, 1, 2, "completed"),
      new OrderRow(2, 11, 20240101, 1, 2, "completed"),
      new OrderRow(3, 10, 20240108, 1, 2, "pending"),
      new OrderRow(4, 12, 20240102, 1, 2, "completed"),
      new OrderRow(5, 11, 20240129, 2, 1, "completed"),
      new OrderRow(6, 10, 20240131, 2, 1, "completed"));

  private static final List<OrderItemRow> ORDER_ITEMS = List.of(
      new OrderItemRow(1, 1, 1, 1, 500.0),
      new OrderItemRow(2, 1, 1, 2, 500.0),
      new OrderItemRow(2, 2, 2, 1, 20.0),
      new OrderItemRow(3, 1, 1, 1, 500.0),
      new OrderItemRow(4, 1, 1, 1, 500.0),
      new OrderItemRow(5, 1, 1, 1, 500.0),
      new OrderItemRow(6, 1, 2, 3, 20.0));

  private static final List<PageViewRow> PAGE_VIEWS = List.of(
      new PageViewRow(1, "s1", 10, 20240101, "product", 1),
      new PageViewRow(2, "s1", 10, 20240101, "product", 1),
      new PageViewRow(3, "s2", 11, 20240101, "product", 1),
      new PageViewRow(4, "s3", 12, 20240108, "product", 1),
      new PageViewRow(5, "s4", 12, 20240108, "product", 1),
      new PageViewRow(6, "s1", 10, 20240101, "product", 2),
      new PageViewRow(7, "s5", 12, 20240102, "product", 1),
      new PageViewRow(8, "s6", 11, 20240129, "product", 1),
      new PageViewRow(9, "s7", 10, 20240131, "checkout", 2));

  private static final List<InventorySnapshotRow> INVENTORY_SNAPSHOTS = List.of(
      new InventorySnapshotRow(1, 20240101, 10),
      new InventorySnapshotRow(1, 20240110, 8),
      new InventorySnapshotRow(1, 20240120, null),
      new InventorySnapshotRow(1, 20240131, 4),
      new InventorySnapshotRow(2, 20240105, 12),
      new InventorySnapshotRow(2, 20240110, 7),
      new InventorySnapshotRow(2, 20240110, 9),
      new InventorySnapshotRow(2, 20240125, 11));

  // INSERT INTO v3.dates SELECT 20240100 + d, DATE '2024-01-01' + (d - 1), ((d - 1) % 7) + 1, ((d - 1) / 7) + 1,
  //   1, 1, 2024 FROM generate_series(1, 31) AS g(d);
  private static final List<DateRow> DATES = IntStream.rangeClosed(1, 31)
      .mapToObj(d -> new DateRow(20240100 + d, LocalDate.of(2024, 1, d).atStartOfDay(), (d - 1) % 7 + 1,
          (d - 1) / 7 + 1, 1, 1, 2024))
      .toList();

  @Override
  public String description() {
    return "toy data of datajunction.md §3.3";
  }

  @Override
  public Stream<OrderRow> orders() {
    return ORDERS.stream();
  }

  @Override
  public Stream<OrderItemRow> orderItems() {
    return ORDER_ITEMS.stream();
  }

  @Override
  public Stream<PageViewRow> pageViews() {
    return PAGE_VIEWS.stream();
  }

  @Override
  public Stream<CustomerRow> customers() {
    return CUSTOMERS.stream();
  }

  @Override
  public Stream<ProductRow> products() {
    return PRODUCTS.stream();
  }

  @Override
  public Stream<DateRow> dates() {
    return DATES.stream();
  }

  @Override
  public Stream<LocationRow> locations() {
    return LOCATIONS.stream();
  }

  @Override
  public Stream<InventorySnapshotRow> inventorySnapshots() {
    return INVENTORY_SNAPSHOTS.stream();
  }
}
