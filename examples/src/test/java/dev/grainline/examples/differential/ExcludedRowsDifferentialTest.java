package dev.grainline.examples.differential;

import dev.grainline.examples.differential.Differential.Api;
import dev.grainline.examples.differential.Differential.Expected;
import dev.grainline.examples.differential.EngineFixture.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 9: a row the query's filter excludes can neither fail nor change the query. The sample data gets a product
 * of its own category, Extreme, with order lines whose totals overflow a double (2e9 units at 1.7e308), huge
 * negative ones and NULLs, on an ordinary order and on one of their own. Every query filters them out (its random
 * condition over any dimension the lines reach, ANDed with "category is NULL or not Extreme"), so its rows must be
 * the oracle's, which is computed in Java over the sample data without those rows: pre-aggregating the lines by
 * their product before the filter (eager aggregation until issue 9) made PostgreSQL fail with an overflow.
 */
class ExcludedRowsDifferentialTest {
  private static final long DEFAULT_SEED = 20_261_203L;
  private static final int DEFAULT_QUERIES = 60;

  private static final List<String> EXTREME_ROWS = List.of(
      "INSERT INTO {s}.products VALUES (900001, 'Extreme', 'Extreme', 'extreme', 1.7e308)",
      "INSERT INTO {s}.orders SELECT 900001, customer_id, order_date, from_location_id, to_location_id, status"
          + " FROM {s}.orders WHERE order_id = (SELECT MIN(order_id) FROM {s}.orders)",
      "INSERT INTO {s}.order_items VALUES (900001, 1, 900001, 2000000000, 1.7e308),"
          + " (900001, 2, 900001, 2000000000, 1.7e308), (900001, 3, 900001, -2000000000, -1.7e308),"
          + " (900001, 4, 900001, NULL, NULL), (900001, 5, 900001, 2147483647, 1e300)",
      "INSERT INTO {s}.order_items SELECT MIN(order_id), 901, 900001, 2000000000, 1.7e308 FROM {s}.order_items",
      "INSERT INTO {s}.order_items SELECT MIN(order_id), 902, 900001, 2000000000, -1.7e308 FROM {s}.order_items");

  private static final Dim CATEGORY = Dim.of("v3.product.category");

  /** Keeps every line but the Extreme product's, including the lines without a product (LEFT-joined, NULL). */
  private static final Cond NOT_EXTREME = Cond.or(new Cond.IsNull(Cond.dim(CATEGORY), false),
      Cond.cmp(CATEGORY, Cond.Op.NE, "Extreme"));

  /** Aggregates that eager aggregation pre-aggregates (FULL), and two it does not. */
  private static final List<StoreMetric> METRICS = List.of(StoreMetric.TOTAL_REVENUE, StoreMetric.TOTAL_QUANTITY,
      StoreMetric.TOTAL_UNIT_PRICE, StoreMetric.MAX_UNIT_PRICE, StoreMetric.MIN_UNIT_PRICE,
      StoreMetric.COMPLETED_ORDER_REVENUE, StoreMetric.AVG_UNIT_PRICE, StoreMetric.PRICE_SPREAD,
      StoreMetric.ORDER_COUNT, StoreMetric.AVG_ORDER_VALUE);

  @TestFactory
  Stream<DynamicTest> aBooksOnlyQueryIgnoresTheOverflowingLinesOfAnotherCategory() {
    DifferentialFixture fixture = fixture();
    List<DiffQuery> queries = List.of(
        DiffQuery.of(StoreMetric.TOTAL_REVENUE, StoreDifferentialTest.MONTH)
            .where(Cond.cmp(CATEGORY, Cond.Op.EQ, "Books")),
        DiffQuery.of(List.of(StoreMetric.TOTAL_REVENUE, StoreMetric.TOTAL_UNIT_PRICE),
            List.of(StoreDifferentialTest.STATUS)).where(Cond.in(CATEGORY, "Books", "Toys")),
        DiffQuery.of(StoreMetric.TOTAL_REVENUE, StoreDifferentialTest.YEAR)
            .where(new Cond.IsNull(Cond.dim(CATEGORY), false)));
    return queries.stream().map(query -> DynamicTest.dynamicTest(query.toString(), () -> check(fixture, query)));
  }

  /** Random filters: {@code -Dgrainline.seed} and {@code -Dgrainline.queries} replace the defaults. */
  @TestFactory
  Stream<DynamicTest> randomFiltersThatExcludeTheExtremeRowsAgreeWithTheOracle() {
    DifferentialFixture fixture = fixture();
    long seed = Long.getLong("grainline.seed", DEFAULT_SEED);
    int count = Integer.getInteger("grainline.queries", DEFAULT_QUERIES);
    QueryGenerator generator = new QueryGenerator(fixture.oracle());
    return IntStream.range(0, count).mapToObj(i -> {
      DiffQuery query = generator.generateFiltered(new Random(StoreRandomQueryTest.caseSeed(seed, i)), METRICS,
          NOT_EXTREME);
      String name = "#" + i + " (seed " + seed + ") " + query;
      return DynamicTest.dynamicTest(name.length() > 240 ? name.substring(0, 240) + "..." : name,
          () -> check(fixture, query));
    });
  }

  private static DifferentialFixture fixture() {
    return DifferentialFixture.withRowsTheOracleLacks("excluded", EXTREME_ROWS);
  }

  /** The query's rows (or its rejection) on every target through two front ends are the oracle's. */
  private static void check(DifferentialFixture fixture, DiffQuery query) {
    Expected expected = Expected.of(fixture.oracle(), query);
    List<Api> apis = query.textOnly() ? List.of(Api.TEXT, Api.TEXT_ALTERNATIVE) : List.of(Api.TYPED, Api.TEXT);
    List<String> failures = new ArrayList<>();
    List<Target> targets = fixture.targets(query);
    for (Target target : targets) {
      for (Api api : apis) {
        Optional<String> difference = Differential.difference(target, api, query, expected);
        difference.ifPresent(failures::add);
      }
    }
    if (!failures.isEmpty()) {
      throw new AssertionError(failures.size() + " of " + targets.size() * apis.size()
          + " runs differ from the oracle:\n" + String.join("\n\n", failures));
    }
  }
}
