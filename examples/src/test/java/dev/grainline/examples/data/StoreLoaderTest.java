package dev.grainline.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.grainline.examples.TestDatabases;
import dev.grainline.runtime.Dialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Loads sample and toy data into PostgreSQL and DuckDB and reads every row back. */
class StoreLoaderTest {
  private static final String SAMPLE_SCHEMA = "examples_loader_sample";
  private static final String TOY_SCHEMA = "examples_loader_toy";

  @TempDir
  static Path directory;

  enum Engine {
    POSTGRES,
    DUCKDB;

    Connection connect() throws SQLException {
      return this == POSTGRES ? TestDatabases.postgres() : TestDatabases.duckdb(directory.resolve("loader.duckdb"));
    }
  }

  @AfterAll
  static void dropPostgresSchemas() throws SQLException {
    try (Connection connection = TestDatabases.postgres(); Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + SAMPLE_SCHEMA + " CASCADE");
      statement.execute("DROP SCHEMA IF EXISTS " + TOY_SCHEMA + " CASCADE");
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void sampleDataReadsBackRowForRow(Engine engine) throws SQLException {
    SampleData data = SampleData.standard();
    try (Connection connection = engine.connect()) {
      LoadReport report = StoreLoader.load(connection, SAMPLE_SCHEMA, data);
      for (StoreTable table : StoreTable.values()) {
        List<List<Object>> expected = data.rows(table).map(TableRow::values).toList();
        assertEquals(expected.size(), report.rows(table), table.tableName());
        assertEquals(expected, readBack(connection, SAMPLE_SCHEMA, table), table.tableName());
      }
      assertEquals(6_000, report.rows(StoreTable.ORDERS));
      assertEquals(30_000, count(connection, SAMPLE_SCHEMA, StoreTable.PAGE_VIEWS));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void toyDataReadsBackAndGivesTheReferenceTotals(Engine engine) throws SQLException {
    try (Connection connection = engine.connect()) {
      StoreLoader.load(connection, TOY_SCHEMA, StoreDataSet.toy());
      for (StoreTable table : StoreTable.values()) {
        assertEquals(StoreDataSet.toy().rows(table).map(TableRow::values).toList(),
            readBack(connection, TOY_SCHEMA, table), table.tableName());
      }
      assertEquals(Map.of("Books", 80.0, "Electronics", 3000.0), query(connection,
          "SELECT p.category, SUM(i.quantity * i.unit_price) FROM " + TOY_SCHEMA + ".order_items i JOIN "
              + TOY_SCHEMA + ".products p ON p.product_id = i.product_id GROUP BY p.category"));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void loadingAgainReplacesEverything(Engine engine) throws SQLException {
    try (Connection connection = engine.connect()) {
      StoreLoader.load(connection, TOY_SCHEMA, StoreDataSet.toy());
      try (Statement statement = connection.createStatement()) {
        statement.execute("INSERT INTO " + TOY_SCHEMA + ".orders (order_id) VALUES (99)");
        statement.execute("CREATE TABLE " + TOY_SCHEMA + ".leftover (x INTEGER)");
      }
      LoadReport again = StoreLoader.load(connection, TOY_SCHEMA, StoreDataSet.toy());
      assertEquals(6, again.rows(StoreTable.ORDERS));
      assertEquals(6, count(connection, TOY_SCHEMA, StoreTable.ORDERS));
      try (ResultSet leftover = connection.getMetaData().getTables(null, TOY_SCHEMA, "leftover", null)) {
        assertEquals(false, leftover.next(), "the schema is recreated");
      }
      assertEquals(true, connection.getAutoCommit(), "auto-commit is restored");
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void columnTypesAreThoseOfTheReference(Engine engine) throws SQLException {
    try (Connection connection = engine.connect()) {
      StoreLoader.load(connection, TOY_SCHEMA, StoreDataSet.toy());
      Map<String, String> types = new LinkedHashMap<>();
      try (PreparedStatement columns = connection.prepareStatement(
          "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = ? AND table_name = ?"
              + " ORDER BY ordinal_position")) {
        columns.setString(1, TOY_SCHEMA);
        columns.setString(2, "order_items");
        try (ResultSet rs = columns.executeQuery()) {
          while (rs.next()) {
            types.put(rs.getString(1), rs.getString(2).toLowerCase(java.util.Locale.ROOT));
          }
        }
      }
      String doubleType = engine == Engine.POSTGRES ? "double precision" : "double";
      assertEquals(Map.of("order_id", "integer", "line_number", "integer", "product_id", "integer", "quantity",
          "integer", "unit_price", doubleType), types);
    }
  }

  @Test
  void ddlPerDialect() {
    assertEquals("CREATE TABLE s.dates (date_id INTEGER, date_value TIMESTAMP, day_of_week INTEGER, week INTEGER,"
        + " month INTEGER, quarter INTEGER, year INTEGER)",
        StoreSchema.createTable(Dialect.POSTGRES, "s", StoreTable.DATES));
    assertEquals("CREATE TABLE v3.products (product_id INTEGER, name VARCHAR, category VARCHAR, subcategory VARCHAR,"
        + " price DOUBLE)", StoreSchema.createTable(Dialect.DUCKDB, "v3", StoreTable.PRODUCTS));
    assertEquals("CREATE TABLE v3.products (product_id INTEGER, name TEXT, category TEXT, subcategory TEXT,"
        + " price DOUBLE PRECISION)", StoreSchema.createTable(Dialect.POSTGRES, "v3", StoreTable.PRODUCTS));
    assertEquals(List.of("DROP SCHEMA IF EXISTS v3_toy CASCADE", "CREATE SCHEMA v3_toy"),
        StoreSchema.recreateStatements(Dialect.DUCKDB, "v3_toy").subList(0, 2));
    assertEquals(10, StoreSchema.recreateStatements(Dialect.DUCKDB, "v3_toy").size()); // drop, create, eight tables
  }

  @Test
  void schemaNamesMustBePlainIdentifiers() {
    for (String bad : List.of("v3; DROP TABLE x", "V3", "3v", "", "a-b", "\"v3\"")) {
      assertThrows(IllegalArgumentException.class, () -> StoreSchema.checkName(bad), bad);
    }
    assertEquals("v3_toy", StoreSchema.checkName("v3_toy"));
  }

  /** Every row of a table, ordered by its key, as the Java values the generator made. */
  static List<List<Object>> readBack(Connection connection, String schema, StoreTable table) throws SQLException {
    String sql = "SELECT " + String.join(", ", table.columnNames()) + " FROM "
        + StoreSchema.qualifiedName(schema, table) + " ORDER BY " + String.join(", ", table.key());
    List<List<Object>> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
          Object value = switch (table.columns().get(i).type()) {
            case TIMESTAMP -> rs.getObject(i + 1, LocalDateTime.class);
            default -> rs.getObject(i + 1);
          };
          row.add(value);
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static long count(Connection connection, String schema, StoreTable table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + StoreSchema.qualifiedName(schema, table))) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Map<String, Double> query(Connection connection, String sql) throws SQLException {
    Map<String, Double> result = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        result.put(rs.getString(1), rs.getDouble(2));
      }
    }
    return result;
  }
}
