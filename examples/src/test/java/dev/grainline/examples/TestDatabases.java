package dev.grainline.examples;

import dev.grainline.testing.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The databases tests run on: the test database of the local PostgreSQL ({@link TestPostgres}) and DuckDB files in
 * temporary directories. A test that cannot reach its database fails; nothing here skips.
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

  /** A local TCP port nothing listens on (it was free a moment ago), for "database down" tests. */
  public static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
