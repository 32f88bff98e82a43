package dev.grainline.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.internal.model.schema.DatabaseColumn;
import dev.grainline.internal.model.schema.DatabaseTable;
import dev.grainline.internal.model.schema.NameMatching;
import dev.grainline.internal.model.schema.SchemaSnapshot;
import dev.grainline.internal.model.schema.TypeKind;
import dev.grainline.internal.model.validation.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DDL files through jOOQ's interpreter into the neutral snapshot, and the options that name them. */
class DdlSchemaReaderTest {
  @TempDir
  Path directory;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(directory.resolve(name), text);
  }

  private static SchemaSnapshot snapshot(DdlSchemaReader.Result result) {
    return assertInstanceOf(DdlSchemaReader.Result.Read.class, result, result::toString).snapshot();
  }

  private static List<String> problems(DdlSchemaReader.Result result) {
    return assertInstanceOf(DdlSchemaReader.Result.Failed.class, result, result::toString).problems().stream()
        .map(Diagnostic::text).toList();
  }

  private static List<String> columns(DatabaseTable table) {
    return table.columns().stream().map(c -> c.name() + " " + c.typeName() + " " + c.kind()).toList();
  }

  @Test
  void postgresFoldsUnquotedNamesAndKeepsQuotedOnes() throws IOException {
    SchemaSnapshot snapshot = snapshot(DdlSchemaReader.read(List.of(file("a.sql", """
        CREATE TABLE Shop.Orders (Order_Id INT4, "Status" TEXT, amount NUMERIC(10, 2), price FLOAT8,
          ratio REAL, big BIGINT, small INT2, flag BOOL, day DATE, at TIMESTAMP(3), zoned TIMESTAMPTZ, id UUID,
          doc JSONB, text_doc JSON);
        CREATE TABLE plain (x INTEGER);
        """)), DdlDialect.POSTGRES));
    assertEquals(NameMatching.EXACT, snapshot.matching());
    DatabaseTable orders = snapshot.table("shop", "orders").orElseThrow();
    assertEquals(List.of("order_id int INTEGER", "Status text TEXT", "amount numeric DECIMAL",
        "price float8 DOUBLE", "ratio real REAL", "big bigint BIGINT", "small smallint SMALLINT",
        "flag boolean BOOLEAN", "day date DATE", "at timestamp TIMESTAMP",
        "zoned timestamp with time zone TIMESTAMP_WITH_TIME_ZONE", "id uuid OTHER", "doc jsonb JSON",
        "text_doc json JSON"), columns(orders));
    assertTrue(snapshot.table("Shop", "Orders").isEmpty(), "PostgreSQL stored Shop.Orders as shop.orders");
    assertEquals(List.of("x int INTEGER"), columns(snapshot.table("", "plain").orElseThrow()));
  }

  @Test
  void duckdbKeepsNamesAndMatchesThemInAnyCase() throws IOException {
    SchemaSnapshot snapshot = snapshot(DdlSchemaReader.read(List.of(file("d.sql", """
        CREATE SCHEMA Shop;
        CREATE TABLE Shop.Orders (Order_Id INTEGER, total HUGEINT, n UBIGINT, price DOUBLE, label VARCHAR, doc JSON);
        """)), DdlDialect.DUCKDB));
    assertEquals(NameMatching.CASE_INSENSITIVE, snapshot.matching());
    DatabaseTable orders = snapshot.table("shop", "orders").orElseThrow();
    assertEquals("Orders", orders.name());
    assertEquals(List.of(TypeKind.INTEGER, TypeKind.HUGEINT, TypeKind.UBIGINT, TypeKind.DOUBLE, TypeKind.TEXT,
        TypeKind.JSON),
        orders.columns().stream().map(DatabaseColumn::kind).toList());
  }

  @Test
  void laterFilesChangeWhatEarlierOnesCreated() throws IOException {
    Path create = file("1.sql", "CREATE TABLE s.t (a INT, b INT);");
    Path alter = file("2.sql", "ALTER TABLE s.t DROP COLUMN b;\nALTER TABLE s.t ADD COLUMN c TEXT;\n"
        + "CREATE VIEW s.v AS SELECT a FROM s.t;");
    SchemaSnapshot snapshot = snapshot(DdlSchemaReader.read(List.of(create, alter), DdlDialect.POSTGRES));
    assertEquals(List.of("a int INTEGER", "c text TEXT"), columns(snapshot.table("s", "t").orElseThrow()));
    assertTrue(snapshot.table("s", "v").isPresent(), "views are tables the model may read");
    assertEquals("the DDL of 1.sql, 2.sql", snapshot.description());
  }

  @Test
  void fencedStatementsAreNotInterpreted() throws IOException {
    SchemaSnapshot snapshot = snapshot(DdlSchemaReader.read(List.of(file("f.sql", """
        CREATE TABLE s.t (a INT);
        /* [jooq ignore start] */
        CREATE FUNCTION s.f() RETURNS INT AS $$ SELECT 1 $$ LANGUAGE SQL;
        /* [jooq ignore stop] */
        """)), DdlDialect.POSTGRES));
    assertEquals(1, snapshot.tables().size());
  }

  @Test
  void everyUnreadableFileIsAProblemOfItsOwn() throws IOException {
    Path missing = directory.resolve("missing.sql");
    Path bad = file("bad.sql", "CREATE TABLE s.t (a INT);\n\nCREATE TABEL s.u (b INT);\n");
    List<String> problems = problems(DdlSchemaReader.read(List.of(missing, bad), DdlDialect.POSTGRES));
    assertEquals(2, problems.size(), problems::toString);
    assertEquals("[GrainlineDdlFile] cannot read DDL file " + missing + " (named by -Agrainline.ddl): no such file",
        problems.get(0));
    assertTrue(problems.get(1).startsWith("[GrainlineDdlStatement] " + bad + ":3:8: jOOQ cannot interpret \"CREATE"
        + " [*]TABEL s.u (b INT);\": "), problems.get(1));
    assertTrue(problems.get(1).contains(" or VIEW expected; fence statements that only the database needs with"),
        problems.get(1));
  }

  @Test
  void aStatementTheInterpreterRejectsIsNamedByFileAndNumber() throws IOException {
    Path first = file("1.sql", "CREATE TABLE s.t (a INT);");
    Path second = file("2.sql", "CREATE TABLE s.u (a INT);\nCREATE TABLE s.t (b INT);");
    assertEquals(List.of("[GrainlineDdlStatement] " + second + ", statement 2: jOOQ cannot interpret \"create table"
        + " s.t (b int)\": Table already exists: s.t; fence statements that only the database needs with"
        + " /* [jooq ignore start] */ and /* [jooq ignore stop] */"),
        problems(DdlSchemaReader.read(List.of(first, second), DdlDialect.POSTGRES)));
  }

  @Test
  void optionsNameFilesRelativeToTheWorkingDirectory() {
    Path work = Path.of("/work/project");
    assertEquals(new DdlOption.On(List.of(Path.of("/work/project/sql/a.sql"), Path.of("/abs/b.sql")),
        DdlDialect.POSTGRES), DdlOption.of(Map.of("grainline.ddl", "sql/a.sql, /abs/b.sql,"), work));
    assertEquals(new DdlOption.On(List.of(Path.of("/work/a.sql")), DdlDialect.DUCKDB),
        DdlOption.of(Map.of("grainline.ddl", "../a.sql", "grainline.ddl.dialect", "DuckDB"), work));
    assertEquals(new DdlOption.Off(), DdlOption.of(Map.of("grainline.ddl.dialect", "duckdb"), work));
    DdlOption unusable = DdlOption.of(Map.of("grainline.ddl", "a\u0000.sql"), work);
    assertTrue(assertInstanceOf(DdlOption.Invalid.class, unusable).problem().text()
        .startsWith("[GrainlineDdlFile] cannot read DDL file a"), unusable::toString);
    DdlOption invalid = DdlOption.of(Map.of("grainline.ddl", "a.sql", "grainline.ddl.dialect", "h2"), work);
    assertEquals("[GrainlineDdlDialect] -Agrainline.ddl.dialect=h2: DDL files are read as postgres (the default) or"
        + " duckdb", assertInstanceOf(DdlOption.Invalid.class, invalid).problem().text());
  }
}
