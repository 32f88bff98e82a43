package dev.grainline.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.grainline.examples.data.LoadReport;
import dev.grainline.examples.data.SampleData;
import dev.grainline.examples.data.StoreDataSet;
import dev.grainline.examples.data.StoreLoader;
import dev.grainline.examples.data.StoreSchema;
import dev.grainline.examples.data.StoreTable;
import dev.grainline.runtime.Dialect;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;

/**
 * A database the execution benchmark runs on, holding the store's tables in a dedicated schema. The data set is
 * loaded once and reused by later runs: a marker table in the schema records which data set it holds.
 */
final class BenchDatabase implements AutoCloseable {
  static final String DEFAULT_POSTGRES_URL =
      System.getenv().getOrDefault("GRAINLINE_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=root");

  private static final String MARKER = "grainline_bench_marker";

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
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(2);
    config.setMinimumIdle(1);
    config.setPoolName("grainline-bench");
    initSql.ifPresent(config::setConnectionInitSql);
    HikariDataSource pool = new HikariDataSource(config);
    return new BenchDatabase(Dialect.POSTGRES, pool, pool::close);
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
    String wanted = data.description();
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
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE " + schema + "." + MARKER + " (data_set VARCHAR(200))");
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
        if (dialect == Dialect.POSTGRES) {
          for (StoreTable table : StoreTable.values()) {
            statement.execute("VACUUM ANALYZE " + StoreSchema.qualifiedName(schema, table));
          }
        } else {
          statement.execute("CHECKPOINT");
        }
      }
      log.printf("  %s: loaded %s in %.1f s%n", dialect, report, (System.nanoTime() - start) / 1e9);
      log.flush();
    }
    return true;
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

  /** "PostgreSQL 15.20 ...", "DuckDB v1.4.1". */
  String version() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT version()")) {
      rows.next();
      String version = rows.getString(1);
      return dialect == Dialect.DUCKDB ? "DuckDB " + version : version;
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
