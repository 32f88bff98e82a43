package dev.grainline.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.grainline.examples.data.DateRow;
import dev.grainline.examples.data.LoadReport;
import dev.grainline.examples.data.SampleData;
import dev.grainline.examples.data.StoreDataSet;
import dev.grainline.examples.data.StoreLoader;
import dev.grainline.examples.data.StoreSchema;
import dev.grainline.examples.data.StoreTable;
import dev.grainline.runtime.Dialect;
import java.io.PrintWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;

/**
 * A database the execution benchmark runs on, holding the store's tables in a dedicated schema. The data set is
 * loaded once, its order and page-view days spread over a year ({@link #SPREAD_FIRST_DAY}), and reused by later runs:
 * a marker table in the schema records which data set it holds.
 */
final class BenchDatabase implements AutoCloseable {
  /**
   * A database of the benchmarks' own, created on first use: the loaded schema stays there for later runs, so it must
   * not be the tests' database (GRAINLINE_PG_URL), which the tests leave holding only {@code public}.
   */
  static final String POSTGRES_URL_VARIABLE = "GRAINLINE_BENCH_PG_URL";
  static final String DEFAULT_POSTGRES_URL = Optional.ofNullable(System.getenv(POSTGRES_URL_VARIABLE))
      .filter(url -> !url.isBlank()).orElse("jdbc:postgresql://127.0.0.1:5432/grainline_bench?user=root");

  private static final String MARKER = "grainline_bench_marker";

  /**
   * The sample data's orders and page views fall in six months (SampleData.FIRST_ORDER_DAY to LAST_ORDER_DAY); the
   * window case needs a year. After loading, their days are spread over the year that ends on the last order day:
   * day {@code first + k} of the six months becomes day {@code 2k} or {@code 2k + 1} of the year, by the parity of
   * the order id or of the session number, so that sessions keep one day. Days on which the store is closed move to
   * the next open day, so the year has days without orders (a trailing window must still count them). Only the days
   * change: every figure by another dimension stays as it was.
   */
  static final LocalDate SPREAD_FIRST_DAY = SampleData.LAST_ORDER_DAY.minusDays(365);
  static final List<LocalDate> CLOSED_DAYS = Stream.concat(
      Stream.of(LocalDate.of(2023, 12, 25), LocalDate.of(2024, 1, 1)),
      LocalDate.of(2024, 2, 12).datesUntil(LocalDate.of(2024, 2, 19))).toList();
  private static final String SPREAD = "days spread over " + SPREAD_FIRST_DAY + ".." + SampleData.LAST_ORDER_DAY
      + ", closed " + CLOSED_DAYS.stream().map(LocalDate::toString).collect(Collectors.joining(" "));
  private static final String DAY_MAP = "bench_day_map";

  private final Dialect dialect;
  private final DataSource dataSource;
  private final Closer resource;

  /** What closing the database releases: a pool, or DuckDB's root connection. */
  @FunctionalInterface
  private interface Closer {
    void close() throws SQLException;
  }

  private BenchDatabase(Dialect dialect, DataSource dataSource, Closer resource) {
    this.dialect = dialect;
    this.dataSource = dataSource;
    this.resource = resource;
  }

  /**
   * PostgreSQL through a small HikariCP pool, so that neither query pays for a new connection.
   *
   * @param initSql run on every new connection (e.g. "SET jit = off"), or empty
   */
  static BenchDatabase postgres(String url, Optional<String> initSql) {
    return postgres(url, initSql, 2);
  }

  /** PostgreSQL through a HikariCP pool of {@code poolSize} connections. */
  static BenchDatabase postgres(String url, Optional<String> initSql, int poolSize) {
    createIfMissing(url);
    HikariDataSource pool = pool(url, poolSize, "grainline-bench", initSql);
    return new BenchDatabase(Dialect.POSTGRES, pool, pool::close);
  }

  private static HikariDataSource pool(String url, int poolSize, String name, Optional<String> initSql) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(poolSize);
    config.setMinimumIdle(1);
    config.setPoolName(name);
    initSql.ifPresent(config::setConnectionInitSql);
    return new HikariDataSource(config);
  }

  /**
   * Creates the URL's database (jdbc:postgresql://host:port/database?...) through the server's maintenance database
   * if it does not exist. The tests' TestPostgres does the same; it is test code, which this module cannot use.
   */
  @SuppressWarnings("try") // opening the connection is the probe: it proves that the database exists
  private static void createIfMissing(String url) {
    try (Connection probe = DriverManager.getConnection(url)) {
      return;
    } catch (SQLException e) {
      if (!"3D000".equals(e.getSQLState())) { // anything but "database does not exist" shows when the pool starts
        return;
      }
    }
    String prefix = "jdbc:postgresql://";
    int slash = url.startsWith(prefix) ? url.indexOf('/', prefix.length()) : -1;
    if (slash < 0) {
      throw new IllegalArgumentException("cannot tell which database to create from " + url);
    }
    int end = url.indexOf('?', slash) < 0 ? url.length() : url.indexOf('?', slash);
    String database = URLDecoder.decode(url.substring(slash + 1, end), StandardCharsets.UTF_8);
    try (Connection connection = DriverManager.getConnection(url.substring(0, slash + 1) + "postgres"
        + url.substring(end)); Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
    } catch (SQLException e) {
      // 42P04, or 23505 when another CREATE DATABASE won a race on the catalog: it exists, which is all we need.
      if (!"42P04".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
        throw new IllegalStateException("cannot create the benchmark database " + database + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Trino at {@code url} (jdbc:trino://host:port/catalog/schema?user=...) through a HikariCP pool of two
   * connections, as PostgreSQL. TrinoExecution starts a server in its JVM and passes its URL; the memory catalog it
   * has starts empty, so the data set is loaded on every run.
   */
  static BenchDatabase trino(String url) {
    HikariDataSource pool = pool(url, 2, "grainline-bench-trino", Optional.empty());
    return new BenchDatabase(Dialect.TRINO, pool, pool::close);
  }

  /** A DuckDB file; every connection is a duplicate of one root connection (one database instance). */
  static BenchDatabase duckdb(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      DuckDBConnection root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
      return new BenchDatabase(Dialect.DUCKDB, new DuckDbDataSource(root), root::close);
    } catch (SQLException | java.io.IOException e) {
      throw new IllegalStateException("cannot open DuckDB at " + file + ": " + e.getMessage(), e);
    }
  }

  Dialect dialect() {
    return dialect;
  }

  DataSource dataSource() {
    return dataSource;
  }

  /** The data set's description if it is loaded in the schema, else empty. */
  Optional<String> loadedData(String schema) throws SQLException {
    StoreSchema.checkName(schema);
    try (Connection connection = dataSource.getConnection()) {
      try (ResultSet tables = connection.getMetaData().getTables(null, schema, MARKER, null)) {
        if (!tables.next()) {
          return Optional.empty();
        }
      }
      try (Statement statement = connection.createStatement();
          ResultSet marker = statement.executeQuery("SELECT max(data_set) FROM " + schema + "." + MARKER)) {
        return marker.next() ? Optional.ofNullable(marker.getString(1)) : Optional.empty();
      }
    }
  }

  /** Loads {@code data} into {@code schema} unless it is already there (or {@code force}); true if it loaded. */
  boolean ensureLoaded(String schema, StoreDataSet data, boolean force, PrintWriter log) throws SQLException {
    String wanted = description(data);
    if (!force && loadedData(schema).equals(Optional.of(wanted))) {
      log.printf("  %s: %s already holds %s%n", dialect, schema, wanted);
      log.flush();
      return false;
    }
    log.printf("  %s: loading %s into %s ...%n", dialect, wanted, schema);
    log.flush();
    long start = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      LoadReport report = StoreLoader.load(connection, schema, data);
      spreadOverAYear(connection, schema);
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE " + schema + "." + MARKER + " (data_set VARCHAR(400))");
      }
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO " + schema + "." + MARKER + " VALUES (?)")) {
        insert.setString(1, wanted);
        insert.executeUpdate();
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      try (Statement statement = connection.createStatement()) {
        // Fresh statistics and hint bits, so the first measured run does not pay for them.
        switch (dialect) {
          case POSTGRES -> {
            for (StoreTable table : StoreTable.values()) {
              statement.execute("VACUUM ANALYZE " + StoreSchema.qualifiedName(schema, table));
            }
          }
          case DUCKDB -> statement.execute("CHECKPOINT");
          // The memory connector keeps no statistics (ANALYZE is not supported) and writes nothing to disk.
          case TRINO -> { }
        }
      }
      log.printf("  %s: loaded %s in %.1f s%n", dialect, report, (System.nanoTime() - start) / 1e9);
      log.flush();
    }
    return true;
  }

  /** What the marker of a loaded schema says: the data set, and that its days are spread over a year. */
  static String description(StoreDataSet data) {
    return data.description() + "; " + SPREAD;
  }

  /**
   * The day a day of the six months of orders moves to: {@code 2 * offset + parity} days into the year, or the next
   * open day after it.
   */
  static LocalDate spreadDay(LocalDate day, int parity) {
    long offset = ChronoUnit.DAYS.between(SampleData.FIRST_ORDER_DAY, day);
    LocalDate spread = SPREAD_FIRST_DAY.plusDays(2 * offset + parity);
    while (CLOSED_DAYS.contains(spread)) {
      spread = spread.plusDays(1);
    }
    return spread;
  }

  /**
   * Rewrites orders and page views with their days spread over a year (see {@link #SPREAD_FIRST_DAY}): each table is
   * copied, in key order, into a new table of the same DDL, so both engines store it as compactly as after a load.
   * Not one transaction: a failure leaves no marker, and the next run loads again.
   */
  private void spreadOverAYear(Connection connection, String schema) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(true);
    String map = schema + "." + DAY_MAP;
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS " + map);
      statement.execute("CREATE TABLE " + map + " (old_date INTEGER, parity INTEGER, new_date INTEGER)");
      // One statement of 366 x 2 rows of bind values, not a batch: Trino's JDBC driver runs a batch as one
      // statement per row, and Trino plans and schedules each (a few hundred milliseconds apiece).
      List<LocalDate> days = SampleData.FIRST_ORDER_DAY.datesUntil(SampleData.LAST_ORDER_DAY.plusDays(1)).toList();
      String rows = String.join(", ", Collections.nCopies(2 * days.size(), "(?, ?, ?)"));
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + map + " VALUES " + rows)) {
        int parameter = 1;
        for (LocalDate day : days) {
          for (int parity = 0; parity < 2; parity++) {
            insert.setInt(parameter++, DateRow.dateId(day));
            insert.setInt(parameter++, parity);
            insert.setInt(parameter++, DateRow.dateId(spreadDay(day, parity)));
          }
        }
        insert.executeUpdate();
      }
      rewriteDays(statement, schema, StoreTable.ORDERS, "order_date", "t.order_id % 2");
      rewriteDays(statement, schema, StoreTable.PAGE_VIEWS, "page_date",
          "CAST(SUBSTR(t.session_id, 2) AS INTEGER) % 2");
      statement.execute("DROP TABLE " + map);
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private void rewriteDays(Statement statement, String schema, StoreTable table, String dayColumn, String parity)
      throws SQLException {
    String name = StoreSchema.qualifiedName(schema, table);
    String old = table.tableName() + "_unspread";
    statement.execute("ALTER TABLE " + name + " RENAME TO " + old);
    statement.execute(StoreSchema.createTable(dialect, schema, table));
    String columns = table.columnNames().stream()
        .map(c -> c.equals(dayColumn) ? "COALESCE(m.new_date, t." + c + ")" : "t." + c)
        .collect(Collectors.joining(", "));
    statement.execute("INSERT INTO " + name + " SELECT " + columns + " FROM " + schema + "." + old + " t"
        + " LEFT JOIN " + schema + "." + DAY_MAP + " m ON m.old_date = t." + dayColumn + " AND m.parity = " + parity
        + " ORDER BY " + table.key().stream().map(k -> "t." + k).collect(Collectors.joining(", ")));
    statement.execute("DROP TABLE " + schema + "." + old);
  }

  /** The number of order lines in the schema. */
  long orderLines(String schema) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + StoreSchema.checkName(schema)
            + ".order_items")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** "PostgreSQL 15.20 ...", "DuckDB v1.4.1", "Trino 483". */
  String version() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT version()")) {
      rows.next();
      String version = rows.getString(1);
      return switch (dialect) {
        case POSTGRES -> version;
        case DUCKDB -> "DuckDB " + version;
        case TRINO -> "Trino " + version;
      };
    }
  }

  static StoreDataSet dataSet(int orders) {
    return SampleData.withOrders(orders);
  }

  @Override
  public void close() throws SQLException {
    resource.close();
  }

  private static final class DuckDbDataSource implements DataSource {
    private final DuckDBConnection root;

    DuckDbDataSource(DuckDBConnection root) {
      this.root = root;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return root.duplicate();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
