package dev.grainline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.testing.StallingProxy;
import dev.grainline.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grainline --catalog ...}, run in process on the test model's catalog (dev.grainline.cli.tiny), whose data
 * is in a DuckDB file (schema tiny) and in the local PostgreSQL (schema cli_tiny, read through --schema).
 */
class GrainlineTest {
  private static final String CATALOG = "dev.grainline.cli.tiny.TinyCatalog";
  private static final String PG_SCHEMA = "cli_tiny";

  @TempDir
  static Path directory;

  private static String duckUrl;

  /** Three sales with a NULL, an empty and a comma-and-quote note; a region; a visit. */
  private static List<String> data(String schema) {
    return List.of(
        "DROP SCHEMA IF EXISTS " + schema + " CASCADE",
        "CREATE SCHEMA " + schema,
        "CREATE TABLE " + schema + ".regions (region_id INTEGER, name VARCHAR)",
        "CREATE TABLE " + schema + ".sales (sale_id INTEGER, region_id INTEGER, amount DOUBLE PRECISION, note VARCHAR)",
        "CREATE TABLE " + schema + ".visits (visit_id INTEGER)",
        "INSERT INTO " + schema + ".regions VALUES (1, 'North')",
        "INSERT INTO " + schema + ".sales VALUES (1, 1, 1000.5, NULL), (2, 1, 20, ''), (3, 1, 3, 'a, \"b\"')",
        "INSERT INTO " + schema + ".visits VALUES (1)");
  }

  private static void execute(Connection connection, List<String> statements) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  @BeforeAll
  static void loadData() throws SQLException {
    duckUrl = "jdbc:duckdb:" + directory.resolve("sales.duckdb");
    try (Connection duck = DriverManager.getConnection(duckUrl)) {
      execute(duck, data("tiny"));
    }
    try (Connection postgres = TestPostgres.connect()) {
      execute(postgres, data(PG_SCHEMA));
    }
  }

  @AfterAll
  static void dropPostgresSchema() throws SQLException {
    try (Connection postgres = TestPostgres.connect()) {
      execute(postgres, List.of("DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE"));
    }
  }

  static CliRun run(String... args) {
    return CliRun.run(directory, args);
  }

  static CliRun query(String... options) {
    List<String> args = new ArrayList<>(List.of("--catalog", CATALOG, "--jdbc-url", duckUrl, "query"));
    args.addAll(List.of(options));
    return run(args.toArray(String[]::new));
  }

  @Test
  void listShowsMetricsWithWhatTheyReachDimensionsAndQueries() {
    assertEquals("""
        model TinyCatalog, namespace tiny: 3 metrics, 3 entities with 5 attributes, 0 named queries

        metrics:
          tiny.revenue (double, EUR)  Revenue of the sales.
              by tiny.region, tiny.sales
          tiny.sale_count (bigint)
              by tiny.region, tiny.sales
          tiny.visit_count (bigint)
              by tiny.visits

        dimensions:
          tiny.region
            tiny.region.region_id (integer, key)
            tiny.region.name (text)
          tiny.sales
            tiny.sales.sale_id (integer, key)
            tiny.sales.note (text)  A free-text note: NULL, empty or text.
          tiny.visits
            tiny.visits.visit_id (integer, key)
        """, run("--catalog", CATALOG, "list").succeeded());
  }

  @Nested
  class Output {
    @Test
    void csvTellsNullFromTheEmptyString() {
      assertEquals("""
          tiny.sales.note,tiny.revenue
          ,1000.5
          "",20
          "a, ""b\"\"",3
          """, query("--metrics", "tiny.revenue", "--dimensions", "tiny.sales.note", "--order-by",
          "tiny.revenue desc", "--format", "csv").succeeded());
    }

    @Test
    void theTableTellsNullFromTheEmptyString() {
      assertEquals("""
           tiny.sales.note | tiny.revenue
          -----------------+--------------
           NULL            |     1,000.50
                           |        20.00
           a, "b"          |         3.00
          (3 rows)
          """, query("--metrics", "tiny.revenue", "--dimensions", "tiny.sales.note", "--order-by",
          "tiny.revenue desc").succeeded());
    }

    @Test
    void jsonLinesAreOneObjectPerRow() {
      assertEquals("""
          {"tiny.sales.note":null,"tiny.revenue":1000.5}
          {"tiny.sales.note":"","tiny.revenue":20}
          {"tiny.sales.note":"a, \\"b\\"","tiny.revenue":3}
          """, query("--metrics", "tiny.revenue", "--dimensions", "tiny.sales.note", "--order-by",
          "tiny.revenue desc", "--format", "jsonl").succeeded());
    }
  }

  @Nested
  class DuckDbFiles {
    @Test
    void queriesOpenTheFileReadOnly() throws SQLException {
      // DuckDB lets a process open a file again only with the same configuration: with a read-only connection
      // open, only a read-only one succeeds.
      Properties readOnly = new Properties();
      readOnly.setProperty("duckdb.read_only", "true");
      try (Connection reader = DriverManager.getConnection(duckUrl, readOnly)) {
        assertTrue(reader.isValid(1));
        assertEquals("tiny.sale_count\n3\n", query("--metrics", "tiny.sale_count", "--format", "csv").succeeded());
        assertTrue(run("--catalog", CATALOG, "--jdbc-url", duckUrl, "verify-schema").succeeded()
            .startsWith("model TinyCatalog matches DuckDB database sales: 3 tables"));
        assertThrows(SQLException.class, () -> DriverManager.getConnection(duckUrl).close(),
            "a read-write connection is refused meanwhile, so the command's was read-only");
      }
    }

    @Test
    void aMissingFileIsAnErrorAndIsNotCreated() {
      Path file = directory.resolve("missing.duckdb");
      String err = run("--catalog", CATALOG, "--jdbc-url", "jdbc:duckdb:" + file, "query", "--metrics",
          "tiny.sale_count").failed(3);
      assertTrue(err.contains(": there is no DuckDB database file " + file), err);
      assertFalse(Files.exists(file));
    }

    @Test
    void optionsAfterAQuestionMarkAreDuckDbOptions() {
      assertEquals("tiny.sale_count\n3\n", query("--metrics", "tiny.sale_count", "--format", "csv").succeeded());
      assertEquals("tiny.sale_count\n3\n", run("--catalog", CATALOG, "--jdbc-url", duckUrl
          + "?duckdb.read_only=true&threads=1", "query", "--metrics", "tiny.sale_count", "--format", "csv")
          .succeeded());
      assertFalse(Files.exists(Path.of(duckUrl.substring("jdbc:duckdb:".length()) + "?duckdb.read_only=true&threads=1")));
    }
  }

  @Nested
  class Options {
    @Test
    void sharedOptionsMayFollowTheCommand() {
      assertEquals("tiny.sale_count\n3\n", run("query", "--catalog", CATALOG, "--jdbc-url", duckUrl, "--metrics",
          "tiny.sale_count", "--format", "csv").succeeded());
    }

    @Test
    void aPlainSchemaNameMapsTheModelsOnlySchema() {
      assertEquals("tiny.region.name,tiny.sale_count\nNorth,3\n", run("--catalog", CATALOG, "--jdbc-url",
          TestPostgres.url(), "--schema", PG_SCHEMA, "query", "--metrics", "tiny.sale_count", "--dimensions",
          "tiny.region.name", "--format", "csv").succeeded());
      assertEquals("tiny.sale_count\n3\n", run("--catalog", CATALOG, "--jdbc-url", TestPostgres.url(), "--schema",
          "tiny=" + PG_SCHEMA, "query", "--metrics", "tiny.sale_count", "--format", "csv").succeeded());
    }

    @Test
    void theSchemaMappingShowsInTheSql() {
      String sql = run("--catalog", CATALOG, "sql", "--schema", "tiny=analytics", "--metrics", "tiny.revenue")
          .succeeded();
      assertTrue(sql.contains("\"analytics\".\"sales\""), sql);
      assertTrue(run("--catalog", CATALOG, "explain", "--metrics", "tiny.revenue").succeeded().contains("tiny.sales"));
    }

    @Test
    void aMappingFromASchemaTheModelDoesNotRead() {
      assertTrue(run("--catalog", CATALOG, "sql", "--schema", "v3=analytics", "--metrics", "tiny.revenue").failed(2)
          .startsWith("--schema v3=analytics: model TinyCatalog reads no schema v3; it reads schemas tiny\n"));
    }

    @Test
    void aSchemaNameThatIsNoIdentifier() {
      assertTrue(run("--catalog", CATALOG, "sql", "--schema", "x; drop", "--metrics", "tiny.revenue").failed(2)
          .startsWith("--schema: schema name 'x; drop' is not a plain identifier"));
    }

    @Test
    void aCatalogQualifiedSchemaShowsInTheSql() {
      String sql = run("--catalog", CATALOG, "sql", "--dialect", "trino", "--schema", "tiny=iceberg.analytics",
          "--metrics", "tiny.revenue").succeeded();
      assertTrue(sql.contains("\"iceberg\".\"analytics\".\"sales\""), sql);
    }

    @Test
    void malformedMappings() {
      assertEquals(List.of(
          "--schema =analytics: the model's schema before = is missing, as in v3=analytics",
          "--schema tiny=: the database's schema after = is missing, as in tiny=analytics",
          "--schema tiny=a=b: one = per mapping, as in v3=analytics",
          "--schema tiny=iceberg.: the database's schema is named schema or catalog.schema (as in iceberg.store),"
              + " not iceberg.",
          "--schema tiny=a.b.c: the database's schema is named schema or catalog.schema (as in iceberg.store), not"
              + " a.b.c",
          "--schema: schema name 't-y' is not a plain identifier: use letters, digits and _, starting with a"
              + " letter or _",
          "--schema: schema name 'ice berg' is not a plain identifier: use letters, digits and _, starting with a"
              + " letter or _"),
          List.of("=analytics", "tiny=", "tiny=a=b", "tiny=iceberg.", "tiny=a.b.c", "t-y=analytics",
              "tiny=ice berg.analytics").stream()
              .map(mapping -> run("--catalog", CATALOG, "sql", "--schema", mapping, "--metrics", "tiny.revenue")
                  .failed(2).lines().findFirst().orElseThrow())
              .toList());
    }
  }

  @Nested
  class Errors {
    @Test
    void noCatalog() {
      assertTrue(run("list").failed(2).startsWith("Missing required option: '--catalog=CLASS'"));
    }

    @Test
    void aMisspelledCatalogWithDidYouMean() {
      assertTrue(run("--catalog", "dev.grainline.cli.tiny.TinyCatalg", "list").failed(2).startsWith(
          "--catalog dev.grainline.cli.tiny.TinyCatalg: no such class on the class path; did you mean "
              + CATALOG + "?"));
      assertTrue(run("--catalog", "TinyCatalog", "list").failed(2).startsWith(
          "--catalog TinyCatalog: no such class on the class path; did you mean " + CATALOG + "?"));
    }

    @Test
    void aClassThatIsNoCatalog() {
      assertTrue(run("--catalog", "dev.grainline.cli.broken.NotACatalog", "list").failed(2).startsWith(
          "--catalog dev.grainline.cli.broken.NotACatalog: not a Grainline catalog: it has no public static model()"
              + " returning a CompiledModel"));
    }

    @Test
    void aCatalogThatThrows() {
      assertEquals("error: unexpected IllegalStateException: definitions changed since the catalog was generated"
          + " (--verbose shows the stack trace)\n",
          run("--catalog", "dev.grainline.cli.broken.FailingCatalog", "list").failed(1));
    }

    @Test
    void aQueryNeedsADatabase() {
      assertTrue(run("--catalog", CATALOG, "query", "--metrics", "tiny.revenue").failed(2)
          .startsWith("Missing required option: '--jdbc-url=URL'"));
    }

    @Test
    void aDatabaseThatStopsAnsweringIsOneLineInBoundedTime() throws Exception {
      java.util.regex.Matcher server = java.util.regex.Pattern.compile("^jdbc:postgresql://([^:/]+)(?::(\\d+))?/")
          .matcher(TestPostgres.url());
      assertTrue(server.find(), TestPostgres.url());
      try (StallingProxy proxy = new StallingProxy(StallingProxy.Mode.QUERY, server.group(1),
          server.group(2) == null ? 5432 : Integer.parseInt(server.group(2)))) {
        String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + TestPostgres.url().substring(server.end());
        url += (url.contains("?") ? "&" : "?") + "sslmode=disable&gssEncMode=disable";
        long start = System.nanoTime();
        String err = run("--catalog", CATALOG, "--jdbc-url", url, "--schema", PG_SCHEMA, "--timeout", "1", "query",
            "--metrics", "tiny.revenue").failed(3);
        long seconds = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        // The pool checks its first connection, which stalls too: whichever check fails first, one clear line.
        assertTrue(err.startsWith("error: cannot reach the database at ") || err.contains("[GrainlineQueryTimeout]"),
            err);
        assertEquals(1, err.lines().count(), err);
        // Bounded by the limit (the pool's check of its first connection takes --timeout too), with a margin for a
        // loaded machine; without --timeout the pool would wait 5 s and the query 30.
        assertTrue(seconds < 8, "the error took " + seconds + " s");
      }
      assertTrue(run("--catalog", CATALOG, "--timeout", "0", "query", "--metrics", "tiny.revenue").failed(2)
          .startsWith("--timeout must be a positive number of seconds, but was 0"));
    }

    @Test
    void missingTablesHintAtVerifySchemaAndTheMapping() {
      String err = run("--catalog", CATALOG, "--jdbc-url", TestPostgres.url(), "query", "--metrics",
          "tiny.revenue").failed(3);
      assertTrue(err.contains("relation \"tiny.sales\" does not exist; the database does not have the model's"
          + " tables where the model reads them: run verify-schema to compare them, and map the model's schema to"
          + " the database's with --schema FROM=TO\n"), err);
      assertEquals(1, err.lines().count(), err);
    }

    @Test
    void stackOverflowIsOneLine() {
      assertEquals("error: stack overflow: the input is nested too deeply for the JVM's thread stack; simplify it (a"
          + " long chain of terms in a filter, say), or give java a larger stack (-Xss)\n",
          run("--catalog", "dev.grainline.cli.broken.OverflowingCatalog", "list").failed(4));
    }

    @Test
    void outOfMemoryIsOneLine() {
      String err = run("--catalog", "dev.grainline.cli.broken.HugeCatalog", "list").failed(4);
      assertTrue(err.startsWith("error: out of memory (Java heap space): the command needs more than the JVM's"
          + " heap; bound the result with --limit, or give java more memory (-Xmx)\n"), err);
      assertEquals(1, err.lines().count(), err);
    }

    @Test
    void verboseShowsTheTraceOfAnError() {
      CliRun run = run("--verbose", "--catalog", "dev.grainline.cli.broken.OverflowingCatalog", "list");
      assertEquals(4, run.status());
      assertTrue(run.err().contains("java.lang.StackOverflowError\n\tat "), run.err());
    }
  }
}
