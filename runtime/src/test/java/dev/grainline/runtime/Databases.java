package dev.grainline.runtime;

import dev.grainline.testing.TestPostgres;
import dev.grainline.testing.TestTrino;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The two engines every runtime test runs on: the test database of the local PostgreSQL server
 * ({@link TestPostgres}) and an in-memory DuckDB. A test that cannot reach PostgreSQL fails; it is never skipped.
 */
public final class Databases {
  private Databases() {}

  public static DataSource postgres() {
    return new DriverManagerDataSource(TestPostgres.url());
  }

  /**
   * The test PostgreSQL database with {@code statements} run on it, which load {@code schema}: a fixture shared by
   * test classes, dropped when the JVM exits.
   */
  public static DataSource loadedPostgres(String schema, String... statements) {
    TestPostgres.dropAtExit(schema);
    return loaded(postgres(), statements);
  }

  /**
   * The tests' Trino server ({@link TestTrino}, catalog {@code memory}, in which an unqualified schema is read): empty
   * only on a JDK that cannot run Trino and without {@code -Ptrino}, where tests leave their Trino cases out (as the
   * differential suites do); with {@code -Ptrino} a missing server fails the test.
   */
  public static Optional<DataSource> trino() {
    return TestTrino.url().map(DriverManagerDataSource::new);
  }

  /** A fresh in-memory DuckDB database; every connection of the data source sees the same database. */
  public static DataSource duckdb() {
    try {
      DuckDBConnection root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
      return new DuckDbDataSource(root);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot start an in-memory DuckDB", e);
    }
  }

  /**
   * The layers a model is tested on: each engine (with the data already loaded), aggregating directly and rolling
   * partial aggregates up.
   */
  @SuppressWarnings("exports") // JUnit's Arguments, in a test of the runtime module
  public static Stream<Arguments> layers(
      CompiledModel model, DataSource postgres, DataSource duckdb) {
    return Stream.of(
        Arguments.of("postgres", SemanticLayer.create(model, postgres)),
        Arguments.of("duckdb", SemanticLayer.create(model, duckdb)),
        Arguments.of("postgres rolled up",
            SemanticLayer.builder(model).dataSource(postgres).rollUpPartials(true).build()),
        Arguments.of("duckdb rolled up",
            SemanticLayer.builder(model).dataSource(duckdb).rollUpPartials(true).build()));
  }

  /** Loads {@code statements} into the data source and returns it. */
  public static DataSource loaded(DataSource dataSource, String... statements) {
    execute(dataSource, statements);
    return dataSource;
  }

  public static void execute(DataSource dataSource, String... statements) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("setup failed: " + e.getMessage(), e);
    }
  }

  /** A data source that only gives connections: every other method of the interface as a test needs it. */
  abstract static class BaseDataSource implements DataSource {
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
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }

  static final class DriverManagerDataSource extends BaseDataSource {
    private final String url;

    DriverManagerDataSource(String url) {
      this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url);
    }
  }

  private static final class DuckDbDataSource extends BaseDataSource {
    private final DuckDBConnection root;

    DuckDbDataSource(DuckDBConnection root) {
      this.root = root;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return root.duplicate();
    }
  }
}
