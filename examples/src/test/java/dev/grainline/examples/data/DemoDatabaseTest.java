package dev.grainline.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.examples.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDatabaseTest {
  @TempDir
  Path directory;

  @Test
  void locationDefaultsToTheUserCacheAndFollowsTheEnvironment() {
    Path home = Path.of("/home/someone");
    assertEquals(home.resolve(".cache/grainline/store-demo.duckdb"), DemoDatabase.location(Map.of(), home));
    assertEquals(Path.of("/data/demo.duckdb"),
        DemoDatabase.location(Map.of("GRAINLINE_DEMO_DB", "/data/demo.duckdb"), home));
    assertEquals(home.resolve(".cache/grainline/store-demo.duckdb"),
        DemoDatabase.location(Map.of("GRAINLINE_DEMO_DB", " "), home));
  }

  @Test
  void loadsOnFirstUseOnly() throws SQLException {
    try (Connection connection = TestDatabases.duckdb(directory.resolve("demo.duckdb"))) {
      assertEquals(Optional.empty(), DemoDatabase.loadedVersion(connection));
      assertTrue(DemoDatabase.ensureLoaded(connection));
      assertEquals(Optional.of(SampleData.VERSION), DemoDatabase.loadedVersion(connection));
      assertEquals(6_000, count(connection, "SELECT count(*) FROM v3.orders"));
      assertFalse(DemoDatabase.ensureLoaded(connection));
    }
  }

  @Test
  void reloadsAFileOfAnotherDataVersion() throws SQLException {
    try (Connection connection = TestDatabases.duckdb(directory.resolve("stale.duckdb"))) {
      DemoDatabase.load(connection, StoreDataSet.toy());
      try (Statement statement = connection.createStatement()) {
        statement.execute("UPDATE grainline_demo SET data_version = data_version - 1");
      }
      assertTrue(DemoDatabase.ensureLoaded(connection));
      assertEquals(6_000, count(connection, "SELECT count(*) FROM v3.orders"));
      assertEquals(1, count(connection, "SELECT count(*) FROM grainline_demo"));
    }
  }

  @Test
  void keepsWhateverCurrentDataWasLoaded() throws SQLException {
    try (Connection connection = TestDatabases.duckdb(directory.resolve("toy.duckdb"))) {
      DemoDatabase.load(connection, StoreDataSet.toy());
      assertFalse(DemoDatabase.ensureLoaded(connection));
      assertEquals(6, count(connection, "SELECT count(*) FROM v3.orders"));
    }
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
