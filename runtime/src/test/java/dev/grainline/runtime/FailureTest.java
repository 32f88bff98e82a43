package dev.grainline.runtime;

import static dev.grainline.runtime.shop.ShopFixture.MONTH;
import static dev.grainline.runtime.shop.ShopFixture.REGION;
import static dev.grainline.runtime.shop.ShopFixture.REVENUE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.DatabaseException;
import dev.grainline.QueryException;
import dev.grainline.runtime.shop.ShopFixture;
import org.junit.jupiter.api.Test;

/** What a caller sees when a query cannot run: a stable id and a clear message, never a wrong answer. */
class FailureTest {
  @Test
  void theTypedAndTheTextApiRejectTheSameInputWithTheSameException() {
    SemanticLayer layer = SemanticLayer.offline(ShopFixture.MODEL, Dialect.POSTGRES);
    QueryException typed = assertThrows(QueryException.class, () -> layer.query(REVENUE).limit(0));
    QueryException text = assertThrows(QueryException.class, () -> layer.textQuery("shop.revenue").limit(0));
    assertEquals("[GrainlineInvalidValue] limit 0: a limit is at least 1", typed.getMessage());
    assertEquals(typed.getMessage(), text.getMessage());
    assertEquals(typed.id(), text.id());

    QueryException nullValue = assertThrows(QueryException.class, () -> layer.query(REVENUE).where(REGION.eq(null)));
    assertEquals("GrainlineInvalidValue", nullValue.id());
    assertEquals("[GrainlineInvalidValue] notIn() needs at least one value",
        assertThrows(QueryException.class, () -> REGION.notIn()).getMessage());
    QueryException range = assertThrows(QueryException.class, () -> layer.query(REVENUE).by(MONTH)
        .fillGaps(java.time.LocalDate.of(2024, 2, 1), java.time.LocalDate.of(2024, 1, 1)));
    assertEquals("[GrainlineGapFill] fillGaps(2024-02-01, 2024-01-01): the range of filled periods ends before it"
        + " starts", range.getMessage());
  }

  @Test
  void aDatabaseThatIsDownIsReportedAsUnavailable() {
    SemanticLayer layer = SemanticLayer.create(ShopFixture.MODEL,
        new Databases.DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/test?user=root&connectTimeout=2"),
        Dialect.POSTGRES);
    DatabaseException e = assertThrows(DatabaseException.class, () -> layer.query(REVENUE).by(REGION).fetch());
    assertEquals("GrainlineDatabaseUnavailable", e.id());
    assertTrue(e.getMessage().startsWith("[GrainlineDatabaseUnavailable] cannot reach the database: "),
        e.getMessage());
  }

  @Test
  void theDialectOfADatabaseThatIsDownCannotBeRead() {
    SemanticLayer layer = SemanticLayer.create(ShopFixture.MODEL,
        new Databases.DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/test?user=root&connectTimeout=2"));
    DatabaseException e = assertThrows(DatabaseException.class, () -> layer.query(REVENUE).sql());
    assertEquals("GrainlineDatabaseUnavailable", e.id());
  }

  @Test
  void anOfflineLayerRendersButDoesNotFetch() {
    SemanticLayer layer = SemanticLayer.offline(ShopFixture.MODEL, Dialect.DUCKDB);
    assertTrue(layer.query(REVENUE).by(REGION).sql().contains("sum("));
    DatabaseException e = assertThrows(DatabaseException.class, () -> layer.query(REVENUE).fetch());
    assertEquals("GrainlineDatabaseUnavailable", e.id());
  }

  @Test
  void unknownMetricsAreRejectedWithASuggestion() {
    SemanticLayer layer = SemanticLayer.offline(ShopFixture.MODEL, Dialect.POSTGRES);
    QueryException e = assertThrows(QueryException.class,
        () -> layer.query(MetricRef.of("shop.revenu", Double.class)).sql());
    assertEquals("[GrainlineUnknownReference] shop.revenu: no such metric; did you mean shop.revenue?",
        e.errors().get(0).message());
  }

  @Test
  void filtersAreTypeChecked() {
    SemanticLayer layer = SemanticLayer.offline(ShopFixture.MODEL, Dialect.POSTGRES);
    DimensionRef<Object> month = DimensionRef.of("shop.day", "month", Object.class);
    QueryException e = assertThrows(QueryException.class,
        () -> layer.query(REVENUE).where(month.eq("January")).sql());
    assertEquals("GrainlineTypeMismatch", e.id());
    assertTrue(e.getMessage().contains("cannot compare integer with text"), e.getMessage());
  }

  @Test
  void theRequestedOrderMustBeRequested() {
    SemanticLayer layer = SemanticLayer.offline(ShopFixture.MODEL, Dialect.POSTGRES);
    QueryException e = assertThrows(QueryException.class,
        () -> layer.query(REVENUE).orderBy(REGION.asc()).sql());
    assertEquals("GrainlineOrderBy", e.id());
  }
}
