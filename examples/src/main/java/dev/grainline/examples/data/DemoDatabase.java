package dev.grainline.examples.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * The demo database: an embedded DuckDB file holding the sample data in schema {@code v3}, loaded on first use. A
 * marker table records the data version it was loaded with; a file from an older generator is loaded again.
 */
public final class DemoDatabase {
  /** The environment variable that moves the demo database. */
  public static final String LOCATION_VARIABLE = "GRAINLINE_DEMO_DB";

  private static final String MARKER = "grainline_demo";

  private DemoDatabase() {}

  /** {@code $GRAINLINE_DEMO_DB}, or {@code ~/.cache/grainline/store-demo.duckdb}. */
  public static Path location(Map<String, String> environment, Path userHome) {
    return Optional.ofNullable(environment.get(LOCATION_VARIABLE))
        .filter(value -> !value.isBlank())
        .map(Path::of)
        .orElseGet(() -> userHome.resolve(".cache").resolve("grainline").resolve("store-demo.duckdb"));
  }

  public static String jdbcUrl(Path file) {
    return "jdbc:duckdb:" + file.toAbsolutePath();
  }

  /** Whether the database holds no data of the current version: never loaded, or by an older generator. */
  public static boolean needsLoading(Connection connection) throws SQLException {
    return !loadedVersion(connection).equals(Optional.of(SampleData.VERSION));
  }

  /** Loads the standard sample data unless data of the current version is there; true if it loaded. */
  public static boolean ensureLoaded(Connection connection) throws SQLException {
    if (!needsLoading(connection)) {
      return false;
    }
    load(connection, SampleData.standard());
    return true;
  }

  /** Loads {@code data} into schema v3 and marks the database as holding it. */
  public static LoadReport load(Connection connection, StoreDataSet data) throws SQLException {
    LoadReport report = StoreLoader.load(connection, StoreSchema.MODEL_SCHEMA, data);
    // Written last: a load that fails halfway leaves no marker, so the next use loads again.
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE OR REPLACE TABLE " + MARKER
          + " (data_version INTEGER, data_set VARCHAR, loaded_at TIMESTAMP)");
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + MARKER + " VALUES (?, ?, ?)")) {
      insert.setInt(1, SampleData.VERSION);
      insert.setString(2, data.description());
      insert.setObject(3, LocalDateTime.now());
      insert.executeUpdate();
    }
    return report;
  }

  /** The data version the database was loaded with; empty if it was never loaded (or is not a demo database). */
  public static Optional<Integer> loadedVersion(Connection connection) throws SQLException {
    try (ResultSet tables = connection.getMetaData().getTables(null, null, MARKER, null)) {
      if (!tables.next()) {
        return Optional.empty();
      }
    }
    try (Statement statement = connection.createStatement();
        ResultSet marker = statement.executeQuery("SELECT max(data_version) FROM " + MARKER)) {
      marker.next();
      int version = marker.getInt(1);
      return marker.wasNull() ? Optional.empty() : Optional.of(version);
    }
  }
}
