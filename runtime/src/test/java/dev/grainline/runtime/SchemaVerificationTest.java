package dev.grainline.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.DatabaseException;
import dev.grainline.runtime.shop.ShopFixture;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link SemanticLayer#verifySchema()} on both engines: the shop fixture's schema is clean; a copy with a table,
 * a column and a type wrong, read through a schema mapping, has exactly those three mismatches; and each engine's
 * rule for the case of quoted names decides whether a table created as "Regions" is the model's regions.
 */
class SchemaVerificationTest {
  private static final String BROKEN = "shop_verify_broken";
  private static final String MIXED_CASE = "shop_verify_case";

  private static final String[] SCHEMAS = {
    "DROP SCHEMA IF EXISTS " + BROKEN + " CASCADE",
    "CREATE SCHEMA " + BROKEN,
    "CREATE TABLE " + BROKEN + ".days (day_id INTEGER, day DATE, month INTEGER)",
    "CREATE TABLE " + BROKEN + ".region (region_id INTEGER, name VARCHAR)",
    "CREATE TABLE " + BROKEN + ".sales (sale_id INTEGER, day_id INTEGER, region_id INTEGER,"
        + " amount DOUBLE PRECISION, qty BIGINT, customer VARCHAR, chanel VARCHAR)",
    "CREATE TABLE " + BROKEN + ".visits (visit_id INTEGER, day_id INTEGER, region_id INTEGER, visitor VARCHAR)",
    "DROP SCHEMA IF EXISTS " + MIXED_CASE + " CASCADE",
    "CREATE SCHEMA " + MIXED_CASE,
    "CREATE TABLE " + MIXED_CASE + ".days (day_id INTEGER, day DATE, month INTEGER)",
    "CREATE TABLE " + MIXED_CASE + ".\"Regions\" (region_id INTEGER, name VARCHAR)",
    "CREATE TABLE " + MIXED_CASE + ".sales (sale_id INTEGER, day_id INTEGER, region_id INTEGER,"
        + " amount DOUBLE PRECISION, qty INTEGER, customer VARCHAR, channel VARCHAR)",
    "CREATE TABLE " + MIXED_CASE + ".visits (visit_id INTEGER, day_id INTEGER, region_id INTEGER,"
        + " visitor VARCHAR)",
    "INSERT INTO " + MIXED_CASE + ".\"Regions\" VALUES (1, 'North')",
    "INSERT INTO " + MIXED_CASE + ".sales VALUES (1, 1, 1, 2.5, 1, 'a', 'web')",
  };

  private static final DataSource POSTGRES = Databases.loaded(Databases.postgres(), SCHEMAS);
  private static final DataSource DUCKDB = Databases.loaded(Databases.duckdb(), SCHEMAS);

  @AfterAll
  static void dropPostgresSchemas() {
    Databases.execute(POSTGRES, "DROP SCHEMA " + BROKEN + " CASCADE", "DROP SCHEMA " + MIXED_CASE + " CASCADE");
  }

  /** Each engine, with the name it gives a BIGINT column in its metadata. */
  static Stream<Arguments> engines() {
    return Stream.of(Arguments.of("postgres", POSTGRES, "int8"), Arguments.of("duckdb", DUCKDB, "BIGINT"));
  }

  private static SemanticLayer layer(DataSource dataSource, String databaseSchema) {
    return SemanticLayer.builder(ShopFixture.MODEL).dataSource(dataSource).mapSchema("shop", databaseSchema).build();
  }

  /** The engines with the shop fixture's own schema loaded. */
  static Stream<Arguments> fixtures() {
    List<DataSource> engines = ShopFixture.engines();
    return Stream.of(Arguments.of("postgres", engines.get(0)), Arguments.of("duckdb", engines.get(1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void theFixtureSchemaMatchesTheModel(String engine, DataSource fixture) {
    SchemaReport report = SemanticLayer.create(ShopFixture.MODEL, fixture).verifySchema();
    assertTrue(report.isClean(), report::toString);
    assertEquals(4, report.tables());
    // Sales: sale_id, channel, amount, qty, customer, day_id, region_id; visits: visit_id, day_id, region_id,
    // visitor; days: day_id, day, month; regions: region_id, name.
    assertEquals(16, report.columns());
    assertTrue(report.toString().startsWith("model ShopCatalog matches "), report::toString);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void everyMismatchOfAMappedSchemaIsReportedWithWhereTheModelReadsIt(String engine, DataSource dataSource,
      String bigint) {
    SchemaReport report = layer(dataSource, BROKEN).verifySchema();
    assertEquals(List.of(
        "[GrainlineSchemaTable] table shop.regions is not in the database as " + BROKEN + ".regions (read by"
            + " dimension shop.region at Region); did you mean shop.region?",
        "[GrainlineSchemaColumn] column channel is not in the database's table shop.sales (read by attribute"
            + " shop.sales.channel at Sales.CHANNEL, metric shop.web_revenue at Sales.WEB_REVENUE, metric"
            + " shop.web_customers at Sales.WEB_CUSTOMERS); did you mean chanel?",
        "[GrainlineSchemaType] column qty of shop.sales is declared with intCol (integer) but the database's column"
            + " is " + bigint + " (read by metric shop.units at Sales.UNITS, metric shop.avg_qty at Sales.AVG_QTY);"
            + " intCol reads tinyint, smallint, integer, utinyint, usmallint columns; declare it with longCol"),
        report.mismatches().stream().map(SchemaReport.Mismatch::message).toList());
    assertTrue(report.toString().contains(": 3 mismatches in 4 tables, 16 columns\n"), report::toString);
  }

  @Test
  void postgresComparesQuotedNamesExactly() {
    SchemaReport report = layer(POSTGRES, MIXED_CASE).verifySchema();
    assertEquals(List.of("[GrainlineSchemaTable] table shop.regions is not in the database as " + MIXED_CASE
        + ".regions (read by dimension shop.region at Region); did you mean shop.Regions?"),
        report.mismatches().stream().map(SchemaReport.Mismatch::message).toList());
  }

  @Test
  void duckdbIgnoresTheCaseOfNames() {
    SchemaReport report = layer(DUCKDB, MIXED_CASE).verifySchema();
    assertTrue(report.isClean(), report::toString);
    // And the query the check vouches for runs, reading "Regions" as regions.
    Row north = layer(DUCKDB, MIXED_CASE).query(ShopFixture.REVENUE).by(ShopFixture.REGION).fetch().rows().get(0);
    assertEquals(List.of("North", 2.5), north.values());
  }

  @Test
  void aDatabaseThatIsDownIsUnavailableInBoundedTime() {
    SemanticLayer layer = SemanticLayer.create(ShopFixture.MODEL,
        new Databases.DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/test?user=root&connectTimeout=2"),
        Dialect.POSTGRES);
    long start = System.nanoTime();
    DatabaseException e = assertThrows(DatabaseException.class, layer::verifySchema);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals("GrainlineDatabaseUnavailable", e.id());
    assertTrue(e.getMessage().startsWith("[GrainlineDatabaseUnavailable] cannot reach the database: "),
        e.getMessage());
    assertTrue(millis < 5_000, millis + " ms");
  }

  @Test
  void anOfflineLayerHasNoSchemaToVerify() {
    DatabaseException e = assertThrows(DatabaseException.class,
        () -> SemanticLayer.offline(ShopFixture.MODEL, Dialect.DUCKDB).verifySchema());
    assertEquals("GrainlineDatabaseUnavailable", e.id());
  }
}
