package dev.grainline.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.DatabaseException;
import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Table;
import dev.grainline.runtime.shop.ShopFixture;
import java.time.LocalDateTime;
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
 * a column and a type wrong, read through a schema mapping, has exactly those three mismatches; each engine's
 * rule for the case of quoted names decides whether a table created as "Regions" is the model's regions; and an
 * instantCol reads a timestamptz, which a timestampCol does not.
 */
class SchemaVerificationTest {
  private static final String BROKEN = "shop_verify_broken";
  private static final String MIXED_CASE = "shop_verify_case";
  private static final String INSTANTS = "verify_instants";

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
    "DROP SCHEMA IF EXISTS " + INSTANTS + " CASCADE",
    "CREATE SCHEMA " + INSTANTS,
    "CREATE TABLE " + INSTANTS + ".events (event_id INTEGER, occurred_at TIMESTAMPTZ, logged_at TIMESTAMP,"
        + " properties JSON)",
  };

  private static final DataSource POSTGRES = Databases.loaded(Databases.postgres(), SCHEMAS);
  private static final DataSource DUCKDB = Databases.loaded(Databases.duckdb(), SCHEMAS);

  @AfterAll
  static void dropPostgresSchemas() {
    Databases.execute(POSTGRES, "DROP SCHEMA " + BROKEN + " CASCADE", "DROP SCHEMA " + MIXED_CASE + " CASCADE",
        "DROP SCHEMA " + INSTANTS + " CASCADE");
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

  /** Events whose instant (timestamptz) is declared as one. */
  @Fact("moments.events")
  static final class Instants {
    static final Table E = table("moments.events");
    public static final Attribute<Integer> EVENT_ID = key(E.intCol("event_id"));
    public static final Attribute<LocalDateTime> OCCURRED_AT = attribute(E.instantCol("occurred_at"));
    public static final Attribute<LocalDateTime> LOGGED_AT = attribute(E.timestampCol("logged_at"));
  }

  /** The same events with the two declarations swapped: an instant as a wall-clock time, and the reverse. */
  @Fact("moments.events")
  static final class Swapped {
    static final Table E = table("moments.events");
    public static final Attribute<Integer> EVENT_ID = key(E.intCol("event_id"));
    public static final Attribute<LocalDateTime> OCCURRED_AT = attribute(E.timestampCol("occurred_at"));
    public static final Attribute<LocalDateTime> LOGGED_AT = attribute(E.instantCol("logged_at"));
    /** A JSON document is not text to SQL: the metadata's json is told apart from other types. */
    public static final Attribute<String> PROPERTIES = attribute(E.textCol("properties"));
  }

  /** Each engine, with the names it gives a timestamptz, a timestamp and a json column in its metadata. */
  static Stream<Arguments> instantEngines() {
    return Stream.of(Arguments.of("postgres", POSTGRES, "timestamptz", "timestamp", "json"),
        Arguments.of("duckdb", DUCKDB, "TIMESTAMP WITH TIME ZONE", "TIMESTAMP", "JSON"));
  }

  private static SemanticLayer instantsLayer(DataSource dataSource, Class<?> model) {
    return SemanticLayer.builder(CompiledModel.ofClasses("MomentsCatalog", "moments", model)).dataSource(dataSource)
        .mapSchema("moments", INSTANTS).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("instantEngines")
  void anInstantColumnReadsATimestampWithTimeZoneAndATimestampColumnDoesNot(String engine, DataSource dataSource,
      String timestamptz, String timestamp, String json) {
    SchemaReport clean = instantsLayer(dataSource, Instants.class).verifySchema();
    assertTrue(clean.isClean(), clean::toString);
    SchemaReport report = instantsLayer(dataSource, Swapped.class).verifySchema();
    assertEquals(List.of(
        "[GrainlineSchemaType] column occurred_at of moments.events is declared with timestampCol (timestamp) but"
            + " the database's column is " + timestamptz + " (read by attribute moments.events.occurred_at at"
            + " SchemaVerificationTest$Swapped.OCCURRED_AT); timestampCol reads timestamp columns; Grainline reads"
            + " timestamps as UTC wall-clock times: store them as timestamp, or read them through a view that"
            + " converts them, or declare it with instantCol",
        "[GrainlineSchemaType] column logged_at of moments.events is declared with instantCol (instant) but the"
            + " database's column is " + timestamp + " (read by attribute moments.events.logged_at at"
            + " SchemaVerificationTest$Swapped.LOGGED_AT); instantCol reads timestamp with time zone columns;"
            + " declare it with timestampCol",
        "[GrainlineSchemaType] column properties of moments.events is declared with textCol (text) but the"
            + " database's column is " + json + " (read by attribute moments.events.properties at"
            + " SchemaVerificationTest$Swapped.PROPERTIES); textCol reads text columns; Grainline has no column type"
            + " for json values: read the column through a view that converts it"),
        report.mismatches().stream().map(SchemaReport.Mismatch::message).toList());
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
