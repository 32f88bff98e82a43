package dev.grainline.examples.spectrum.data;

import dev.grainline.examples.data.LoadReport;
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
 * Spectrum's demo database: an embedded DuckDB file holding the default Spectrum data in schema {@code warehouse},
 * loaded on first use, as the store's {@link dev.grainline.examples.data.DemoDatabase} is. Its marker table is its
 * own, so one file could hold both; by default it is a file of its own.
 */
public final class SpectrumDemoDatabase {
  /** The environment variable that moves the demo database. */
  public static final String LOCATION_VARIABLE = "GRAINLINE_SPECTRUM_DEMO_DB";

  private static final String MARKER = "grainline_spectrum_demo";

  private SpectrumDemoDatabase() {}

  /** {@code $GRAINLINE_SPECTRUM_DEMO_DB}, or {@code ~/.cache/grainline/spectrum-demo.duckdb}. */
  public static Path location(Map<String, String> environment, Path userHome) {
    return Optional.ofNullable(environment.get(LOCATION_VARIABLE))
        .filter(value -> !value.isBlank())
        .map(Path::of)
        .orElseGet(() -> userHome.resolve(".cache").resolve("grainline").resolve("spectrum-demo.duckdb"));
  }

  /** Whether the database holds no data of the current generator version: never loaded, or by an older one. */
  public static boolean needsLoading(Connection connection) throws SQLException {
    return !loadedVersion(connection).equals(Optional.of(SpectrumData.VERSION));
  }

  /** Loads {@code data} into schema warehouse and marks the database as holding it. */
  public static LoadReport load(Connection connection, SpectrumData data) throws SQLException {
    LoadReport report = SpectrumLoader.load(connection, SpectrumLoader.MODEL_SCHEMA, data);
    // Written last: a load that fails halfway leaves no marker, so the next use loads again.
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE OR REPLACE TABLE " + MARKER
          + " (data_version INTEGER, data_set VARCHAR, loaded_at TIMESTAMP)");
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + MARKER + " VALUES (?, ?, ?)")) {
      insert.setInt(1, SpectrumData.VERSION);
      insert.setString(2, data.description());
      insert.setObject(3, LocalDateTime.now());
      insert.executeUpdate();
    }
    return report;
  }

  /** The data version the database was loaded with; empty if it never was (or is not a Spectrum demo database). */
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
