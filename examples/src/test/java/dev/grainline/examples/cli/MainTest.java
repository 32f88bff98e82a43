package dev.grainline.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.grainline.examples.TestDatabases;
import dev.grainline.examples.data.DemoDatabase;
import dev.grainline.examples.data.SampleData;
import dev.grainline.runtime.Dialect;
import dev.grainline.testing.TestTrino;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line, run in process: every error path and the happy paths. Queries run on the toy data (known
 * answers), loaded into a DuckDB file, into the local PostgreSQL and into the tests' Trino server.
 */
class MainTest {
  private static final String PG_SCHEMA = "examples_cli";
  private static final String PG_TOY_SCHEMA = "examples_cli_toy";
  private static final String PG_VERIFY_SCHEMA = "examples_cli_verify";

  @TempDir
  static Path directory;

  private static Path demo;
  private static String toyUrl;

  @BeforeAll
  static void loadToyData() {
    demo = directory.resolve("cache/demo.duckdb");
    toyUrl = TestDatabases.duckdbUrl(directory.resolve("toy.duckdb"));
    run("store", "load", "--toy", "--jdbc-url", toyUrl).succeeded();
  }

  @AfterAll
  static void dropPostgresSchemas() throws SQLException {
    try (Connection connection = TestDatabases.postgres(); Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE");
      statement.execute("DROP SCHEMA IF EXISTS " + PG_TOY_SCHEMA + " CASCADE");
      statement.execute("DROP SCHEMA IF EXISTS " + PG_VERIFY_SCHEMA + " CASCADE");
    }
  }

  static CliRun run(String... args) {
    return CliRun.run(demo, args);
  }

  /** {@code store query} on the toy DuckDB file with these options. */
  static CliRun queryToy(String... options) {
    List<String> args = new ArrayList<>(List.of("store", "query", "--jdbc-url", toyUrl));
    args.addAll(List.of(options));
    return run(args.toArray(String[]::new));
  }

  @Nested
  class Load {
    @Test
    void intoADuckDbFile() throws SQLException {
      Path file = directory.resolve("loaded.duckdb");
      String out = run("store", "load", "--jdbc-url", TestDatabases.duckdbUrl(file)).succeeded();
      assertTrue(out.startsWith("loaded sample data v2: seed 20231115, 6000 orders, 500 customers, 30000 page views"
          + " into schema v3 of jdbc:duckdb:"), out);
      assertTrue(out.contains("  orders            6,000 rows"), out);
      assertTrue(out.contains("  page_views       30,000 rows"), out);
      try (Connection connection = TestDatabases.duckdb(file)) {
        assertEquals(6_000, count(connection, "SELECT count(*) FROM v3.orders"));
        assertEquals(Optional.empty(), DemoDatabase.loadedVersion(connection), "no demo marker outside the demo");
      }
    }

    @Test
    void intoTheLocalPostgres() throws SQLException {
      String out = run("store", "load", "--jdbc-url", TestDatabases.postgresUrl(), "--schema", PG_SCHEMA,
          "--orders", "1000").succeeded();
      assertTrue(out.contains("1000 orders") && out.contains("into schema " + PG_SCHEMA), out);
      try (Connection connection = TestDatabases.postgres()) {
        assertEquals(1_000, count(connection, "SELECT count(*) FROM " + PG_SCHEMA + ".orders"));
        assertEquals(SampleData.withOrders(1_000).orderItems().count(),
            count(connection, "SELECT count(*) FROM " + PG_SCHEMA + ".order_items"));
      }
    }

    @Test
    void intoTheDemoDatabase() throws SQLException {
      Path file = directory.resolve("other-cache/demo.duckdb");
      String out = CliRun.run(file, "store", "load", "--toy").succeeded();
      assertTrue(out.startsWith("loaded toy data"), out);
      try (Connection connection = TestDatabases.duckdb(file)) {
        assertEquals(Optional.of(SampleData.VERSION), DemoDatabase.loadedVersion(connection));
        assertEquals(6, count(connection, "SELECT count(*) FROM v3.orders"));
      }
    }

    @Test
    void toyAndOrdersDoNotMix() {
      String err = run("store", "load", "--toy", "--orders", "10", "--jdbc-url", toyUrl).failed(2);
      assertTrue(err.startsWith("--toy and --orders cannot be combined"), err);
    }

    @Test
    void ordersMustBePositive() {
      assertTrue(run("store", "load", "--orders", "0").failed(2).startsWith("--orders must be at least 1"));
    }

    @Test
    void databaseDown() {
      String url = "jdbc:postgresql://127.0.0.1:" + TestDatabases.closedPort() + "/test?user=root";
      assertEquals("error: cannot reach the database at " + url + ": connection refused\n",
          run("store", "load", "--jdbc-url", url).failed(3));
    }
  }

  @Nested
  class Query {
    @Test
    void csv() {
      assertEquals("""
          v3.product.category,v3.total_revenue,v3.order_count
          Books,80,2
          Electronics,3000,5
          """, queryToy("--metrics", "v3.total_revenue,v3.order_count", "--dimensions", "v3.product.category",
          "--order-by", "v3.product.category", "--format", "csv").succeeded());
    }

    @Test
    void table() {
      assertEquals("""
           v3.product.category | v3.total_revenue | v3.order_count
          ---------------------+------------------+----------------
           Books               |            80.00 |              2
           Electronics         |         3,000.00 |              5
          (2 rows)
          """, queryToy("--metrics", "v3.total_revenue,v3.order_count", "--dimensions", "v3.product.category",
          "--order-by", "v3.product.category").succeeded());
    }

    @Test
    void json() throws IOException {
      String out = queryToy("--metrics", "v3.conversion_rate, v3.visitor_count", "--dimensions",
          "v3.product.category", "--order-by", "v3.product.category", "--format", "JSON").succeeded();
      List<Map<String, Object>> rows = parseJson(out);
      assertEquals(List.of(
          Map.of("v3.product.category", "Books", "v3.conversion_rate", 2, "v3.visitor_count", 1),
          Map.of("v3.product.category", "Electronics", "v3.conversion_rate", 1.6666666666666667,
              "v3.visitor_count", 3)), rows);
      assertEquals(List.of("v3.product.category", "v3.conversion_rate", "v3.visitor_count"),
          List.copyOf(rows.get(0).keySet()), "keys in the requested order, as requested");
    }

    @Test
    void headerIsTheRequestedNames() {
      assertEquals("""
          v3.location.country[customer->home],v3.total_revenue
          UK,2020
          US,1060
          """, queryToy("--metrics", "v3.total_revenue", "--dimensions", "v3.location.country[customer->home]",
          "--order-by", "v3.location.country[customer->home]", "--format", "csv").succeeded());
    }

    @Test
    void whereHavingOrderByAndLimit() {
      assertEquals("""
          v3.product.category,v3.total_revenue
          Electronics,3000
          """, queryToy("--metrics", "v3.total_revenue", "--dimensions", "v3.product.category",
          "--where", "v3.date.year[order] >= 2024", "--having", "v3.total_revenue > 50",
          "--order-by", "v3.total_revenue desc", "--limit", "1", "--format", "csv").succeeded());
    }

    @Test
    void offsetPagesThroughTheOrderedRows() {
      String[] all = queryToy("--metrics", "v3.total_revenue", "--dimensions", "v3.product.category",
          "--order-by", "v3.total_revenue desc", "--format", "csv").succeeded().split("\n");
      assertEquals(3, all.length, String.join("\n", all));
      assertEquals(all[0] + "\n" + all[2] + "\n", queryToy("--metrics", "v3.total_revenue",
          "--dimensions", "v3.product.category", "--order-by", "v3.total_revenue desc", "--offset", "1",
          "--limit", "5", "--format", "csv").succeeded());
      assertEquals(all[0] + "\n", queryToy("--metrics", "v3.total_revenue", "--dimensions",
          "v3.product.category", "--offset", "2", "--format", "csv").succeeded());
      assertTrue(queryToy("--metrics", "v3.total_revenue", "--offset", "-1").failed(2)
          .startsWith("--offset must be at least 0, but was -1\nUsage:"));
    }

    @Test
    void aReadOnlyUrlOpensTheFileAndCreatesNoOther() throws IOException {
      for (String options : List.of("?duckdb.read_only=true", ";duckdb.read_only=true", "?access_mode=READ_ONLY")) {
        assertEquals("v3.total_revenue\n3080\n", run("store", "query", "--jdbc-url", toyUrl + options,
            "--metrics", "v3.total_revenue", "--format", "csv").succeeded(), options);
      }
      try (var files = Files.list(directory)) {
        assertEquals(List.of(), files.map(f -> f.getFileName().toString()).filter(n -> n.contains("?")).toList(),
            "a stray file named after the options");
      }
    }

    @Test
    void loadThroughAReadOnlyUrlIsRefused() {
      String err = run("store", "load", "--toy", "--jdbc-url", toyUrl + "?duckdb.read_only=true").failed(3);
      assertTrue(err.contains("read-only"), err);
    }

    @Test
    void noDimensions() {
      assertEquals("v3.total_revenue\n3080\n",
          queryToy("--metrics", "v3.total_revenue", "--format", "csv").succeeded());
    }

    @Test
    void onTheLocalPostgres() throws SQLException {
      run("store", "load", "--toy", "--jdbc-url", TestDatabases.postgresUrl(), "--schema", PG_TOY_SCHEMA)
          .succeeded();
      assertEquals("""
          v3.order_details.status,v3.total_revenue,v3.avg_unit_price
          completed,2580,340
          pending,500,500
          """, run("store", "query", "--jdbc-url", TestDatabases.postgresUrl(), "--schema", PG_TOY_SCHEMA,
          "--metrics", "v3.total_revenue,v3.avg_unit_price", "--dimensions", "v3.order_details.status",
          "--order-by", "v3.order_details.status", "--format", "csv").succeeded());
    }

    @Test
    void demoDatabaseLoadsOnFirstUse() throws SQLException {
      Path file = directory.resolve("first-use/demo.duckdb");
      CliRun first = CliRun.run(file, "store", "query", "--metrics", "v3.total_revenue,v3.total_quantity",
          "--dimensions", "v3.product.category", "--format", "csv");
      assertEquals(0, first.status(), first.err());
      assertEquals("loading the sample data into jdbc:duckdb:" + file.toAbsolutePath() + " (first use)\n",
          first.err());
      List<String> lines = first.out().lines().toList();
      assertEquals("v3.product.category,v3.total_revenue,v3.total_quantity", lines.get(0));
      assertEquals(10, lines.size(), "8 categories and NULL: " + lines);
      assertTrue(lines.stream().anyMatch(l -> l.matches(",\\d+(\\.\\d+)?,\\d+")), "NULL is an empty field");
      assertTrue(lines.stream().anyMatch(l -> l.startsWith("Collectibles,")));
      assertFalse(first.out().matches("(?s).*\\d[eE][-+]?\\d.*"), "no scientific notation");
      try (Connection connection = TestDatabases.duckdb(file)) {
        assertEquals(Optional.of(SampleData.VERSION), DemoDatabase.loadedVersion(connection));
      }
      String again = CliRun.run(file, "store", "query", "--metrics", "v3.order_count", "--format", "csv")
          .succeeded();
      assertEquals("v3.order_count\n6000\n", again);
    }

    @Test
    void helpIsNoError() {
      assertTrue(run("store", "query", "--help").succeeded().startsWith("Usage: grainline-examples store query"));
    }
  }

  @Nested
  class Listing {
    @Test
    void metricsWithWhatTheyReachDimensionsAndNamedQueries() {
      String out = run("store", "list").succeeded();
      assertTrue(out.startsWith("model StoreCatalog, namespace v3: 53 metrics, 7 entities with 27 attributes,"
          + " 4 named queries\n"), out);
      assertTrue(out.contains("\n  v3.total_revenue (double, USD)  Revenue: quantity times unit price, summed over"
          + " order lines.\n      by v3.customer, v3.date, v3.location, v3.order_details, v3.product\n"), out);
      assertTrue(out.contains("\n  v3.conversion_rate (double)  Orders per visiting customer (orders and page views"
          + " are different facts).\n      by v3.customer, v3.date, v3.location, v3.product\n"),
          "a metric of two facts reaches what both reach: " + out);
      assertTrue(out.contains("\n  v3.product\n    v3.product.product_id (integer, key)\n"), out);
      assertTrue(out.contains("\nnamed queries:\n  v3.revenue_by_category\n"), out);
      assertTrue(out.contains("\n  v3.revenue_by_category_in_year (year Integer, status String, min_revenue Double)\n"),
          out);
    }
  }

  @Nested
  class SqlAndExplain {
    @Test
    void sqlInEveryDialect() {
      for (String dialect : List.of("postgres", "duckdb", "DuckDB", "trino")) {
        String sql = run("store", "sql", "--dialect", dialect, "--metrics", "v3.total_revenue", "--dimensions",
            "v3.product.category", "--where", "v3.product.category = 'Books'").succeeded();
        assertTrue(sql.contains("\"v3\".\"order_items\"") && sql.contains("\"v3\".\"products\""), sql);
        assertTrue(sql.endsWith("-- bind values: [Books]\n"), sql);
      }
      assertTrue(run("store", "sql", "--dialect", "postgres", "--metrics", "v3.total_revenue").succeeded()
          .contains("double precision"));
    }

    @Test
    void sqlReadsAnotherSchema() {
      String sql = run("store", "sql", "--metrics", "v3.page_view_count", "--schema", "v3_toy").succeeded();
      assertTrue(sql.contains("\"v3_toy\".\"page_views\""), sql);
      assertFalse(sql.contains("\"v3\"."), sql);
    }

    @Test
    void explain() {
      String plan = run("store", "explain", "--metrics", "v3.total_revenue,v3.page_view_count", "--dimensions",
          "v3.product.category").succeeded();
      assertTrue(plan.contains("grain group") && plan.contains("v3.order_details")
          && plan.contains("v3.page_views_enriched"), plan);
      assertTrue(plan.contains("select"), plan);
    }
  }

  /** Every error: one message on standard error, no stack trace, and the documented exit status. */
  @Nested
  class Errors {
    @Test
    void unknownMetricWithDidYouMean() {
      String err = queryToy("--metrics", "v3.total_revenu").failed(2);
      assertTrue(err.startsWith("error: metrics, column 1: [GrainlineUnknownReference] v3.total_revenu: no such"
          + " metric; did you mean v3.total_revenue?\n"), err);
      assertTrue(err.contains("\n  v3.total_revenu\n  ^~~~~~~~~~~~~~~\n"), err);
      assertEquals(err, run("store", "sql", "--metrics", "v3.total_revenu").failed(2), "sql says the same");
    }

    @Test
    void everyProblemIsReported() {
      String err = queryToy("--metrics", "v3.total_revenu,v3.order_cnt").failed(2);
      assertTrue(err.contains("did you mean v3.total_revenue?") && err.contains("did you mean v3.order_count?"),
          err);
    }

    @Test
    void unknownDimension() {
      String err = queryToy("--metrics", "v3.total_revenue", "--dimensions", "v3.product.categry").failed(2);
      assertTrue(err.startsWith("error: dimensions, column 1: [GrainlineUnknownReference] v3.product.categry"), err);
      assertTrue(err.contains("did you mean v3.product.category"), err);
      assertTrue(err.contains("\n  v3.product.categry\n  ^~~~"), err);
    }

    @Test
    void malformedFilterWithPosition() {
      String err = queryToy("--metrics", "v3.total_revenue", "--where", "v3.date.year[order] >= ").failed(2);
      assertTrue(err.startsWith("error: where, column 24: [GrainlineFilterSyntax]"), err);
      assertTrue(err.endsWith("\n  v3.date.year[order] >= \n                         ^\n"), err);
    }

    @Test
    void malformedOrderBy() {
      String err = run("store", "sql", "--metrics", "v3.total_revenue", "--order-by", "v3.total_revenue sideways")
          .failed(2);
      assertTrue(err.startsWith("error: order by, column "), err);
    }

    @Test
    void unreachableDimension() {
      String err = queryToy("--metrics", "v3.page_view_count", "--dimensions", "v3.order_details.status").failed(2);
      assertTrue(err.startsWith("error: dimensions, column 1: [GrainlineNoJoinPath] v3.order_details.status is not"
          + " reachable from v3.page_views_enriched"), err);
    }

    @Test
    void unknownFormat() {
      String err = queryToy("--metrics", "v3.total_revenue", "--format", "xml").failed(2);
      assertTrue(err.startsWith("Invalid value for option '--format': expected one of [TABLE, CSV, JSON, JSONL]"
          + " (case-insensitive) but was 'xml'\nUsage: grainline-examples store query"), err);
    }

    @Test
    void badLimit() {
      assertTrue(queryToy("--metrics", "v3.total_revenue", "--limit", "0").failed(2)
          .startsWith("--limit must be at least 1, but was 0\nUsage:"));
      assertTrue(queryToy("--metrics", "v3.total_revenue", "--limit", "-3").failed(2)
          .startsWith("--limit must be at least 1, but was -3\nUsage:"));
      assertTrue(queryToy("--metrics", "v3.total_revenue", "--limit", "ten").failed(2)
          .startsWith("Invalid value for option '--limit': 'ten' is not a long\nUsage:"));
    }

    @Test
    void badDialect() {
      String err = run("store", "sql", "--metrics", "v3.total_revenue", "--dialect", "mysql").failed(2);
      assertTrue(err.startsWith("Invalid value for option '--dialect': expected one of postgres, duckdb, trino but"
          + " was 'mysql'\nUsage: grainline-examples store sql"), err);
    }

    @Test
    void missingMetrics() {
      assertTrue(run("store", "query").failed(2).startsWith("Missing required option: '--metrics=METRIC,...'"));
      assertTrue(run("store", "sql", "--metrics", " , ").failed(2).startsWith("--metrics names no metric"));
      assertTrue(run("store", "explain", "--dimensions", "v3.product.category").failed(2)
          .startsWith("Missing required option: '--metrics=METRIC,...'"));
    }

    @Test
    void missingOrUnknownCommand() {
      assertTrue(run().failed(2).startsWith("Missing required subcommand\nUsage: grainline-examples"));
      assertTrue(run("store").failed(2).startsWith("Missing required subcommand\nUsage: grainline-examples store"));
      assertTrue(run("store", "drop").failed(2).startsWith("Unmatched argument at index 1: 'drop'"));
      assertTrue(run("store", "query", "--metrics", "v3.total_revenue", "--colour").failed(2)
          .startsWith("Unknown option: '--colour'"));
    }

    @Test
    void inMemoryDuckDbIsRefused() {
      for (String url : new String[] {"jdbc:duckdb:", "jdbc:duckdb::memory:"}) {
        String err = run("store", "query", "--metrics", "v3.total_revenue", "--jdbc-url", url).failed(2);
        assertTrue(err.startsWith("--jdbc-url " + url + ": an in-memory DuckDB database is empty in every new"
            + " connection"), err);
      }
    }

    @Test
    void unsupportedJdbcUrl() {
      String err = run("store", "query", "--metrics", "v3.total_revenue", "--jdbc-url",
          "jdbc:mysql://localhost/shop?user=me&password=hunter2").failed(2);
      assertTrue(err.startsWith("--jdbc-url jdbc:mysql://localhost/shop?user=me&password=***: Grainline runs on"
          + " PostgreSQL (jdbc:postgresql://...), DuckDB (jdbc:duckdb:/path/file.duckdb) and Trino"
          + " (jdbc:trino://host:port/catalog?user=...)\n"), err);
      assertFalse(err.contains("hunter2"));
    }

    @Test
    void badSchemaName() {
      assertTrue(run("store", "load", "--schema", "v3; DROP TABLE x").failed(2)
          .startsWith("--schema: schema name 'v3; DROP TABLE x' is not a plain identifier"));
    }

    @Test
    void databaseDown() {
      String url = "jdbc:postgresql://127.0.0.1:" + TestDatabases.closedPort() + "/test?user=root&password=secret";
      String err = run("store", "query", "--metrics", "v3.total_revenue", "--jdbc-url", url).failed(3);
      assertEquals("error: cannot reach the database at " + url.replace("secret", "***") + ": connection refused\n",
          err);
    }

    @Test
    void trinoDown() {
      // Trino's driver opens connections without asking the server: nothing answering shows in the first statement.
      String url = "jdbc:trino://127.0.0.1:" + TestDatabases.closedPort() + "/memory?user=me";
      assertEquals("error: the database at " + url + " failed to run the query: connection refused\n",
          run("store", "query", "--metrics", "v3.total_revenue", "--jdbc-url", url).failed(3));
    }

    @Test
    void aCatalogIsForTrino() {
      assertTrue(run("store", "load", "--toy", "--jdbc-url", toyUrl, "--schema", "v3=toy.v3").failed(2)
          .startsWith("--schema: toy.v3 names a catalog, which load supports on Trino; on duckdb, map v3 to a"
              + " schema of the database, as in v3=v3\n"));
    }

    @Test
    void unknownHost() {
      String err = run("store", "query", "--metrics", "v3.total_revenue", "--jdbc-url",
          "jdbc:postgresql://no-such-host.invalid/test").failed(3);
      assertEquals("error: cannot reach the database at jdbc:postgresql://no-such-host.invalid/test: unknown host"
          + " no-such-host.invalid\n", err);
    }

    @Test
    void databaseWithoutTheTablesHintsAtLoad() throws SQLException {
      Path file = directory.resolve("empty.duckdb");
      try (Connection created = TestDatabases.duckdb(file)) {
        assertTrue(created.isValid(1));
      }
      String url = TestDatabases.duckdbUrl(file);
      String err = run("store", "query", "--metrics", "v3.total_revenue", "--jdbc-url", url).failed(3);
      assertTrue(err.startsWith("error: the database at " + url + " failed to run the query: "), err);
      assertTrue(err.endsWith("; run store load to create the store's tables and load the sample data\n"), err);
      assertEquals(1, err.lines().count(), err);
    }

    @Test
    void postgresWithoutTheSchemaHintsAtLoad() {
      String err = run("store", "query", "--metrics", "v3.total_revenue", "--jdbc-url", TestDatabases.postgresUrl(),
          "--schema", "examples_cli_never_loaded").failed(3);
      assertTrue(err.contains("relation \"examples_cli_never_loaded.orders\" does not exist; run store load"),
          err);
      assertEquals(1, err.lines().count(), err);
    }

    @Test
    void aMissingDuckDbFileIsAnErrorNotANewEmptyDatabase() {
      Path file = directory.resolve("no-such.duckdb");
      String url = TestDatabases.duckdbUrl(file);
      for (String command : List.of("query", "verify-schema")) {
        List<String> args = new ArrayList<>(List.of("store", command, "--jdbc-url", url));
        if (command.equals("query")) {
          args.addAll(List.of("--metrics", "v3.total_revenue"));
        }
        String err = run(args.toArray(String[]::new)).failed(3);
        assertEquals("error: cannot reach the database at " + url + ": there is no DuckDB database file " + file
            + " (DuckDB would create an empty one; check the path, or create and load the database first)\n", err);
      }
      assertFalse(Files.exists(file), "no file created");
    }

    @Test
    void demoDatabaseThatCannotBeCreated() throws IOException {
      Path blocker = Files.writeString(directory.resolve("not-a-directory"), "");
      String err = CliRun.run(blocker.resolve("demo.duckdb"), "store", "query", "--metrics", "v3.total_revenue")
          .failed(3);
      assertTrue(err.startsWith("error: cannot reach the database at jdbc:duckdb:" + blocker
          + "/demo.duckdb: cannot create directory"), err);
    }
  }

  /**
   * The toy data loaded into the memory catalog of the tests' Trino server, and queried there, read through a
   * catalog-qualified --schema and through the URL's catalog. Where TestTrino leaves Trino out (a JDK that cannot
   * run it, without -Ptrino), each test checks instead that it was left out with a reason: never a skip.
   */
  @Nested
  class OnTrino {
    private static final String SCHEMA = "examples_cli_toy";
    private static final String BY_STATUS = """
        v3.order_details.status,v3.total_revenue,v3.avg_unit_price
        completed,2580,340
        pending,500,500
        """;

    /** The server's URL without its catalog, so that only --schema can say where the tables are. */
    private static String withoutCatalog(String url) {
      String bare = url.replaceFirst("/" + TestTrino.CATALOG + "/[^/?]+\\?", "?");
      assertFalse(bare.equals(url) || bare.contains("/" + TestTrino.CATALOG), url);
      return bare;
    }

    private CliRun byStatus(String url, String schema) {
      return run("store", "query", "--jdbc-url", url, "--schema", schema, "--metrics",
          "v3.total_revenue,v3.avg_unit_price", "--dimensions", "v3.order_details.status", "--order-by",
          "v3.order_details.status", "--format", "csv");
    }

    @Test
    void loadThenQueryAndVerify() {
      TestTrino.onServer(this::loadThenQueryAndVerify);
    }

    private void loadThenQueryAndVerify(String url) {
      String bare = withoutCatalog(url);
      String qualified = "v3=" + TestDatabases.schema(Dialect.TRINO, SCHEMA);
      String loaded = run("store", "load", "--toy", "--jdbc-url", bare, "--schema", qualified).succeeded();
      assertTrue(loaded.startsWith("loaded toy data of datajunction.md §3.3 into schema memory." + SCHEMA + " of "
          + bare + "\n"), loaded);

      assertEquals(BY_STATUS, byStatus(bare, qualified).succeeded());
      assertEquals(BY_STATUS, byStatus(url, SCHEMA).succeeded(), "the URL's catalog and a plain schema");
      assertEquals(BY_STATUS, byStatus(toyUrl, "v3").succeeded(), "the same on DuckDB");

      String verified = run("store", "verify-schema", "--jdbc-url", bare, "--schema", qualified).succeeded();
      assertTrue(verified.startsWith("model StoreCatalog matches Trino database ")
          && verified.endsWith(": 8 tables, 42 columns checked\n"), verified);
    }

    @Test
    void whereTheTablesAreNot() {
      TestTrino.onServer(this::whereTheTablesAreNot);
    }

    private void whereTheTablesAreNot(String url) {
      String err = byStatus(url, "examples_cli_never_loaded").failed(3);
      assertTrue(err.contains("does not exist; run store load"), err);
      assertEquals(1, err.lines().count(), err);
      assertTrue(run("store", "load", "--toy", "--jdbc-url", withoutCatalog(url), "--schema", SCHEMA).failed(2)
          .startsWith("--jdbc-url " + withoutCatalog(url) + " names no catalog: say which one the schema is in, as"
              + " in --schema v3=memory." + SCHEMA + " or jdbc:trino://host:port/memory\n"));
    }
  }

  @Nested
  class VerifySchema {
    @Test
    void aLoadedDuckDbFileMatchesTheModel() {
      assertEquals("model StoreCatalog matches DuckDB database toy: 8 tables, 42 columns checked\n",
          run("store", "verify-schema", "--jdbc-url", toyUrl).succeeded());
    }

    @Test
    void aLoadedPostgresSchemaMatchesTheModel() {
      run("store", "load", "--toy", "--jdbc-url", TestDatabases.postgresUrl(), "--schema", PG_VERIFY_SCHEMA)
          .succeeded();
      String out = run("store", "verify-schema", "--jdbc-url", TestDatabases.postgresUrl(), "--schema",
          PG_VERIFY_SCHEMA).succeeded();
      assertTrue(out.startsWith("model StoreCatalog matches PostgreSQL database ")
          && out.endsWith(": 8 tables, 42 columns checked\n"), out);
    }

    @Test
    void everyMismatchIsAnErrorAtOnce() throws SQLException {
      Path file = directory.resolve("altered.duckdb");
      String url = TestDatabases.duckdbUrl(file);
      run("store", "load", "--toy", "--jdbc-url", url).succeeded();
      try (Connection connection = TestDatabases.duckdb(file); Statement statement = connection.createStatement()) {
        statement.execute("ALTER TABLE v3.locations RENAME TO location");
        statement.execute("ALTER TABLE v3.orders RENAME COLUMN status TO state");
        statement.execute("ALTER TABLE v3.order_items ALTER quantity TYPE DOUBLE");
      }
      assertEquals("""
          error: model StoreCatalog does not match DuckDB database altered: 3 mismatches in 8 tables, 42 columns
            [GrainlineSchemaTable] table v3.locations is not in the database (read by dimension v3.location at \
          Location); did you mean v3.location?
            [GrainlineSchemaColumn] column status is not in the database's table v3.orders (read by attribute \
          v3.order_details.status at OrderDetails.STATUS, metric v3.completed_order_revenue at \
          OrderDetails.COMPLETED_ORDER_REVENUE); did you mean state?
            [GrainlineSchemaType] column quantity of v3.order_items is declared with intCol (integer) but the \
          database's column is DOUBLE (read by metric v3.total_revenue at OrderDetails.TOTAL_REVENUE, metric \
          v3.total_quantity at OrderDetails.TOTAL_QUANTITY, metric v3.top_product_by_revenue at \
          OrderDetails.TOP_PRODUCT_BY_REVENUE, metric v3.first_product_when_any_quantity at \
          OrderDetails.FIRST_PRODUCT_WHEN_ANY_QUANTITY, metric v3.completed_order_revenue at \
          OrderDetails.COMPLETED_ORDER_REVENUE); intCol reads tinyint, smallint, integer, utinyint, usmallint \
          columns; declare it with doubleCol
          """, run("store", "verify-schema", "--jdbc-url", url).failed(2));
    }

    @Test
    void theDemoDatabaseBeforeItIsLoadedHasNoSchema() {
      String err = CliRun.run(directory.resolve("never-loaded/demo.duckdb"), "store", "verify-schema").failed(2);
      assertTrue(err.startsWith("error: model StoreCatalog does not match DuckDB database demo: 8 mismatches"), err);
      assertTrue(err.contains("; the database has no schema v3"), err);
    }

    @Test
    void databaseDown() {
      String url = "jdbc:postgresql://127.0.0.1:" + TestDatabases.closedPort() + "/test?user=root";
      assertEquals("error: cannot reach the database at " + url + ": connection refused\n",
          run("store", "verify-schema", "--jdbc-url", url).failed(3));
    }
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** An array of flat objects, numbers as Integer, Long or Double, keys in document order. */
  private static List<Map<String, Object>> parseJson(String json) throws IOException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      assertEquals(JsonToken.START_ARRAY, parser.nextToken());
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        Map<String, Object> row = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          JsonToken value = parser.nextToken();
          row.put(name, switch (value) {
            case VALUE_NUMBER_INT -> parser.getNumberValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_NULL -> "null";
            default -> parser.getText();
          });
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
