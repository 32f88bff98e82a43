package dev.grainline.runtime;

import dev.grainline.QueryException;

import static dev.grainline.runtime.shop.ShopFixture.CHANNEL;
import static dev.grainline.runtime.shop.ShopFixture.MONTH;
import static dev.grainline.runtime.shop.ShopFixture.REGION;
import static dev.grainline.runtime.shop.ShopFixture.REVENUE;
import static dev.grainline.runtime.shop.ShopFixture.SALES;
import static dev.grainline.runtime.shop.ShopFixture.SALES_PER_VISIT;
import static dev.grainline.runtime.shop.ShopFixture.VISITORS;
import static dev.grainline.runtime.shop.ShopFixture.VISITS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Metrics of two facts in one result, where the reference implementation goes wrong: every fact is collapsed to the
 * query grain before the facts are joined (no SUM repeated per row of the other fact, K1), a filter keeps keys that
 * only one fact has (K2), and NULL dimension values group and join as one value across facts.
 */
class CrossFactTest {
  private static List<List<Object>> rows(Result result) {
    return result.rows().stream().map(Row::values).toList();
  }

  private static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.grainline.runtime.shop.ShopFixture#layers")
  void metricsOfTwoFactsByRegion(String engine, SemanticLayer layer) {
    Result result = layer.query(REVENUE, SALES, VISITS, VISITORS, SALES_PER_VISIT).by(REGION).fetch();
    // Regions 3 (NULL name), 9 (no region row) and a NULL region key all have a NULL name: one group, both facts.
    assertEquals(List.of(
        row("East", null, 0L, 1L, 1L, 0.0),
        row("North", 16.0, 4L, 3L, 2L, 4.0 / 3),
        row("South", 10.0, 3L, 1L, 1L, 3.0),
        row(null, 17.0, 3L, 3L, 3L, 1.0)), rows(result));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.grainline.runtime.shop.ShopFixture#layers")
  void aFilterKeepsKeysThatOnlyOneFactHas(String engine, SemanticLayer layer) {
    Result result = layer.query(REVENUE, VISITS).by(REGION).where(REGION.in("East", "North")).fetch();
    assertEquals(List.of(row("East", null, 1L), row("North", 16.0, 3L)), rows(result));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.grainline.runtime.shop.ShopFixture#layers")
  void unroledDateResolvesToEachFactsOwnDate(String engine, SemanticLayer layer) {
    // Sales reach the day through [sale], visits through [visit]; an unroled month means each fact's own day.
    Result result = layer.query(SALES, VISITS).by(MONTH).fetch();
    assertEquals(List.of(row(1, 8L, 7L), row(2, 2L, 1L)), rows(result));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.grainline.runtime.shop.ShopFixture#layers")
  void withoutDimensionsFactsCombineAsOneRow(String engine, SemanticLayer layer) {
    Result result = layer.query(REVENUE, VISITS, SALES_PER_VISIT).fetch();
    assertEquals(List.of(row(43.0, 8L, 10.0 / 8)), rows(result));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.grainline.runtime.shop.ShopFixture#layers")
  void havingOrderAndLimit(String engine, SemanticLayer layer) {
    Result result = layer.query(REVENUE, SALES).by(REGION)
        .having(REVENUE.gt(5.0).and(SALES.ge(3L))).orderBy(REVENUE.desc()).limit(2).fetch();
    assertEquals(List.of(row(null, 17.0, 3L), row("North", 16.0, 4L)), rows(result));
    // A metric that is only filtered on is computed but not returned, and adds no rows: East has visits only.
    Result filtered = layer.query(REVENUE).by(REGION).having(VISITS.ge(3L)).fetch();
    assertEquals(List.of(row("North", 16.0), row(null, 17.0)), rows(filtered));
    Result counted = layer.query(SALES).by(REGION).having(VISITS.ge(1L)).fetch();
    assertEquals(List.of(row("North", 4L), row("South", 3L), row(null, 3L)), rows(counted));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.grainline.runtime.shop.ShopFixture#layers")
  void aConditionalAggregateJoinsTheDimensionItFiltersOn(String engine, SemanticLayer layer) {
    MetricRef<Double> northRevenue = MetricRef.of("shop.north_revenue", Double.class);
    Result result = layer.query(northRevenue, REVENUE).by(CHANNEL).fetch();
    assertEquals(List.of(row("store", 2.0, 18.0), row("web", 14.0, 25.0), row(null, null, null)), rows(result));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.grainline.runtime.shop.ShopFixture#layers")
  void aLocalAttributeIsNotReachableFromAnotherFact(String engine, SemanticLayer layer) {
    QueryException e = assertThrows(QueryException.class, () -> layer.query(REVENUE, VISITS).by(CHANNEL).fetch());
    assertEquals("GrainlineNoJoinPath", e.id());
    assertEquals("[GrainlineNoJoinPath] shop.sales.channel is not reachable from shop.visits"
        + " (needed by shop.visits)", e.errors().get(0).message());
  }
}
