package dev.grainline.runtime.tenants;

import dev.grainline.runtime.tenants.TenantData.CustomerRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rows a query of the tenant model must return, computed in plain Java from {@link TenantData}: each fact's rows
 * of the tenant (or of every tenant), joined to their dimensions as LEFT joins do (by the whole key, so a customer is
 * an account's customer), filtered, grouped by the requested dimensions; the facts' groups combined on the
 * dimensions, a count missing from a fact's groups being 0 and a sum NULL. No SQL.
 */
public final class TenantOracle {
  static final String COUNTRY = "mt.customer.country";
  static final String CUSTOMER_ID = "mt.customer.customer_id";
  static final String ACCOUNT_ID = "mt.account.account_id";
  static final String PLAN = "mt.account.plan";
  static final String CATEGORY = "mt.product.category";
  static final String MONTH = "mt.orders.month";

  static final List<String> ORDER_METRICS = List.of("mt.revenue", "mt.order_count", "mt.products_sold",
      "mt.big_revenue");
  /**
   * The distinct counts of one key (products sold, under two filters; buyers, a composite key): a query of only them
   * is counted in one pass (DistinctKeyRule). The random queries draw from ORDER_METRICS only.
   */
  static final List<String> DISTINCT_ORDER_METRICS = List.of("mt.products_sold", "mt.big_products_sold",
      "mt.buyers");
  static final String VISIT_COUNT = "mt.visit_count";
  /** This month's and last month's revenue: a query with it groups by {@link #MONTH}. */
  static final String REVENUE_2M = "mt.revenue_2m";

  /** A query: metrics by dimensions, where one dimension equals a value (or is NULL) if {@code filter} is present. */
  public record Query(List<String> metrics, List<String> dimensions, Optional<Filter> filter) {
    boolean readsVisits() {
      return metrics.contains(VISIT_COUNT);
    }

    boolean readsOrders() {
      return metrics.stream().anyMatch(m -> ORDER_METRICS.contains(m) || DISTINCT_ORDER_METRICS.contains(m)
          || m.equals(REVENUE_2M));
    }
  }

  /** {@code dimension = value}, or {@code dimension IS NULL} for a null value. */
  public record Filter(String dimension, String value) {
    String text() {
      return value == null ? dimension + " is null" : dimension + " = '" + value + "'";
    }

    boolean test(Map<String, Object> row) {
      Object actual = row.get(dimension);
      return value == null ? actual == null : value.equals(actual);
    }
  }

  private final TenantData data;

  public TenantOracle(TenantData data) {
    this.data = data;
  }

  /** The rows of {@code query} for {@code tenant}, or for every tenant if it is empty; dimensions, then metrics. */
  public List<List<Object>> rows(Query query, Optional<Integer> tenant) {
    Predicate<Integer> ofTenant = account -> tenant.map(t -> t.equals(account)).orElse(true);
    Predicate<Map<String, Object>> passes = row -> query.filter().map(f -> f.test(row)).orElse(true);
    Set<List<Object>> keys = new LinkedHashSet<>();
    if (query.dimensions().isEmpty()) {
      keys.add(List.of());
    }
    Map<List<Object>, List<TenantData.OrderRow>> orderGroups = new HashMap<>();
    if (query.readsOrders()) {
      for (TenantData.OrderRow order : data.orders) {
        Map<String, Object> row = orderRow(order);
        if (ofTenant.test(order.accountId()) && passes.test(row)) {
          List<Object> key = key(query, row);
          keys.add(key);
          orderGroups.computeIfAbsent(key, k -> new ArrayList<>()).add(order);
        }
      }
    }
    Map<List<Object>, Long> visitGroups = new HashMap<>();
    if (query.readsVisits()) {
      for (TenantData.VisitRow visit : data.visits) {
        Map<String, Object> row = customerRow(visit.accountId(), visit.customerId());
        if (ofTenant.test(visit.accountId()) && passes.test(row)) {
          List<Object> key = key(query, row);
          keys.add(key);
          visitGroups.merge(key, 1L, Long::sum);
        }
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    for (List<Object> key : keys) {
      List<Object> row = new ArrayList<>(key);
      List<TenantData.OrderRow> orders = orderGroups.getOrDefault(key, List.of());
      for (String metric : query.metrics()) {
        row.add(switch (metric) {
          case "mt.revenue" -> sum(orders, amount -> true);
          case "mt.big_revenue" -> sum(orders, amount -> amount > 50);
          case "mt.order_count" -> (long) orders.size();
          case "mt.products_sold" -> orders.stream().map(TenantData.OrderRow::productId).filter(Objects::nonNull)
              .distinct().count();
          case "mt.big_products_sold" -> orders.stream().filter(o -> o.amount() != null && o.amount() > 50)
              .map(TenantData.OrderRow::productId).filter(Objects::nonNull).distinct().count();
          // An order's account and customer are never NULL: every order is some account's customer's.
          case "mt.buyers" -> orders.stream().map(o -> List.of(o.accountId(), o.customerId())).distinct().count();
          case VISIT_COUNT -> visitGroups.getOrDefault(key, 0L);
          case REVENUE_2M -> sum(frame(query, key, orderGroups), amount -> true);
          default -> throw new IllegalArgumentException(metric);
        });
      }
      rows.add(row);
    }
    return rows;
  }

  /** The orders of the row's month and of the month before, of the row's other dimension values. */
  private static List<TenantData.OrderRow> frame(Query query, List<Object> key,
      Map<List<Object>, List<TenantData.OrderRow>> groups) {
    int month = query.dimensions().indexOf(MONTH);
    List<TenantData.OrderRow> frame = new ArrayList<>(groups.getOrDefault(key, List.of()));
    List<Object> previous = new ArrayList<>(key);
    previous.set(month, ((java.time.LocalDate) key.get(month)).minusMonths(1));
    frame.addAll(groups.getOrDefault(previous, List.of()));
    return frame;
  }

  private static Long sum(List<TenantData.OrderRow> orders, Predicate<Integer> counted) {
    List<Integer> amounts = orders.stream().map(TenantData.OrderRow::amount)
        .filter(a -> a != null && counted.test(a)).toList();
    return amounts.isEmpty() ? null : amounts.stream().mapToLong(Integer::longValue).sum();
  }

  private static List<Object> key(Query query, Map<String, Object> row) {
    List<Object> key = new ArrayList<>();
    query.dimensions().forEach(d -> key.add(row.get(d)));
    return key;
  }

  private Map<String, Object> orderRow(TenantData.OrderRow order) {
    Map<String, Object> row = customerRow(order.accountId(), order.customerId());
    String category = data.products.stream().filter(p -> p.productId() == Objects.requireNonNullElse(
        order.productId(), -1)).findFirst().map(TenantData.ProductRow::category).orElse(null);
    row.put(CATEGORY, category);
    row.put(MONTH, order.orderedOn().withDayOfMonth(1));
    return row;
  }

  /** The attributes a fact row reaches through its account and customer links. */
  private Map<String, Object> customerRow(int accountId, int customerId) {
    Map<String, Object> row = new HashMap<>();
    Optional<CustomerRow> customer = data.customers.stream()
        .filter(c -> c.accountId() == accountId && c.customerId() == customerId).findFirst();
    row.put(COUNTRY, customer.map(CustomerRow::country).orElse(null));
    row.put(CUSTOMER_ID, customer.map(CustomerRow::customerId).orElse(null));
    Optional<TenantData.AccountRow> account = data.accounts.stream().filter(a -> a.accountId() == accountId)
        .findFirst();
    row.put(PLAN, account.map(TenantData.AccountRow::plan).orElse(null));
    row.put(ACCOUNT_ID, account.map(TenantData.AccountRow::accountId).orElse(null));
    return row;
  }

  /** Rows in a stable order, for comparing results whose order the query leaves open. */
  public static List<List<Object>> sorted(List<List<Object>> rows) {
    return rows.stream().sorted(java.util.Comparator.comparing(Object::toString)).toList();
  }
}
