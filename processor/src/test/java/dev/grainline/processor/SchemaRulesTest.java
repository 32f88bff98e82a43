package dev.grainline.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.grainline.processor.ProcessorTester.assertError;
import static dev.grainline.processor.ProcessorTester.assertOnlyError;
import static dev.grainline.processor.ProcessorTester.at;
import static dev.grainline.processor.ProcessorTester.compileWithOptions;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compile-time schema check ({@code -Agrainline.ddl}): the shop model against DDL files, one test per rule,
 * each asserting the message and where javac shows it.
 */
class SchemaRulesTest {
  /** The shop model's tables as a database has them. */
  private static final String SHOP_DDL = """
      CREATE SCHEMA shop;
      CREATE TABLE shop.products (product_id INTEGER, name VARCHAR(100), category TEXT);
      CREATE TABLE shop.dates (date_id INTEGER, month SMALLINT, day DATE);
      CREATE TABLE shop.customers (customer_id INTEGER, country TEXT, registered_on INTEGER);
      CREATE TABLE shop.orders (order_id INTEGER, status TEXT, product_id INTEGER, quantity INTEGER,
        price DOUBLE PRECISION, customer_id INTEGER, ordered_on INTEGER, shipped_on INTEGER,
        discount NUMERIC(10, 2));
      CREATE TABLE shop.visits (visit_id INTEGER, duration DOUBLE PRECISION);
      """;

  @TempDir
  Path directory;

  private Path ddl(String name, String text) throws IOException {
    return Files.writeString(directory.resolve(name), text);
  }

  private static Compilation compile(List<JavaFileObject> sources, String... options) {
    return compileWithOptions(new GrainlineProcessor(), List.of(options), sources);
  }

  @Test
  void aModelThatMatchesItsDdlCompiles() throws IOException {
    Compilation compilation = compile(ShopModel.with(), "-Agrainline.ddl=" + ddl("shop.sql", SHOP_DDL));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void misspeltColumn() throws IOException {
    JavaFileObject orders = ShopModel.orders("""
        public static final Measure<java.math.BigDecimal> DISCOUNTS = sum(O.decimalCol("discont"));
        """);
    assertOnlyError(compile(ShopModel.with(orders), "-Agrainline.ddl=" + ddl("shop.sql", SHOP_DDL)), orders,
        at(".decimalCol(\"discont\")"),
        "[GrainlineSchemaColumn] column discont is not in the database's table shop.orders (read by metric"
            + " shop.discounts at Orders.DISCOUNTS); did you mean discount?");
  }

  @Test
  void columnTypeTheDatabaseDoesNotHold() throws IOException {
    String ddl = SHOP_DDL.replace("quantity INTEGER", "quantity BIGINT");
    JavaFileObject orders = ShopModel.orders();
    assertOnlyError(compile(ShopModel.with(), "-Agrainline.ddl=" + ddl("shop.sql", ddl)), orders,
        at(".intCol(\"quantity\")"),
        "[GrainlineSchemaType] column quantity of shop.orders is declared with intCol (integer) but the database's"
            + " column is bigint (read by metric shop.revenue at Orders.REVENUE); intCol reads tinyint, smallint,"
            + " integer, utinyint, usmallint columns; declare it with longCol");
  }

  @Test
  void anInstantColumnReadsATimestampWithTimeZone() throws IOException {
    String ddl = SHOP_DDL.replace("discount NUMERIC(10, 2)", "discount NUMERIC(10, 2), placed_at TIMESTAMPTZ");
    JavaFileObject orders = ShopModel.orders("""
        public static final Attribute<java.time.LocalDateTime> PLACED_AT = attribute(O.instantCol("placed_at"));
        """);
    assertThat(compile(ShopModel.with(orders), "-Agrainline.ddl=" + ddl("shop.sql", ddl)))
        .succeededWithoutWarnings();
  }

  @Test
  void aTimestampColumnDoesNotReadATimestampWithTimeZone() throws IOException {
    String ddl = SHOP_DDL.replace("discount NUMERIC(10, 2)", "discount NUMERIC(10, 2), placed_at TIMESTAMPTZ");
    JavaFileObject orders = ShopModel.orders("""
        public static final Attribute<java.time.LocalDateTime> PLACED_AT = attribute(O.timestampCol("placed_at"));
        """);
    assertOnlyError(compile(ShopModel.with(orders), "-Agrainline.ddl=" + ddl("shop.sql", ddl)), orders,
        at(".timestampCol(\"placed_at\")"),
        "[GrainlineSchemaType] column placed_at of shop.orders is declared with timestampCol (timestamp) but the"
            + " database's column is timestamp with time zone (read by attribute shop.orders.placed_at at"
            + " Orders.PLACED_AT); timestampCol reads timestamp columns; Grainline reads timestamps as UTC wall-clock"
            + " times: store them as timestamp, or read them through a view that converts them, or declare it with"
            + " instantCol");
  }

  @Test
  void aJsonColumnReadsJsonb() throws IOException {
    String ddl = SHOP_DDL.replace("discount NUMERIC(10, 2)", "discount NUMERIC(10, 2), props JSONB");
    JavaFileObject orders = ShopModel.orders("""
        public static final Attribute<String> CURRENCY = attribute(O.jsonCol("props").path("currency").asText());
        """);
    assertThat(compile(ShopModel.with(orders), "-Agrainline.ddl=" + ddl("shop.sql", ddl)))
        .succeededWithoutWarnings();
  }

  @Test
  void aJsonColumnDoesNotReadText() throws IOException {
    String ddl = SHOP_DDL.replace("discount NUMERIC(10, 2)", "discount NUMERIC(10, 2), props TEXT");
    JavaFileObject orders = ShopModel.orders("""
        public static final Attribute<String> CURRENCY = attribute(O.jsonCol("props").path("currency").asText());
        """);
    assertOnlyError(compile(ShopModel.with(orders), "-Agrainline.ddl=" + ddl("shop.sql", ddl)), orders,
        at(".jsonCol(\"props\")"),
        "[GrainlineSchemaType] column props of shop.orders is declared with jsonCol (json) but the database's column"
            + " is text (read by attribute shop.orders.currency at Orders.CURRENCY); jsonCol reads json columns;"
            + " declare it with textCol");
  }

  @Test
  void missingTable() throws IOException {
    String ddl = SHOP_DDL.replace("shop.visits", "shop.visit");
    JavaFileObject visits = ShopModel.visits();
    assertOnlyError(compile(ShopModel.with(), "-Agrainline.ddl=" + ddl("shop.sql", ddl)), visits,
        at("table(\"shop.visits\")"),
        "[GrainlineSchemaTable] table shop.visits is not in the database (read by fact shop.visits at Visits); did"
            + " you mean shop.visit?");
  }

  @Test
  void aTableUnderAnAliasIsShownAtItsName() throws IOException {
    JavaFileObject visits = ShopModel.visits();
    JavaFileObject aliased = ProcessorTester.source("shop.Visits",
        ProcessorTester.content(visits).replace("table(\"shop.visits\")", "table(\"shop.visitz\").as(\"v\")"));
    assertOnlyError(compile(ShopModel.with(aliased), "-Agrainline.ddl=" + ddl("shop.sql", SHOP_DDL)), aliased,
        at("table(\"shop.visitz\")"),
        "[GrainlineSchemaTable] table shop.visitz is not in the database (read by fact shop.visits at Visits); did"
            + " you mean shop.visits?");
  }

  @Test
  void aColumnLaterFilesAddIsThere() throws IOException {
    String first = SHOP_DDL.replace(",\n  discount NUMERIC(10, 2)", "");
    Path created = ddl("create.sql", first);
    Path altered = ddl("alter.sql", "ALTER TABLE shop.orders ADD COLUMN discount NUMERIC(10, 2);\n");
    JavaFileObject orders = ShopModel.orders("""
        public static final Measure<java.math.BigDecimal> DISCOUNTS = sum(O.decimalCol("discount"));
        """);
    assertThat(compile(ShopModel.with(orders), "-Agrainline.ddl=" + created + ", " + altered)).succeeded();
    assertThat(first).doesNotContain("discount");
  }

  @Test
  void missingDdlFile() {
    Path missing = directory.resolve("missing.sql");
    assertOnlyError(compile(ShopModel.with(), "-Agrainline.ddl=" + missing), ShopModel.packageInfo(),
        at("package shop;"), "[GrainlineDdlFile] cannot read DDL file " + missing
            + " (named by -Agrainline.ddl): no such file");
  }

  @Test
  void ddlThatJooqCannotParse() throws IOException {
    Path file = ddl("bad.sql", "CREATE TABLE shop.orders (order_id INTEGER);\nCREATE TABEL shop.visits (x INT);\n");
    assertOnlyError(compile(ShopModel.with(), "-Agrainline.ddl=" + file), ShopModel.packageInfo(), at("package shop;"),
        "[GrainlineDdlStatement] " + file + ":2:8: jOOQ cannot interpret \"CREATE [*]TABEL shop.visits (x INT);\":");
  }

  @Test
  void ddlThatJooqCannotInterpret() throws IOException {
    Path file = ddl("alter.sql", SHOP_DDL + "ALTER TABLE shop.sales ADD COLUMN x INTEGER;\n");
    assertOnlyError(compile(ShopModel.with(), "-Agrainline.ddl=" + file), ShopModel.packageInfo(), at("package shop;"),
        "[GrainlineDdlStatement] " + file + ", statement 7: jOOQ cannot interpret \"alter table shop.sales add x"
            + " int\": Table does not exist: shop.sales; fence statements that only the database needs with"
            + " /* [jooq ignore start] */ and /* [jooq ignore stop] */");
  }

  @Test
  void unknownDialect() throws IOException {
    Compilation compilation = compile(ShopModel.with(), "-Agrainline.ddl=" + ddl("shop.sql", SHOP_DDL),
        "-Agrainline.ddl.dialect=oracle");
    assertError(compilation, ShopModel.packageInfo(), at("package shop;"),
        "[GrainlineDdlDialect] -Agrainline.ddl.dialect=oracle: DDL files are read as postgres (the default) or"
            + " duckdb");
  }
}
