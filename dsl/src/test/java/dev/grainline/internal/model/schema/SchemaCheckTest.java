package dev.grainline.internal.model.schema;

import static dev.grainline.dsl.Grainline.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Column;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Source;
import dev.grainline.dsl.Table;
import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.Model;
import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.Node.ColumnRef.Storage;
import dev.grainline.internal.model.assembly.Declared;
import dev.grainline.internal.model.assembly.ModelAssembler;
import dev.grainline.internal.model.assembly.ReflectiveDeclarations;
import dev.grainline.internal.model.validation.Diagnostic;
import dev.grainline.internal.model.validation.Message;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The comparison rule on hand-made snapshots; the readers' tests run it on real databases and DDL files. */
class SchemaCheckTest {
  @Fact("s.sales")
  static final class Sales {
    static final Table S = table("s.sales").as("s");
    static final Table L = table("s.lines").as("l");
    static final Source SOURCE = from(S).join(L).on(S.intCol("sale_id").eq(L.intCol("sale_id")));
    static final Attribute<Integer> SALE_ID = key(S.intCol("sale_id"));
    static final Attribute<String> CHANNEL = attribute(S.textCol("channel"));
    static final Column<Double> AMOUNT = L.doubleCol("amount");
    static final Link REGION = link(S.intCol("region_id")).to(Region.REGION_ID);
    static final Measure<Double> REVENUE = sum(AMOUNT);
    static final Measure<Double> WEB_REVENUE = sum(AMOUNT).filter(CHANNEL.eq("web"));
  }

  @Dimension("s.region")
  static final class Region {
    static final Table R = table("s.regions");
    static final Attribute<Integer> REGION_ID = key(R.intCol("region_id"));
    static final Attribute<String> NAME = attribute(R.textCol("name"));
  }

  static final Model MODEL = ModelAssembler.assemble(
      ReflectiveDeclarations.of("SalesCatalog", "s", Sales.class, Region.class)).orThrow();

  private static DatabaseTable dbTable(String schema, String name, String... columns) {
    List<DatabaseColumn> parsed = new java.util.ArrayList<>();
    for (int i = 0; i < columns.length; i += 2) {
      parsed.add(DatabaseColumn.of(columns[i], columns[i + 1]));
    }
    return new DatabaseTable(schema, name, parsed);
  }

  private static DatabaseTable sales(String schema) {
    return dbTable(schema, "sales", "sale_id", "int4", "channel", "varchar", "region_id", "int4");
  }

  private static DatabaseTable lines(String schema) {
    return dbTable(schema, "lines", "sale_id", "int4", "amount", "float8");
  }

  private static DatabaseTable regions(String schema) {
    return dbTable(schema, "regions", "region_id", "int2", "name", "text");
  }

  private static SchemaComparison check(NameMatching matching, Map<String, String> mapping, DatabaseTable... tables) {
    return SchemaCheck.check(MODEL, new SchemaSnapshot("test database", "public", matching, List.of(tables)),
        mapping);
  }

  @Test
  void aMatchingSchemaIsClean() {
    SchemaComparison report = check(NameMatching.EXACT, Map.of(), sales("s"), lines("s"), regions("s"));
    assertTrue(report.isClean(), report::toString);
    assertEquals("model SalesCatalog matches test database: 3 tables, 7 columns checked", report.toString());
  }

  @Test
  void everyMismatchIsReportedAtOnce() {
    SchemaComparison report = check(NameMatching.EXACT, Map.of(),
        dbTable("s", "sales", "sale_id", "int4", "chanel", "varchar", "region_id", "int8"),
        lines("s"),
        dbTable("s", "region", "region_id", "int4", "name", "text"));
    assertEquals(List.of(
        "[GrainlineSchemaTable] table s.regions is not in the database (read by dimension s.region at"
            + " SchemaCheckTest$Region); did you mean s.region?",
        "[GrainlineSchemaColumn] column channel is not in the database's table s.sales (read by attribute"
            + " s.sales.channel at SchemaCheckTest$Sales.CHANNEL, metric s.web_revenue at"
            + " SchemaCheckTest$Sales.WEB_REVENUE); did you mean chanel?",
        "[GrainlineSchemaType] column region_id of s.sales is declared with intCol (integer) but the database's"
            + " column is int8 (read by link s.sales -> s.region at SchemaCheckTest$Sales.REGION); intCol reads"
            + " tinyint, smallint, integer, utinyint, usmallint columns; declare it with longCol"),
        report.mismatches().stream().map(SchemaMismatch::text).toList());
    assertTrue(report.toString().startsWith("model SalesCatalog does not match test database: 3 mismatches in 3"
        + " tables, 7 columns\n  [GrainlineSchemaTable]"), report::toString);
  }

  @Test
  void aColumnReadThroughOneNodeIsOneDiagnosticAtThatNode() {
    SchemaComparison report = check(NameMatching.EXACT, Map.of(), sales("s"),
        dbTable("s", "lines", "sale_id", "int4", "amount", "numeric"), regions("s"));
    SchemaMismatch mismatch = report.mismatches().get(0);
    assertEquals(Message.SCHEMA_TYPE, mismatch.message());
    // REVENUE and WEB_REVENUE both read the AMOUNT column made by one doubleCol call.
    assertEquals(List.of("metric s.revenue at SchemaCheckTest$Sales.REVENUE",
        "metric s.web_revenue at SchemaCheckTest$Sales.WEB_REVENUE"),
        mismatch.uses().stream().map(SchemaUse::describe).toList());
    List<Diagnostic> diagnostics = mismatch.diagnostics();
    assertEquals(1, diagnostics.size());
    assertSame(Declared.of(Sales.AMOUNT).node().orElseThrow(), diagnostics.get(0).node().orElseThrow());
    assertEquals(Origin.ofClass(Sales.class.getName()), diagnostics.get(0).origin());
  }

  @Test
  void aMissingTableIsShownAtTheTable() {
    SchemaComparison report = check(NameMatching.EXACT, Map.of(), sales("s"), lines("s"));
    List<Diagnostic> diagnostics = report.diagnostics();
    assertEquals(1, diagnostics.size());
    assertSame(((Declared.Table) Declared.of(Region.R)).table(), diagnostics.get(0).node().orElseThrow());
  }

  @Test
  void caseInsensitiveDatabasesMatchNamesInAnyCase() {
    DatabaseTable upper = dbTable("S", "Sales", "Sale_Id", "INTEGER", "CHANNEL", "VARCHAR", "region_id", "INTEGER");
    assertTrue(check(NameMatching.CASE_INSENSITIVE, Map.of(), upper, lines("s"), regions("s")).isClean());
    SchemaComparison exact = check(NameMatching.EXACT, Map.of(), upper, lines("s"), regions("s"));
    assertEquals(List.of("[GrainlineSchemaTable] table s.sales is not in the database (read by fact s.sales at"
        + " SchemaCheckTest$Sales)"), exact.mismatches().stream().map(SchemaMismatch::text).toList());
  }

  @Test
  void mappedSchemasAreReadUnderTheirDatabaseName() {
    assertTrue(check(NameMatching.EXACT, Map.of("s", "s_test"), sales("s_test"), lines("s_test"),
        regions("s_test")).isClean());
    SchemaComparison report = check(NameMatching.EXACT, Map.of("s", "s_test"), sales("s"), lines("s"), regions("s"));
    // One mismatch per table, none for the columns of a missing table.
    assertEquals(List.of(
        "[GrainlineSchemaTable] table s.regions is not in the database as s_test.regions (read by dimension"
            + " s.region at SchemaCheckTest$Region); the database has no schema s_test",
        "[GrainlineSchemaTable] table s.sales is not in the database as s_test.sales (read by fact s.sales at"
            + " SchemaCheckTest$Sales); the database has no schema s_test",
        "[GrainlineSchemaTable] table s.lines is not in the database as s_test.lines (read by fact s.sales at"
            + " SchemaCheckTest$Sales); the database has no schema s_test"),
        report.mismatches().stream().map(SchemaMismatch::text).toList());
  }

  @Test
  void typeNamesOfEveryReaderClassifyAlike() {
    assertEquals(TypeKind.INTEGER, TypeKind.ofTypeName("int4"));
    assertEquals(TypeKind.INTEGER, TypeKind.ofTypeName("INTEGER"));
    assertEquals(TypeKind.INTEGER, TypeKind.ofTypeName("serial"));
    assertEquals(TypeKind.DECIMAL, TypeKind.ofTypeName("DECIMAL(10,2)"));
    assertEquals(TypeKind.DECIMAL, TypeKind.ofTypeName("numeric"));
    assertEquals(TypeKind.DOUBLE, TypeKind.ofTypeName("double precision"));
    assertEquals(TypeKind.REAL, TypeKind.ofTypeName("float4"));
    assertEquals(TypeKind.TEXT, TypeKind.ofTypeName("character varying(20)"));
    assertEquals(TypeKind.TEXT, TypeKind.ofTypeName("clob"));
    assertEquals(TypeKind.UBIGINT, TypeKind.ofTypeName("bigint unsigned"));
    assertEquals(TypeKind.TIMESTAMP_WITH_TIME_ZONE, TypeKind.ofTypeName("timestamp(6) with time zone"));
    assertEquals(TypeKind.TIMESTAMP_WITH_TIME_ZONE, TypeKind.ofTypeName("timestamptz"));
    assertEquals(TypeKind.OTHER, TypeKind.ofTypeName("uuid"));
    assertEquals(TypeKind.JSON, TypeKind.ofTypeName("jsonb"));
    assertEquals(TypeKind.JSON, TypeKind.ofTypeName("JSON"));
  }

  @Test
  void eachColumnTypeReadsTheTypesWhoseValuesItHoldsExactly() {
    assertTrue(ColumnTypes.accepts(SqlType.INTEGER, Storage.PLAIN, TypeKind.SMALLINT));
    assertTrue(!ColumnTypes.accepts(SqlType.INTEGER, Storage.PLAIN, TypeKind.BIGINT));
    assertTrue(!ColumnTypes.accepts(SqlType.INTEGER, Storage.PLAIN, TypeKind.DECIMAL));
    assertTrue(ColumnTypes.accepts(SqlType.BIGINT, Storage.PLAIN, TypeKind.INTEGER));
    assertTrue(!ColumnTypes.accepts(SqlType.BIGINT, Storage.PLAIN, TypeKind.HUGEINT));
    assertTrue(ColumnTypes.accepts(SqlType.DECIMAL, Storage.PLAIN, TypeKind.BIGINT));
    assertTrue(!ColumnTypes.accepts(SqlType.DECIMAL, Storage.PLAIN, TypeKind.DOUBLE));
    assertTrue(ColumnTypes.accepts(SqlType.DOUBLE, Storage.PLAIN, TypeKind.REAL));
    assertTrue(ColumnTypes.accepts(SqlType.DOUBLE, Storage.PLAIN, TypeKind.INTEGER));
    assertTrue(!ColumnTypes.accepts(SqlType.DOUBLE, Storage.PLAIN, TypeKind.BIGINT));
    assertTrue(!ColumnTypes.accepts(SqlType.DOUBLE, Storage.PLAIN, TypeKind.DECIMAL));
    assertTrue(!ColumnTypes.accepts(SqlType.TIMESTAMP, Storage.PLAIN, TypeKind.TIMESTAMP_WITH_TIME_ZONE));
    assertTrue(!ColumnTypes.accepts(SqlType.TEXT, Storage.PLAIN, TypeKind.OTHER));
    assertTrue(!ColumnTypes.accepts(SqlType.TEXT, Storage.PLAIN, TypeKind.JSON));
    // An instant column reads a point in time only; a plain timestamp's instant is the writer's convention.
    assertTrue(ColumnTypes.accepts(SqlType.TIMESTAMP, Storage.INSTANT, TypeKind.TIMESTAMP_WITH_TIME_ZONE));
    assertTrue(!ColumnTypes.accepts(SqlType.TIMESTAMP, Storage.INSTANT, TypeKind.TIMESTAMP));
    assertTrue(!ColumnTypes.accepts(SqlType.TIMESTAMP, Storage.INSTANT, TypeKind.DATE));
    assertTrue(ColumnTypes.accepts(SqlType.TEXT, Storage.JSON, TypeKind.JSON));
    assertTrue(!ColumnTypes.accepts(SqlType.TEXT, Storage.JSON, TypeKind.TEXT));
    for (TypeKind kind : TypeKind.values()) {
      ColumnTypes.natural(kind).ifPresent(type -> assertTrue(ColumnTypes.accepts(type, Storage.PLAIN, kind), kind + " " + type));
    }
  }
}
