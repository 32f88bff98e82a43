package dev.grainline.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.examples.TestDatabases;
import dev.grainline.examples.spectrum.SpectrumOracle;
import dev.grainline.examples.spectrum.data.SpectrumData;
import dev.grainline.examples.spectrum.data.SpectrumDemoDatabase;
import dev.grainline.examples.spectrum.data.SpectrumTable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spectrum load} and {@code spectrum query}, run in-process as the examples' command line runs them: a
 * thousand events loaded into a DuckDB file, queried for one account and for all, against the oracle's plain-Java
 * computation over the same generated rows.
 */
class SpectrumCliTest {
  private static final int TENANT = 3;

  @TempDir
  static Path directory;

  private static String url;
  private static SpectrumOracle oracle;

  @BeforeAll
  static void loadAThousandEvents() {
    url = TestDatabases.duckdbUrl(directory.resolve("spectrum.duckdb"));
    String out = run("spectrum", "load", "--jdbc-url", url, "--events", "1000").succeeded();
    assertTrue(out.startsWith("loaded spectrum data v1: seed " + SpectrumData.DEFAULT_SEED
        + ", 1000 events into schema warehouse of " + url + "\n"), out);
    assertTrue(out.contains("  fact_events           1,000 rows\n"), out);
    oracle = new SpectrumOracle(SpectrumData.generate(SpectrumData.DEFAULT_SEED, 1_000));
  }

  private static CliRun run(String... args) {
    return CliRun.run(directory.resolve("store-demo.duckdb"), args);
  }

  private static CliRun query(String... options) {
    List<String> args = new ArrayList<>(List.of("spectrum", "query", "--jdbc-url", url, "--format", "csv"));
    args.addAll(List.of(options));
    return run(args.toArray(String[]::new));
  }

  /** CSV lines of oracle rows: NULL an empty field, dates ISO, sorted as the query's order by sorts them. */
  private static String csv(String header, List<List<Object>> rows) {
    // The first column is a date or a string: their text sorts as they do.
    Comparator<List<Object>> byFirst = Comparator.comparing(r -> r.get(0) == null ? null : r.get(0).toString(),
        Comparator.nullsLast(Comparator.<String>naturalOrder()));
    return header + "\n" + rows.stream().sorted(byFirst)
        .map(r -> r.stream().map(v -> v == null ? "" : v.toString()).collect(Collectors.joining(",")) + "\n")
        .collect(Collectors.joining());
  }

  @Test
  void loadsTheEventsAskedForWithTheirSeed() throws SQLException {
    Path file = directory.resolve("seed7.duckdb");
    String out = run("spectrum", "load", "--jdbc-url", TestDatabases.duckdbUrl(file), "--events", "1000", "--seed",
        "7").succeeded();
    SpectrumData data = SpectrumData.generate(7, 1_000);
    assertTrue(out.startsWith("loaded spectrum data v1: seed 7, 1000 events into schema warehouse of "), out);
    try (Connection connection = TestDatabases.duckdb(file)) {
      for (SpectrumTable table : SpectrumTable.values()) {
        assertEquals(data.rows(table).count(), count(connection, "warehouse." + table.tableName()), table.tableName());
      }
      // The seed is the one asked for: the first event is seed 7's, not the default seed's.
      assertEquals(data.events().findFirst().orElseThrow().properties(),
          string(connection, "SELECT properties::VARCHAR FROM warehouse.fact_events WHERE event_id = 1"));
      assertEquals(Optional.empty(), SpectrumDemoDatabase.loadedVersion(connection), "no demo marker outside it");
    }
  }

  @Test
  void aNegativeEventCountIsAUsageError() {
    String err = run("spectrum", "load", "--jdbc-url", url, "--events", "-1").failed(2);
    assertTrue(err.contains("--events must be at least 0, but was -1"), err);
  }

  @Test
  void anUnreachableDatabaseIsADatabaseFailure() {
    String down = "jdbc:postgresql://127.0.0.1:" + TestDatabases.closedPort() + "/x?user=x";
    assertEquals("error: cannot reach the database at " + down + ": connection refused\n",
        run("spectrum", "load", "--jdbc-url", down, "--events", "10").failed(3));
  }

  @Test
  void activeUsersByWeekOfOneTenantEqualPlainJava() {
    String expected = csv("spectrum.events.week,spectrum.active_users", oracle.activeUsersAndRevenueBy(
        SpectrumOracle.Event::week, a -> a == TENANT).stream().map(r -> r.subList(0, 2)).toList());
    assertEquals(expected, query("--metrics", "spectrum.active_users", "--dimensions", "spectrum.events.week",
        "--tenant", String.valueOf(TENANT), "--order-by", "spectrum.events.week").succeeded());
    // Another account's weeks are other numbers: the binding reads account 3's rows only.
    assertNotEquals(expected, query("--metrics", "spectrum.active_users", "--dimensions", "spectrum.events.week",
        "--tenant", "4", "--order-by", "spectrum.events.week").succeeded());
  }

  /** Header as requested, NULL an empty field (events without a currency; currencies without amounts). */
  @Test
  void revenueByCurrencyFollowsTheCsvConventions() {
    List<List<Object>> rows = oracle.activeUsersAndRevenueBy(SpectrumOracle.Event::currency, a -> a == TENANT)
        .stream().map(r -> List.<Object>of(Objects.toString(r.get(0), ""), Objects.toString(r.get(2), ""),
            r.get(1))).toList();
    String out = query("--metrics", "spectrum.revenue_cents,spectrum.active_users", "--dimensions",
        "spectrum.events.currency", "--tenant", String.valueOf(TENANT), "--order-by", "spectrum.events.currency")
        .succeeded();
    List<String> lines = out.lines().toList();
    assertEquals("spectrum.events.currency,spectrum.revenue_cents,spectrum.active_users", lines.get(0));
    assertEquals(rows.stream().map(r -> r.get(0) + "," + r.get(1) + "," + r.get(2)).sorted().toList(),
        lines.subList(1, lines.size()).stream().sorted().toList());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(",")), "the NULL currency is an empty field: " + lines);
  }

  @Test
  void retentionByFirstSeenWeekWithIsoDates() {
    String out = query("--metrics", "spectrum.cohort_users,spectrum.retained_w1", "--dimensions",
        "spectrum.user.first_seen_week", "--tenant", String.valueOf(TENANT), "--order-by",
        "spectrum.user.first_seen_week").succeeded();
    String expected = csv("spectrum.user.first_seen_week,spectrum.cohort_users,spectrum.retained_w1",
        oracle.retentionByFirstSeenWeek(a -> a == TENANT).stream().map(r -> r.subList(0, 3)).toList());
    assertEquals(expected, out);
    assertTrue(out.lines().skip(1).allMatch(l -> l.matches("\\d{4}-\\d{2}-\\d{2},\\d+,\\d+")), out);
  }

  @Test
  void withoutATenantEveryAccountIsReadAndUsersArePairs() {
    long pairs = oracle.events().stream().map(SpectrumOracle.Event::user).distinct().count();
    assertNotEquals(pairs, oracle.bareUserIds(), "the data has user ids in several accounts");
    assertEquals("spectrum.active_users\n" + pairs + "\n", query("--metrics", "spectrum.active_users").succeeded());
  }

  /** The error is its first line, whole, as every usage error's is (the command's usage follows it). */
  @Test
  void aTenantThatIsNoNumberIsAOneLineError() {
    String err = query("--metrics", "spectrum.active_users", "--tenant", "x").failed(2);
    assertEquals("--tenant takes a value of the tenant key account_id, a whole number from -2147483648 to"
        + " 2147483647, not 'x'", err.lines().findFirst().orElseThrow(), err);
    assertTrue(err.lines().skip(1).findFirst().orElseThrow().startsWith("Usage: grainline-examples spectrum query"),
        err);
  }

  @Test
  void theDemoDatabaseIsLoadedBySpectrumLoadAndQueriedWithoutAUrl() throws SQLException {
    Path home = directory.resolve("demo-home");
    Path storeDemo = home.resolve("store-demo.duckdb");
    String out = CliRun.run(storeDemo, "spectrum", "load", "--events", "1000").succeeded();
    Path demo = home.resolve(".cache/grainline/spectrum-demo.duckdb");
    assertTrue(out.contains("into schema warehouse of jdbc:duckdb:" + demo.toAbsolutePath()), out);
    try (Connection connection = TestDatabases.duckdb(demo)) {
      assertEquals(Optional.of(SpectrumData.VERSION), SpectrumDemoDatabase.loadedVersion(connection));
    }
    // Loaded, so the query does not load it again (succeeded(): nothing on stderr).
    String expected = csv("spectrum.events.week,spectrum.active_users", oracle.activeUsersAndRevenueBy(
        SpectrumOracle.Event::week, a -> a == TENANT).stream().map(r -> r.subList(0, 2)).toList());
    assertEquals(expected, CliRun.run(storeDemo, "spectrum", "query", "--metrics", "spectrum.active_users",
        "--dimensions", "spectrum.events.week", "--tenant", String.valueOf(TENANT), "--format", "csv",
        "--order-by", "spectrum.events.week").succeeded());
  }

  @Test
  void theDemoDatabaseLoadsTheDefaultDataOnFirstUse() {
    Path storeDemo = directory.resolve("first-use/store-demo.duckdb");
    Path demo = storeDemo.getParent().resolve(".cache/grainline/spectrum-demo.duckdb");
    CliRun first = CliRun.run(storeDemo, "spectrum", "query", "--metrics", "spectrum.event_count", "--tenant",
        String.valueOf(TENANT), "--format", "csv");
    assertEquals(0, first.status(), first.err());
    assertEquals("loading the Spectrum data into jdbc:duckdb:" + demo.toAbsolutePath() + " (first use)\n",
        first.err());
    long events = SpectrumData.standard().events().filter(e -> e.accountId() == TENANT).count();
    assertEquals("spectrum.event_count\n" + events + "\n", first.out());
  }

  private static long count(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String string(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
