package dev.grainline.runtime.derived;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The shop's rows and what queries over them return, in plain Java: a derived attribute is computed from every order
 * of the customer (never from the rows a query keeps), each fact is grouped by the requested attributes of its rows'
 * customers, and the facts' groups are joined on them, a count over no rows being 0.
 */
final class DerivedOracle {
  record CustomerRow(int id, String country) {}

  record OrderRow(int id, Integer customer, LocalDate orderedOn, int amount, String status) {}

  record VisitRow(int id, Integer customer, LocalDate visitedOn) {}

  static final List<CustomerRow> CUSTOMERS = List.of(new CustomerRow(1, "DE"), new CustomerRow(2, "FR"),
      new CustomerRow(3, "DE"), new CustomerRow(4, null), new CustomerRow(5, "FR"), new CustomerRow(7, "IT"));

  /** Customer 6 is missing from the customers table; order 9 has no customer; customers 4 and 7 never ordered. */
  static final List<OrderRow> ORDERS = List.of(
      new OrderRow(1, 1, LocalDate.of(2024, 1, 15), 10, "paid"),
      new OrderRow(2, 1, LocalDate.of(2024, 3, 2), 20, "paid"),
      new OrderRow(3, 2, LocalDate.of(2024, 2, 10), 5, "open"),
      new OrderRow(4, 2, LocalDate.of(2024, 2, 20), 7, "paid"),
      new OrderRow(5, 2, LocalDate.of(2024, 4, 1), 9, "paid"),
      new OrderRow(6, 3, LocalDate.of(2024, 3, 31), 4, "paid"),
      new OrderRow(7, 5, LocalDate.of(2024, 1, 1), 8, "open"),
      new OrderRow(8, 6, LocalDate.of(2024, 2, 5), 3, "paid"),
      new OrderRow(9, null, LocalDate.of(2024, 2, 6), 2, "paid"),
      new OrderRow(10, 3, LocalDate.of(2024, 1, 31), 6, "open"));

  static final List<VisitRow> VISITS = List.of(visit(1, 1, "2024-01-20"), visit(2, 1, "2024-04-02"),
      visit(3, 2, "2024-01-05"), visit(4, 4, "2024-02-01"), visit(5, 4, "2024-03-01"), visit(6, 6, "2025-02-28"),
      visit(7, null, "2024-02-02"), visit(8, 3, "2024-03-15"), visit(9, 7, "2024-05-05"));

  private static VisitRow visit(int id, Integer customer, String on) {
    return new VisitRow(id, customer, LocalDate.parse(on));
  }

  static final String COUNTRY = "dv.customer.country";
  static final String LIFETIME_ORDERS = "dv.customer.lifetime_orders";
  static final String FIRST_ORDER_MONTH = "dv.customer.first_order_month";
  static final String PAID_REVENUE = "dv.customer.paid_revenue";
  static final String STATUS = "dv.orders.status";
  static final String REVENUE = "dv.revenue";
  static final String ORDER_COUNT = "dv.order_count";
  static final String REPEAT_REVENUE = "dv.repeat_revenue";
  static final String VISIT_COUNT = "dv.visit_count";
  static final String MONTHS_SINCE_FIRST_ORDER = "dv.visits.months_since_first_order";

  /** A row of a fact as the oracle sees it: its customer, and its order or visit. */
  record FactRow(Integer customer, Optional<OrderRow> order, Optional<VisitRow> visit) {}

  /** A query: metrics, dimensions, and a filter in the text API's syntax with its meaning over a fact's rows. */
  record Query(List<String> metrics, List<String> dimensions, Optional<String> where, Predicate<FactRow> keeps) {
    @Override
    public String toString() {
      return metrics + " by " + dimensions + where.map(w -> " where " + w).orElse("");
    }
  }

  static Query query(List<String> metrics, List<String> dimensions) {
    return new Query(metrics, dimensions, Optional.empty(), row -> true);
  }

  static Query query(List<String> metrics, List<String> dimensions, String where, Predicate<FactRow> keeps) {
    return new Query(metrics, dimensions, Optional.of(where), keeps);
  }

  /** An attribute of the customer of a fact row. */
  static Object attribute(String name, Integer customer) {
    if (customer == null) {
      return null;
    }
    List<OrderRow> orders = ORDERS.stream().filter(o -> customer.equals(o.customer())).toList();
    return switch (name) {
      case COUNTRY -> CUSTOMERS.stream().filter(c -> c.id() == customer).map(CustomerRow::country)
          .filter(Objects::nonNull).findFirst().orElse(null);
      case LIFETIME_ORDERS -> (long) orders.size();
      case FIRST_ORDER_MONTH -> orders.stream().map(OrderRow::orderedOn).min(Comparator.naturalOrder())
          .map(d -> d.withDayOfMonth(1)).orElse(null);
      case PAID_REVENUE -> orders.stream().filter(o -> o.status().equals("paid")).map(o -> (long) o.amount())
          .reduce(Long::sum).orElse(null);
      case STATUS -> throw new IllegalArgumentException("not a customer's attribute");
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static Object value(String dimension, FactRow row) {
    if (dimension.equals(MONTHS_SINCE_FIRST_ORDER)) {
      LocalDate first = (LocalDate) attribute(FIRST_ORDER_MONTH, row.customer());
      LocalDate month = row.visit().orElseThrow().visitedOn().withDayOfMonth(1);
      return first == null ? null : (int) java.time.temporal.ChronoUnit.MONTHS.between(first, month);
    }
    return dimension.equals(STATUS) ? row.order().map(OrderRow::status).orElseThrow() : attribute(dimension,
        row.customer());
  }

  /** The rows the query returns: dimensions, then metrics, in the order asked. */
  static List<List<Object>> rows(Query query) {
    Map<List<Object>, long[]> counts = new LinkedHashMap<>();
    Map<List<Object>, Long[]> sums = new LinkedHashMap<>();
    int metrics = query.metrics().size();
    List<FactRow> orderRows = ORDERS.stream().map(o -> new FactRow(o.customer(), Optional.of(o), Optional.empty()))
        .toList();
    List<FactRow> visitRows = VISITS.stream().map(v -> new FactRow(v.customer(), Optional.empty(), Optional.of(v)))
        .toList();
    boolean orders = query.metrics().stream().anyMatch(m -> !m.equals(VISIT_COUNT));
    boolean visits = query.metrics().contains(VISIT_COUNT);
    Map<List<Object>, Object[]> grouped = new LinkedHashMap<>();
    for (var fact : List.of(orderRows, visitRows)) {
      boolean isOrders = fact == orderRows;
      if (isOrders ? !orders : !visits) {
        continue;
      }
      for (FactRow row : fact) {
        if (!query.keeps().test(row)) {
          continue;
        }
        List<Object> key = new ArrayList<>();
        query.dimensions().forEach(d -> key.add(value(d, row)));
        Object[] values = grouped.computeIfAbsent(key, k -> new Object[metrics]);
        for (int i = 0; i < metrics; i++) {
          String metric = query.metrics().get(i);
          if (metric.equals(VISIT_COUNT) == isOrders) {
            continue;
          }
          OrderRow order = row.order().orElse(null);
          long add = switch (metric) {
            case REVENUE -> order.amount();
            case REPEAT_REVENUE -> {
              Object lifetime = attribute(LIFETIME_ORDERS, row.customer());
              yield lifetime != null && (Long) lifetime >= 2 ? order.amount() : -1;
            }
            case ORDER_COUNT, VISIT_COUNT -> 1;
            default -> throw new IllegalArgumentException(metric);
          };
          if (add < 0) {
            continue;
          }
          values[i] = values[i] == null ? add : (Long) values[i] + add;
        }
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    grouped.forEach((key, values) -> {
      List<Object> row = new ArrayList<>(key);
      for (int i = 0; i < metrics; i++) {
        String metric = query.metrics().get(i);
        boolean count = metric.equals(ORDER_COUNT) || metric.equals(VISIT_COUNT);
        row.add(values[i] == null && count ? Long.valueOf(0) : values[i]);
      }
      rows.add(row);
    });
    return sorted(rows);
  }

  static List<List<Object>> sorted(List<List<Object>> rows) {
    return rows.stream().sorted(Comparator.comparing(Object::toString)).toList();
  }

  /** The statements that create and load the tables in {@code schema}. */
  static String[] statements(String schema, List<String> setUp) {
    List<String> statements = new ArrayList<>(setUp);
    statements.add("CREATE TABLE " + schema + ".customers (customer_id INTEGER, country VARCHAR)");
    statements.add("CREATE TABLE " + schema + ".orders (order_id INTEGER, customer_id INTEGER, ordered_on DATE,"
        + " amount INTEGER, status VARCHAR)");
    statements.add("CREATE TABLE " + schema + ".visits (visit_id INTEGER, customer_id INTEGER, visited_on DATE)");
    statements.add("INSERT INTO " + schema + ".customers VALUES " + String.join(", ", CUSTOMERS.stream()
        .map(c -> "(" + c.id() + ", " + text(c.country()) + ")").toList()));
    statements.add("INSERT INTO " + schema + ".orders VALUES " + String.join(", ", ORDERS.stream()
        .map(o -> "(" + o.id() + ", " + o.customer() + ", DATE '" + o.orderedOn() + "', " + o.amount() + ", "
            + text(o.status()) + ")").toList()));
    statements.add("INSERT INTO " + schema + ".visits VALUES " + String.join(", ", VISITS.stream()
        .map(v -> "(" + v.id() + ", " + v.customer() + ", DATE '" + v.visitedOn() + "')").toList()));
    return statements.toArray(String[]::new);
  }

  static final List<String> TABLES = Arrays.asList("customers", "orders", "visits");

  private static String text(String value) {
    return value == null ? "NULL" : "'" + value + "'";
  }

  private DerivedOracle() {}
}
