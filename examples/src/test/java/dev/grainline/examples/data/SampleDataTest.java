package dev.grainline.examples.data;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SampleDataTest {
  private static final SampleData DATA = SampleData.standard();

  /**
   * Same rows on every run and machine. If the generator changes on purpose, update the digest and bump
   * {@link SampleData#VERSION} so that demo databases holding the old rows are reloaded.
   */
  @Test
  void rowsArePinned() {
    assertEquals("ba59419dcf0e5bca39118ab06e92046c69c01fcdd0dabfea390204a69d370a9b", RowDigest.of(DATA));
    assertEquals(2, SampleData.VERSION);
  }

  /** Version 2 added the inventory counts and left the seven tables of version 1 row for row as they were. */
  @Test
  void inventoryLeftTheOtherTablesAsTheyWere() {
    List<StoreTable> first = List.of(StoreTable.ORDERS, StoreTable.ORDER_ITEMS, StoreTable.PAGE_VIEWS,
        StoreTable.CUSTOMERS, StoreTable.PRODUCTS, StoreTable.DATES, StoreTable.LOCATIONS);
    assertEquals("50f1f54619f206b1ff3cc1a2aad332c3837c0ba30b1a5df46afee55c7305e8bf", RowDigest.of(DATA, first));
    assertEquals("6c0f73b1887692d85468f4f64f9f91cb0837bd2616962e7a520dc0d402846dbf", RowDigest.of(DATA, List.of(StoreTable.INVENTORY_SNAPSHOTS)));
  }

  @Test
  void inventoryIsCountedIrregularlyAroundTheOrders() {
    List<InventorySnapshotRow> counts = DATA.inventorySnapshots().toList();
    assertTrue(counts.size() > 3_000 && counts.size() < 8_000, "counts: " + counts.size());
    int firstOrder = DateRow.dateId(SampleData.FIRST_ORDER_DAY);
    int lastOrder = DateRow.dateId(SampleData.LAST_ORDER_DAY);
    assertTrue(counts.stream().anyMatch(c -> c.snapshotDate() < firstOrder), "counts before the first order");
    assertTrue(counts.stream().anyMatch(c -> c.snapshotDate() > lastOrder), "counts after the last order");
    Set<Integer> calendar = DATA.dates().map(DateRow::dateId).collect(toSet());
    assertTrue(counts.stream().allMatch(c -> calendar.contains(c.snapshotDate())), "every day in the calendar");
    assertSome(counts.stream().filter(c -> c.unitsOnHand() == null), 20, 200);
    Map<List<Integer>, Long> perDay = counts.stream()
        .collect(groupingBy(c -> List.of(c.productId(), c.snapshotDate()), counting()));
    assertSome(perDay.values().stream().filter(n -> n == 2), 20, 300);
    assertTrue(perDay.values().stream().allMatch(n -> n <= 2));
    Set<Integer> products = DATA.products().map(ProductRow::productId).collect(toSet());
    Set<Integer> counted = counts.stream().map(InventorySnapshotRow::productId).collect(toSet());
    assertTrue(counted.stream().anyMatch(p -> !products.contains(p)), "a product without a product row");
    assertTrue(products.stream().anyMatch(p -> !counted.contains(p)), "a product never counted");
    // Some products go uncounted for three weeks or more.
    Map<Integer, List<Integer>> days = counts.stream().collect(groupingBy(InventorySnapshotRow::productId,
        java.util.stream.Collectors.mapping(InventorySnapshotRow::snapshotDate, java.util.stream.Collectors.toList())));
    long gapped = days.values().stream().filter(d -> {
      for (int i = 1; i < d.size(); i++) {
        if (java.time.temporal.ChronoUnit.DAYS.between(day(d.get(i - 1)), day(d.get(i))) >= 21) {
          return true;
        }
      }
      return false;
    }).count();
    assertTrue(gapped >= 10, "products with gaps of three weeks: " + gapped);
  }

  private static LocalDate day(int dateId) {
    return LocalDate.of(dateId / 10_000, dateId / 100 % 100, dateId % 100);
  }

  @Test
  void everyCallGivesTheSameRows() {
    for (StoreTable table : StoreTable.values()) {
      assertEquals(DATA.rows(table).toList(), SampleData.standard().rows(table).toList(), table.tableName());
    }
  }

  @Test
  void anotherSeedGivesOtherRows() {
    SampleData other = new SampleData(SampleData.DEFAULT_SEED + 1, 6_000, 500, 30_000);
    assertNotEquals(DATA.orders().toList(), other.orders().toList());
    assertNotEquals(DATA.pageViews().toList(), other.pageViews().toList());
  }

  @Test
  void sizes() {
    assertEquals(6_000, DATA.orders().count());
    assertEquals(500, DATA.customers().count());
    assertEquals(30_000, DATA.pageViews().count());
    assertEquals(60, DATA.products().count());
    assertEquals(25, DATA.locations().count());
    assertEquals(731, DATA.dates().count()); // 2023 and 2024, a leap year
    long lines = DATA.orderItems().count();
    assertTrue(lines > 6_000 * 2.8 && lines < 6_000 * 3.2, "about 3 lines per order: " + lines);
  }

  @Test
  void keysAreUnique() {
    for (StoreTable table : StoreTable.values()) {
      List<String> columns = table.columnNames();
      List<Integer> key = table.key().stream().map(columns::indexOf).toList();
      Set<List<Object>> seen = new HashSet<>();
      DATA.rows(table).forEach(row -> assertTrue(
          seen.add(key.stream().map(i -> row.values().get(i)).toList()), table.tableName() + " key " + row));
    }
  }

  @Test
  void ordersHaveOneToFiveLinesNumberedFromOne() {
    Map<Integer, List<Integer>> lines = DATA.orderItems().collect(groupingBy(OrderItemRow::orderId,
        java.util.stream.Collectors.mapping(OrderItemRow::lineNumber, java.util.stream.Collectors.toList())));
    assertEquals(6_000, lines.size());
    lines.values().forEach(numbers -> {
      assertTrue(numbers.size() >= 1 && numbers.size() <= 5);
      assertEquals(java.util.stream.IntStream.rangeClosed(1, numbers.size()).boxed().toList(), numbers);
    });
    assertEquals(Set.of(1, 2, 3, 4, 5), lines.values().stream().map(List::size).collect(toSet()));
  }

  @Test
  void ordersSpanHalfAYearAcrossTheYearBoundary() {
    Set<Integer> days = DATA.orders().map(OrderRow::orderDate).collect(toSet());
    int first = DateRow.dateId(SampleData.FIRST_ORDER_DAY);
    int last = DateRow.dateId(SampleData.LAST_ORDER_DAY);
    assertTrue(days.stream().allMatch(d -> d >= first && d <= last), "order dates in range");
    assertTrue(days.contains(first) || days.contains(first + 1), "orders from the first days");
    assertTrue(days.stream().anyMatch(d -> d / 10_000 == 2023) && days.stream().anyMatch(d -> d / 10_000 == 2024));
    assertTrue(days.size() > 170, "almost every day has orders: " + days.size());
  }

  @Test
  void everyReferencedDayIsInTheCalendar() {
    Set<Integer> calendar = DATA.dates().map(DateRow::dateId).collect(toSet());
    Stream.of(
        DATA.orders().map(OrderRow::orderDate),
        DATA.pageViews().map(PageViewRow::pageDate),
        DATA.customers().map(CustomerRow::registrationDate))
        .flatMap(s -> s)
        .forEach(day -> assertTrue(calendar.contains(day), "day " + day));
  }

  @Test
  void calendarIsIsoAndDaily() {
    List<DateRow> dates = DATA.dates().toList();
    assertEquals(DateRow.of(SampleData.FIRST_CALENDAR_DAY), dates.get(0));
    for (int i = 1; i < dates.size(); i++) {
      assertEquals(dates.get(i - 1).dateValue().plusDays(1), dates.get(i).dateValue());
    }
    Map<Integer, DateRow> byId = DATA.dates().collect(java.util.stream.Collectors.toMap(DateRow::dateId, d -> d));
    // 2023-12-31 is a Sunday in ISO week 52; 2024-01-01 a Monday in week 1; 2024-12-30 is in week 1 of 2025.
    assertEquals(new DateRow(20231231, LocalDate.of(2023, 12, 31).atStartOfDay(), 7, 52, 12, 4, 2023),
        byId.get(20231231));
    assertEquals(new DateRow(20240101, LocalDate.of(2024, 1, 1).atStartOfDay(), 1, 1, 1, 1, 2024),
        byId.get(20240101));
    assertEquals(new DateRow(20240229, LocalDate.of(2024, 2, 29).atStartOfDay(), 4, 9, 2, 1, 2024),
        byId.get(20240229));
    assertEquals(1, byId.get(20241230).week());
    assertEquals(2024, byId.get(20241230).year());
  }

  @Test
  void nullsWhereASemanticLayerMustHandleThem() {
    assertSome(DATA.orders().filter(o -> o.status() == null), 50, 200);
    assertSome(DATA.orderItems().filter(i -> i.quantity() == null), 20, 200);
    assertSome(DATA.orderItems().filter(i -> i.unitPrice() == null), 20, 200);
    assertSome(DATA.pageViews().filter(v -> v.customerId() == null), 3_000, 12_000);
    assertSome(DATA.customers().filter(c -> c.locationId() == null), 1, 30);
    assertSome(DATA.products().filter(p -> p.category() == null), 3, 3);
    assertSome(DATA.products().filter(p -> p.category() != null && p.subcategory() == null), 1, 5);
    assertSome(DATA.locations().filter(l -> l.country() == null), 1, 5);
    assertSome(DATA.locations().filter(l -> l.region() == null), 2, 6);
  }

  @Test
  void orphanKeysWithoutDimensionRows() {
    Set<Integer> customers = DATA.customers().map(CustomerRow::customerId).collect(toSet());
    Set<Integer> products = DATA.products().map(ProductRow::productId).collect(toSet());
    assertSome(DATA.orders().filter(o -> !customers.contains(o.customerId())), 30, 200);
    assertSome(DATA.orderItems().filter(i -> !products.contains(i.productId())), 30, 200);
    // Page views name known customers and products only.
    assertEquals(0, DATA.pageViews()
        .filter(v -> v.customerId() != null && !customers.contains(v.customerId())
            || v.productId() != null && !products.contains(v.productId()))
        .count());
  }

  @Test
  void eightCategoriesOneOfThemSparse() {
    Map<String, Long> products = DATA.products().filter(p -> p.category() != null)
        .collect(groupingBy(ProductRow::category, counting()));
    assertEquals(8, products.size(), products.toString());
    assertEquals(2, products.get("Collectibles"));
    Set<Integer> collectibles = DATA.products().filter(p -> "Collectibles".equals(p.category()))
        .map(ProductRow::productId).collect(toSet());
    assertSome(DATA.orderItems().filter(i -> collectibles.contains(i.productId())), 1, 20);
  }

  @Test
  void pageViewsComeInSessionsOfPageTypes() {
    assertEquals(Set.of("home", "product", "cart", "checkout"),
        DATA.pageViews().map(PageViewRow::pageType).collect(toSet()));
    assertTrue(DATA.pageViews().allMatch(v -> v.pageType().equals("product") == (v.productId() != null)),
        "exactly product pages have a product");
    Map<String, Set<List<Object>>> visitorAndDayBySession = DATA.pageViews().collect(groupingBy(
        PageViewRow::sessionId, java.util.stream.Collectors.mapping(
            v -> java.util.Arrays.asList(v.customerId(), v.pageDate()), toSet())));
    assertTrue(visitorAndDayBySession.values().stream().allMatch(s -> s.size() == 1),
        "a session is one visitor on one day");
    long sessions = visitorAndDayBySession.size();
    assertTrue(sessions > 30_000 / 8 && sessions < 30_000 / 3, "sessions: " + sessions);
  }

  @Test
  void pricesAreCents() {
    assertTrue(DATA.orderItems().map(OrderItemRow::unitPrice).filter(Objects::nonNull)
        .allMatch(p -> p > 0 && Math.abs(p * 100 - Math.round(p * 100)) < 1e-6));
  }

  @Test
  void scalesToAMillionOrderLines() {
    SampleData big = SampleData.withOrders(340_000);
    assertEquals(340_000 / 12, big.customerCount());
    assertEquals(1_700_000, big.pageViewCount());
    assertTrue(big.orderItems().count() >= 1_000_000);
  }

  @Test
  void sizesMustBePositive() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new SampleData(1, 0, 1, 1));
  }

  private static void assertSome(Stream<?> rows, long atLeast, long atMost) {
    long count = rows.count();
    assertTrue(count >= atLeast && count <= atMost, "expected " + atLeast + ".." + atMost + " but found " + count);
  }
}
