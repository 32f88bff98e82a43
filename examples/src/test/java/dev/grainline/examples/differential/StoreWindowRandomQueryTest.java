package dev.grainline.examples.differential;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random time-series queries ({@link QueryGenerator#generateWindow}): window metrics by a random time attribute,
 * partitioned by random dimensions, under random date filters (one day, ranges, months, weeks, weekdays) and
 * filters on other dimensions, compared with {@link WindowOracle} on PostgreSQL and DuckDB, aggregated directly and
 * rolled up, through the typed and a text API; about one query in ten breaks a window rule and must be rejected with
 * the oracle's message id. Seeded and shrunk like {@link StoreRandomQueryTest}:
 *
 * <pre>
 * ./mvnw -pl examples test -Dtest=StoreWindowRandomQueryTest -Dgrainline.seed=12345 [-Dgrainline.queries=1000] \
 *     [-Dgrainline.case=17]
 * </pre>
 */
@Slow
class StoreWindowRandomQueryTest {
  @AfterAll
  static void printRunCounts() {
    Differential.printRunCounts("StoreWindowRandomQueryTest");
  }

  static final long DEFAULT_SEED = 20_240_131L;
  static final int DEFAULT_QUERIES = 150;

  @TestFactory
  Stream<DynamicTest> randomWindowQueriesAgreeWithTheOracle() {
    return StoreRandomQueryTest.randomTests("random window queries", DEFAULT_SEED, DEFAULT_QUERIES,
        QueryGenerator::generateWindow);
  }
}
