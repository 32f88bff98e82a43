package dev.grainline.runtime.tenants;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The rows of the tenant model, generated from a seed: three accounts with customers 1 to 4 each (so every customer
 * id belongs to three tenants), shared products, and orders and visits spread over the accounts, with a customer
 * id no account has, a product id no product has, NULL products and NULL amounts. Every row is also a Java value,
 * which the oracle reads.
 */
public final class TenantData {
  record AccountRow(int accountId, String plan) {}

  record CustomerRow(int accountId, int customerId, String country) {}

  record ProductRow(int productId, String category) {}

  record OrderRow(int orderId, int accountId, int customerId, Integer productId, Integer amount, LocalDate orderedOn) {}

  record VisitRow(int visitId, int accountId, int customerId) {}

  public static final List<Integer> TENANTS = List.of(1, 2, 3);

  final List<AccountRow> accounts = List.of(new AccountRow(1, "free"), new AccountRow(2, "pro"),
      new AccountRow(3, "pro"));
  final List<ProductRow> products = List.of(new ProductRow(1, "books"), new ProductRow(2, "games"),
      new ProductRow(3, null));
  final List<CustomerRow> customers = new ArrayList<>();
  final List<OrderRow> orders = new ArrayList<>();
  final List<VisitRow> visits = new ArrayList<>();

  public TenantData(long seed) {
    Random random = new Random(seed);
    String[] countries = {"DE", "FR", "US", null};
    for (int account : TENANTS) {
      for (int customer = 1; customer <= 4; customer++) {
        customers.add(new CustomerRow(account, customer, countries[random.nextInt(countries.length)]));
      }
    }
    for (int id = 1; id <= 90; id++) {
      int account = TENANTS.get(random.nextInt(TENANTS.size()));
      // customer 5 and product 4 have no row; a NULL product and a NULL amount now and then
      Integer product = random.nextInt(6) == 0 ? null : 1 + random.nextInt(4);
      Integer amount = random.nextInt(8) == 0 ? null : 1 + random.nextInt(100);
      orders.add(new OrderRow(id, account, 1 + random.nextInt(5), product, amount,
          LocalDate.of(2024, 1, 1).plusDays(random.nextInt(120))));
    }
    for (int id = 1; id <= 60; id++) {
      visits.add(new VisitRow(id, TENANTS.get(random.nextInt(TENANTS.size())), 1 + random.nextInt(5)));
    }
  }

  static final List<String> TABLES = List.of("accounts", "customers", "products", "orders", "visits");

  /** {@code setUp}, then the statements that create and fill the tables in {@code schema} (test data, not queries). */
  public String[] statements(String schema, List<String> setUp) {
    List<String> sql = new ArrayList<>(setUp);
    sql.addAll(List.of(
        "CREATE TABLE " + schema + ".accounts (account_id INTEGER, plan VARCHAR)",
        "CREATE TABLE " + schema + ".customers (account_id INTEGER, customer_id INTEGER, country VARCHAR)",
        "CREATE TABLE " + schema + ".products (product_id INTEGER, category VARCHAR)",
        "CREATE TABLE " + schema + ".orders (order_id INTEGER, account_id INTEGER, customer_id INTEGER,"
            + " product_id INTEGER, amount INTEGER, ordered_on DATE)",
        "CREATE TABLE " + schema + ".visits (visit_id INTEGER, account_id INTEGER, customer_id INTEGER)"));
    sql.add(insert(schema + ".accounts", accounts.stream().map(a -> a.accountId() + ", " + text(a.plan())).toList()));
    sql.add(insert(schema + ".customers", customers.stream()
        .map(c -> c.accountId() + ", " + c.customerId() + ", " + text(c.country())).toList()));
    sql.add(insert(schema + ".products", products.stream()
        .map(p -> p.productId() + ", " + text(p.category())).toList()));
    sql.add(insert(schema + ".orders", orders.stream().map(o -> o.orderId() + ", " + o.accountId() + ", "
        + o.customerId() + ", " + nullable(o.productId()) + ", " + nullable(o.amount()) + ", DATE '" + o.orderedOn()
        + "'").toList()));
    sql.add(insert(schema + ".visits", visits.stream()
        .map(v -> v.visitId() + ", " + v.accountId() + ", " + v.customerId()).toList()));
    return sql.toArray(String[]::new);
  }

  private static String nullable(Integer value) {
    // Trino types a bare NULL in a VALUES row as unknown, and every engine takes a typed one.
    return value == null ? "CAST(NULL AS INTEGER)" : value.toString();
  }

  private static String insert(String table, List<String> rows) {
    return "INSERT INTO " + table + " VALUES (" + String.join("), (", rows) + ")";
  }

  private static String text(String value) {
    return value == null ? "CAST(NULL AS VARCHAR)" : "'" + value + "'";
  }
}
