package dev.grainline.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The databases tests run on: the local PostgreSQL ({@code GRAINLINE_PG_URL}) and DuckDB files. A test that cannot
 * reach its database fails; nothing here skips.
 */
public final class TestDatabases {
  public static final String POSTGRES_URL_VARIABLE = "GRAINLINE_PG_URL";
  private static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=root";

  private TestDatabases() {}

  public static String postgresUrl() {
    return Optional.ofNullable(System.getenv(POSTGRES_URL_VARIABLE)).filter(s -> !s.isBlank())
        .orElse(DEFAULT_POSTGRES_URL);
  }

  public static Connection postgres() throws SQLException {
    return DriverManager.getConnection(postgresUrl());
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
