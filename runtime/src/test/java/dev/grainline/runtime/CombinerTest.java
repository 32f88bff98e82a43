package dev.grainline.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.grainline.runtime.shop.ShopFixture;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every aggregate against values worked out by hand, on both engines, aggregated directly and rolled up from
 * partial aggregates (where the combiners do the work). North's amounts are 1, 2, 3 and 10: the reference
 * implementation's unparenthesised VAR_SAMP combiner gets 438.93 for them instead of 16.667.
 */
class CombinerTest {
  private static final double EPSILON = 1e-9;

  /**
   * The metrics by region name, keyed by the name ("null" for the NULL group); visits are requested last so that
   * East, which has visits only, has a row.
   */
  private static Map<Object, Row> byRegion(SemanticLayer layer, String... metrics) {
    MetricRef<?>[] refs = Stream.concat(Arrays.stream(metrics), Stream.of("shop.visits"))
        .map(name -> MetricRef.of(name, Object.class))
        .toArray(MetricRef<?>[]::new);
    Result result = layer.query(refs).by(ShopFixture.REGION).fetch();
    return result.rows().stream().collect(Collectors.toMap(r -> String.valueOf(r.get(0)), r -> r));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.grainline.runtime.shop.ShopFixture#layers")
  void varianceAndStandardDeviation(String engine, SemanticLayer layer) {
    Map<Object, Row> rows = byRegion(layer, "shop.amount_variance", "shop.amount_pop_variance",
        "shop.amount_stddev", "shop.amount_pop_stddev");
    Row north = rows.get("North");
    assertEquals(16.666666666666668, (Double) north.get(1), EPSILON);
    assertEquals(12.5, (Double) north.get(2), EPSILON);
    assertEquals(Math.sqrt(16.666666666666668), (Double) north.get(3), EPSILON);
    assertEquals(Math.sqrt(12.5), (Double) north.get(4), EPSILON);
    // South has amounts 5 and 5 (and a NULL): variance 0, not a negative rounding artefact.
    assertEquals(0.0, (Double) rows.get("South").get(1), EPSILON);
    // East has no sales: a variance of nothing is NULL; the NULL region has amounts 7, 4, 6.
    assertNull(rows.get("East").get(1));
    assertEquals(2.333333333333333, (Double) rows.get("null").get(1), EPSILON);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.grainline.runtime.shop.ShopFixture#layers")
  void averagesCountsAndExtremes(String engine, SemanticLayer layer) {
    Map<Object, Row> rows = byRegion(layer, "shop.avg_amount", "shop.avg_qty", "shop.sales", "shop.priced_sales",
        "shop.min_amount", "shop.max_amount", "shop.units");
    Row south = rows.get("South");
    assertEquals(5.0, (Double) south.get(1), EPSILON); // the NULL amount is not averaged
    assertEquals(4.0 / 3, (Double) south.get(2), EPSILON); // an average of integers is real-valued
    assertEquals(3L, south.get(3));
    assertEquals(2L, south.get(4));
    assertEquals(5.0, south.get(5));
    assertEquals(5.0, south.get(6));
    assertEquals(4L, south.get(7));
    Row east = rows.get("East");
    assertEquals(0L, east.get(3)); // counting no rows gives 0, also when the key exists through another fact
    assertNull(east.get(1));
    assertNull(east.get(7)); // summing no rows gives NULL
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.grainline.runtime.shop.ShopFixture#layers")
  void distinctAndConditionalAggregates(String engine, SemanticLayer layer) {
    Map<Object, Row> rows = byRegion(layer, "shop.customers", "shop.web_revenue", "shop.web_customers",
        "shop.distinct_amounts");
    Row north = rows.get("North");
    assertEquals(3L, north.get(1));
    assertEquals(14.0, (Double) north.get(2), EPSILON);
    assertEquals(2L, north.get(3));
    assertEquals(16.0, (Double) north.get(4), EPSILON);
    Row south = rows.get("South");
    assertEquals(5.0, (Double) south.get(4), EPSILON); // SUM(DISTINCT) stays a sum: 5 once, not a count
    assertEquals(0L, south.get(3));
    assertNull(south.get(2));
    assertEquals(2L, rows.get("null").get(1)); // d and e; the NULL customer is not counted
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.grainline.runtime.shop.ShopFixture#layers")
  void nonDecomposableBesideDecomposable(String engine, SemanticLayer layer) {
    // A median and a max-by in the same request leave the average and the count as they are (reference K7).
    Map<Object, Row> rows = byRegion(layer, "shop.median_amount", "shop.p90_amount", "shop.biggest_customer",
        "shop.avg_amount", "shop.sales");
    Row north = rows.get("North");
    assertEquals(2.5, (Double) north.get(1), EPSILON);
    assertEquals(7.9, (Double) north.get(2), EPSILON);
    assertEquals("c", north.get(3));
    assertEquals(4.0, (Double) north.get(4), EPSILON);
    assertEquals(4L, north.get(5));
    // South: amounts 5 (customer a) and 5 (customer a) and NULL: the tie goes to the greatest customer.
    assertEquals("a", rows.get("South").get(3));
    // The NULL region: amounts 7 (d), 4 (NULL customer), 6 (e).
    assertEquals("d", rows.get("null").get(3));
  }
}
