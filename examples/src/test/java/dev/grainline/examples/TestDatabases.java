package dev.grainline.examples;

import dev.grainline.runtime.Dialect;
import dev.grainline.testing.TestPostgres;
import dev.grainline.testing.TestTrino;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The databases tests run on: the test database of the local PostgreSQL ({@link TestPostgres}), DuckDB files in
 * temporary directories and the tests' Trino server ({@link TestTrino}). A test that cannot reach its database fails;
 * nothing here skips.
 */
public final class TestDatabases {
  private TestDatabases() {}

  public static String postgresUrl() {
    return TestPostgres.url();
  }

  public static Connection postgres() throws SQLException {
    return TestPostgres.connect();
  }

  public static String duckdbUrl(Path file) {
    return "jdbc:duckdb:" + file.toAbsolutePath();
  }

  public static Connection duckdb(Path file) throws SQLException {
    return DriverManager.getConnection(duckdbUrl(file));
  }

  /**
   * The JDBC URL of {@code dialect}'s test database, {@code duckdbFile} for DuckDB; empty only for Trino, on a JDK
   * that cannot run it and without {@code -Ptrino} (TestTrino prints why; with -Ptrino it fails instead).
   */
  public static Optional<String> url(Dialect dialect, Path duckdbFile) {
    return switch (dialect) {
      case POSTGRES -> Optional.of(postgresUrl());
      case DUCKDB -> Optional.of(duckdbUrl(duckdbFile));
      case TRINO -> TestTrino.url();
    };
  }

  /** The name a layer of {@code dialect} maps a model schema to: on Trino with its catalog, as a cluster needs. */
  public static String schema(Dialect dialect, String schema) {
    return switch (dialect) {
      case POSTGRES, DUCKDB -> schema;
      case TRINO -> TestTrino.CATALOG + "." + schema;
    };
  }

  /** A local TCP port nothing listens on (it was free a moment ago), for "database down" tests. */
  public static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
