package dev.grainline.testing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The PostgreSQL database every test of every module runs on: {@code GRAINLINE_PG_URL}, by default
 * {@code grainline_test} on the local trust-authenticated server. It is created on first use if it does not exist,
 * and never dropped. Suites create schemas of fixed names in it, replacing what a crashed run left, and drop them
 * when they are done, so that after a build it holds only {@code public} (checked by the examples module's
 * {@code SchemasLeftBehindCheck}, the last of the build's tests that use it). A test that cannot reach it fails;
 * nothing here skips.
 */
public final class TestPostgres {
  public static final String URL_VARIABLE = "GRAINLINE_PG_URL";
  public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/grainline_test?user=root";

  private static final String URL_PREFIX = "jdbc:postgresql://";
  /** The database every server has, to connect to while the test database does not exist yet. */
  private static final String MAINTENANCE_DATABASE = "postgres";
  private static final String INVALID_CATALOG_NAME = "3D000";
  private static final String DUPLICATE_DATABASE = "42P04";
  /** Two CREATE DATABASE at once: the later one can fail on pg_database's unique index instead of with 42P04. */
  private static final String UNIQUE_VIOLATION = "23505";
  /** CREATE DATABASE copies template1 and fails while another session is connected to it. */
  private static final String OBJECT_IN_USE = "55006";
  private static final int CREATE_ATTEMPTS = 20;

  private TestPostgres() {}

  private static String createdUrl;

  /** The URL of the test database, which exists once this returns; asked for once per JVM, until that succeeds. */
  public static synchronized String url() {
    if (createdUrl == null) {
      createdUrl = ensureDatabase(Optional.ofNullable(System.getenv(URL_VARIABLE)).filter(s -> !s.isBlank())
          .orElse(DEFAULT_URL));
    }
    return createdUrl;
  }

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(url());
  }

  /**
   * Drops {@code schema} when this JVM exits, for fixtures that load a schema once and share it between test classes
   * (a class's own schema is dropped in its {@code @AfterAll}). Exiting covers failed tests too.
   */
  public static void dropAtExit(String schema) {
    AtExit.SCHEMAS.add(schema);
  }

  /** Drops the schemas, with everything in them, if they exist. */
  public static void drop(String... schemas) throws SQLException {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      for (String schema : schemas) {
        statement.execute("DROP SCHEMA IF EXISTS " + quoted(schema) + " CASCADE");
      }
    }
  }

  /**
   * Fails if the test database holds a schema other than {@code public}: some suite left it behind. Meaningful only
   * when no suite is running on the database, in a JVM after theirs has exited (their schemas are dropped at exit).
   */
  public static void assertNoSchemaLeftBehind() throws SQLException {
    List<String> schemas = schemasOtherThanPublic();
    if (!schemas.isEmpty()) {
      throw new AssertionError("the test database " + url() + " holds schemas " + schemas + " after the tests: a"
          + " suite left them behind (drop them in its @AfterAll, or with dropAtExit for a fixture shared between"
          + " classes). If they are not from these tests, set " + URL_VARIABLE + " to a database of the tests' own.");
    }
  }

  /** The schemas of the test database other than {@code public} and the system's, by name. */
  public static List<String> schemasOtherThanPublic() throws SQLException {
    try (Connection connection = connect(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname <> 'public'"
            + " AND nspname <> 'information_schema' AND nspname NOT LIKE 'pg\\_%' ORDER BY nspname")) {
      List<String> schemas = new ArrayList<>();
      while (rows.next()) {
        schemas.add(rows.getString(1));
      }
      return schemas;
    }
  }

  /** The schemas to drop at exit, and the hook that drops them, registered on first use. */
  private static final class AtExit {
    static final Set<String> SCHEMAS = ConcurrentHashMap.newKeySet();

    static {
      Runtime.getRuntime().addShutdownHook(new Thread(AtExit::dropAll, "grainline-test-schemas"));
    }

    private static void dropAll() {
      try {
        drop(SCHEMAS.toArray(String[]::new));
      } catch (SQLException e) {
        System.err.println("could not drop the test schemas " + SCHEMAS + ": " + e.getMessage());
      }
    }
  }

  @SuppressWarnings("try") // opening the connection is the probe: it proves that the database exists
  private static String ensureDatabase(String url) {
    try (Connection probe = DriverManager.getConnection(url)) {
      return url;
    } catch (SQLException e) {
      if (!INVALID_CATALOG_NAME.equals(e.getSQLState())) {
        throw new IllegalStateException("cannot reach the test database at " + url + " (" + URL_VARIABLE + "): "
            + e.getMessage(), e);
      }
    }
    create(url);
    return url;
  }

  /** Creates the URL's database; another JVM creating it at the same time is no failure. */
  private static void create(String url) {
    int slash = url.startsWith(URL_PREFIX) ? url.indexOf('/', URL_PREFIX.length()) : -1;
    if (slash < 0) {
      throw new IllegalStateException(URL_VARIABLE + " must look like " + URL_PREFIX + "host:port/database?...,"
          + " so that a missing database can be created: " + url);
    }
    int query = url.indexOf('?', slash);
    int end = query < 0 ? url.length() : query;
    String database = URLDecoder.decode(url.substring(slash + 1, end), StandardCharsets.UTF_8);
    String maintenance = url.substring(0, slash + 1) + MAINTENANCE_DATABASE + url.substring(end);
    for (int attempt = 1; ; attempt++) {
      try (Connection connection = DriverManager.getConnection(maintenance);
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE DATABASE " + quoted(database));
        return;
      } catch (SQLException e) {
        if (DUPLICATE_DATABASE.equals(e.getSQLState()) || UNIQUE_VIOLATION.equals(e.getSQLState())) {
          return;
        }
        if (!OBJECT_IN_USE.equals(e.getSQLState()) || attempt == CREATE_ATTEMPTS) {
          throw new IllegalStateException("cannot create the test database " + database + " through " + maintenance
              + ": " + e.getMessage(), e);
        }
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while creating the test database " + database, e);
      }
    }
  }

  private static String quoted(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
