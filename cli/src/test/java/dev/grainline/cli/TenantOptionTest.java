package dev.grainline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --tenant}: one account's rows of a model with a tenant key (dev.grainline.cli.tenants, in a DuckDB file),
 * every account's without it, and a clear one-line error for a value that is not of the key's type or a model that
 * has no tenant key.
 */
class TenantOptionTest {
  private static final String CATALOG = "dev.grainline.cli.tenants.TenantsCatalog";

  @TempDir
  static Path directory;

  private static String duckUrl;

  @BeforeAll
  static void loadData() throws SQLException {
    duckUrl = "jdbc:duckdb:" + directory.resolve("tenants.duckdb");
    try (Connection duck = DriverManager.getConnection(duckUrl); Statement statement = duck.createStatement()) {
      for (String sql : List.of("CREATE SCHEMA mt",
          "CREATE TABLE mt.accounts (account_id INTEGER, plan VARCHAR)",
          "CREATE TABLE mt.orders (order_id INTEGER, account_id INTEGER)",
          "INSERT INTO mt.accounts VALUES (1, 'free'), (2, 'pro')",
          "INSERT INTO mt.orders VALUES (1, 1), (2, 2), (3, 2), (4, 2)")) {
        statement.execute(sql);
      }
    }
  }

  private static CliRun query(String... options) {
    List<String> args = new ArrayList<>(List.of("--catalog", CATALOG, "--jdbc-url", duckUrl, "query",
        "--metrics", "mt.order_count", "--format", "csv"));
    args.addAll(List.of(options));
    return CliRun.run(directory, args.toArray(String[]::new));
  }

  @Test
  void aTenantReadsItsOwnRowsOnly() {
    assertEquals("mt.order_count\n3\n", query("--tenant", "2").succeeded());
    assertEquals("mt.order_count\n1\n", query("--tenant", " 1 ").succeeded());
    assertEquals("mt.order_count\n0\n", query("--tenant", "7").succeeded());
  }

  @Test
  void withoutATenantEveryTenantIsRead() {
    assertEquals("mt.order_count\n4\n", query().succeeded());
    assertEquals("mt.account.plan,mt.order_count\nfree,1\npro,3\n",
        query("--dimensions", "mt.account.plan", "--order-by", "mt.account.plan").succeeded());
  }

  @Test
  void theSqlOfATenantsQueryBindsTheTenant() {
    String sql = CliRun.run(directory, "--catalog", CATALOG, "sql", "--metrics", "mt.order_count", "--tenant", "2")
        .succeeded();
    assertTrue(sql.contains("where \"orders\".\"account_id\" = cast(? as int)"), sql);
  }

  @Test
  void aTenantThatIsNoWholeNumberIsOneLine() {
    String err = query("--tenant", "x").failed(2);
    assertTrue(err.contains("--tenant takes a value of the tenant key account_id, a whole number from -2147483648 to"
        + " 2147483647, not 'x'"), err);
    assertTrue(query("--tenant", "99999999999").failed(2).contains("not '99999999999'"));
    assertTrue(query("--tenant", "").failed(2).contains("not ''"));
  }

  @Test
  void aModelWithoutATenantKeyTakesNoTenant() {
    String err = CliRun.run(directory, "--catalog", "dev.grainline.cli.tiny.TinyCatalog", "sql", "--metrics",
        "tiny.revenue", "--tenant", "1").failed(2);
    assertTrue(err.contains("--tenant: model TinyCatalog declares no tenant key, so its rows belong to no tenant;"
        + " leave --tenant out"), err);
  }
}
