package dev.grainline.examples.data;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.summingDouble;
import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The toy data is datajunction.md §3.3 row for row, and gives the true values stated there. */
class ToyDataTest {
  private static final ToyData TOY = StoreDataSet.toy();

  @Test
  void rowCounts() {
    assertEquals(2, TOY.products().count());
    assertEquals(3, TOY.customers().count());
    assertEquals(2, TOY.locations().count());
    assertEquals(31, TOY.dates().count());
    assertEquals(6, TOY.orders().count());
    assertEquals(7, TOY.orderItems().count());
    assertEquals(9, TOY.pageViews().count());
    assertEquals(8, TOY.inventorySnapshots().count());
  }

  @Test
  void rowsAsInTheReference() {
    assertEquals(new OrderRow(3, 10, 20240108, 1, 2, "pending"), TOY.orders().toList().get(2));
    assertEquals(new OrderItemRow(6, 1, 2, 3, 20.0), TOY.orderItems().toList().get(6));
    assertEquals(new PageViewRow(9, "s7", 10, 20240131, "checkout", 2), TOY.pageViews().toList().get(8));
    assertEquals(new LocationRow(2, "94105", "SF", "W", "UK"), TOY.locations().toList().get(1));
    // d = 31: 20240131, 2024-01-31, day_of_week (31 - 1) % 7 + 1 = 3, week (31 - 1) / 7 + 1 = 5.
    assertEquals(new DateRow(20240131, LocalDateTime.of(2024, 1, 31, 0, 0), 3, 5, 1, 1, 2024),
        TOY.dates().toList().get(30));
    assertEquals(new DateRow(20240101, LocalDateTime.of(2024, 1, 1, 0, 0), 1, 1, 1, 1, 2024),
        TOY.dates().toList().get(0));
  }

  @Test
  void trueValuesOfTheReference() {
    Map<Integer, String> category = TOY.products().collect(toMap(ProductRow::productId, ProductRow::category));
    Map<Integer, OrderRow> orders = TOY.orders().collect(toMap(OrderRow::orderId, Function.identity()));

    assertEquals(Map.of("Electronics", 3000.0, "Books", 80.0), TOY.orderItems().collect(groupingBy(
        i -> category.get(i.productId()), summingDouble(i -> i.quantity() * i.unitPrice()))));
    assertEquals(Map.of("Electronics", Set.of(1, 2, 3, 4, 5), "Books", Set.of(2, 6)), TOY.orderItems().collect(
        groupingBy(i -> category.get(i.productId()), java.util.stream.Collectors.mapping(OrderItemRow::orderId,
            toSet()))));
    assertEquals(Map.of("Electronics", 7L, "Books", 2L), TOY.pageViews().collect(
        groupingBy(v -> category.get(v.productId()), java.util.stream.Collectors.counting())));
    assertEquals(Map.of("Electronics", Set.of("s1", "s2", "s3", "s4", "s5", "s6"), "Books", Set.of("s1", "s7")),
        TOY.pageViews().collect(groupingBy(v -> category.get(v.productId()),
            java.util.stream.Collectors.mapping(PageViewRow::sessionId, toSet()))));
    assertEquals(Map.of("Electronics", Set.of(10, 11, 12), "Books", Set.of(10)), TOY.pageViews().collect(
        groupingBy(v -> category.get(v.productId()),
            java.util.stream.Collectors.mapping(PageViewRow::customerId, toSet()))));
    // S1: revenue by status.
    assertEquals(Map.of("completed", 2580.0, "pending", 500.0), TOY.orderItems().collect(groupingBy(
        i -> orders.get(i.orderId()).status(), summingDouble(i -> i.quantity() * i.unitPrice()))));
  }
}
