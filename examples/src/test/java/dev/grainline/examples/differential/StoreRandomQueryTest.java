package dev.grainline.examples.differential;

import dev.grainline.examples.differential.Differential.Api;
import dev.grainline.examples.differential.Differential.Expected;
import dev.grainline.examples.differential.EngineFixture.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property-based differential testing without a property-testing library: random queries from a seeded generator,
 * each run through the typed API and the text API on PostgreSQL and DuckDB, aggregated directly and rolled up, and
 * compared with the oracle. A failure prints the seed, the case and a shrunk query.
 *
 * <p>The default seed is fixed, so CI runs the same queries every time. To explore, or to replay a failure:
 *
 * <pre>
 * ./mvnw -pl examples test -Dmaven.compiler.proc=none -Dtest=StoreRandomQueryTest \
 *     -Dgrainline.seed=12345 [-Dgrainline.queries=1000] [-Dgrainline.case=17]
 * </pre>
 */
@Slow
class StoreRandomQueryTest {
  @AfterAll
  static void printRunCounts() {
    Differential.printRunCounts("StoreRandomQueryTest");
  }

  static final long DEFAULT_SEED = 20_251_122L;
  static final int DEFAULT_QUERIES = 400;
  private static final int SHRINK_STEPS = 80;

  @TestFactory
  Stream<DynamicTest> randomQueriesAgreeWithTheOracle() {
    return randomTests("random differential queries", DEFAULT_SEED, DEFAULT_QUERIES, QueryGenerator::generate);
  }

  /**
   * Seeded random queries from {@code generate}, each compared with the oracle (its rows, or the rejection it
   * expects) on every target through two front ends, shrunk on failure. {@code -Dgrainline.seed},
   * {@code -Dgrainline.queries} and {@code -Dgrainline.case} replace the defaults.
   */
  static Stream<DynamicTest> randomTests(String suite, long defaultSeed, int defaultQueries,
      BiFunction<QueryGenerator, Random, DiffQuery> generate) {
    DifferentialFixture fixture = DifferentialFixture.get();
    long seed = Long.getLong("grainline.seed", defaultSeed);
    int count = Integer.getInteger("grainline.queries", defaultQueries);
    Integer only = Integer.getInteger("grainline.case");
    System.out.printf("%s: seed %d, %d queries (-Dgrainline.seed=%d -Dgrainline.queries=%d replays them)%n", suite,
        seed, count, seed, count);
    QueryGenerator generator = new QueryGenerator(fixture.oracle());
    // Every query is generated and its runs started before the first test checks its own.
    return IntStream.range(0, count).filter(i -> only == null || only == i).mapToObj(i -> {
      Random random = new Random(caseSeed(seed, i));
      DiffQuery query = generate.apply(generator, random);
      Api text = random.nextBoolean() ? Api.TEXT : Api.TEXT_ALTERNATIVE;
      // Arithmetic and attribute-to-attribute comparisons exist only in the text grammar: both spellings then.
      List<Api> apis = query.textOnly() ? List.of(Api.TEXT, Api.TEXT_ALTERNATIVE) : List.of(Api.TYPED, text);
      Expected expected = Expected.of(fixture.oracle(), query);
      List<Run> runs = new ArrayList<>();
      for (Target target : fixture.targets(i)) {
        Future<Map<Api, Optional<String>>> differences = Differential.submit(target, apis, query, expected);
        for (Api api : apis) {
          runs.add(new Run(target, api, differences));
        }
      }
      String name = "#" + i + " " + query;
      return DynamicTest.dynamicTest(name.length() > 240 ? name.substring(0, 240) + "..." : name,
          () -> report(fixture, seed, i, query, runs));
    }).toList().stream();
  }

  /** A front end's run on a target, among the runs of the query on that target. */
  private record Run(Target target, Api api, Future<Map<Api, Optional<String>>> differences) {
    Optional<String> difference() {
      return Differential.await(differences).get(api);
    }
  }

  /** Each case's own seed: neighbouring cases share nothing, and one case replays alone. */
  static long caseSeed(long seed, int index) {
    long z = seed * 0x9E3779B97F4A7C15L + index;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static void report(DifferentialFixture fixture, long seed, int index, DiffQuery query, List<Run> runs) {
    List<String> failures = new ArrayList<>();
    Target firstTarget = null;
    Api firstApi = null;
    for (Run run : runs) {
      Optional<String> difference = run.difference();
      if (difference.isPresent()) {
        if (firstTarget == null) {
          firstTarget = run.target();
          firstApi = run.api();
        }
        failures.add(difference.get());
      }
    }
    if (failures.isEmpty()) {
      return;
    }
    StringBuilder message = new StringBuilder();
    message.append("random query #").append(index).append(" (seed ").append(seed).append(") differs from the oracle on ")
        .append(failures.size()).append(" of ").append(runs.size())
        .append(" runs.\nReplay: -Dgrainline.seed=").append(seed).append(" -Dgrainline.case=").append(index)
        .append("\nQuery: ").append(query).append("\n\n");
    DiffQuery shrunk = shrink(fixture, firstTarget, firstApi, query);
    if (!shrunk.equals(query)) {
      message.append("Shrunk on ").append(firstTarget.name()).append(" (").append(firstApi).append("): ")
          .append(shrunk).append("\n")
          .append(Differential.difference(firstTarget, firstApi, shrunk, Expected.of(fixture.oracle(), shrunk))
              .orElse("(the shrunk query passes alone)"))
          .append("\n\n");
    }
    message.append("First difference:\n").append(failures.get(0));
    for (int i = 1; i < failures.size(); i++) {
      message.append("\n\nAlso: ").append(failures.get(i).lines().limit(3).reduce((a, b) -> a + "\n" + b)
          .orElse(""));
    }
    throw new AssertionError(message.toString());
  }

  /** Greedily takes the first simplification that still fails on the same target and API, until none does. */
  static DiffQuery shrink(DifferentialFixture fixture, Target target, Api api, DiffQuery query) {
    DiffQuery current = query;
    int steps = 0;
    boolean progress = true;
    while (progress && steps < SHRINK_STEPS) {
      progress = false;
      for (DiffQuery candidate : QueryGenerator.simplifications(current)) {
        if (++steps > SHRINK_STEPS) {
          break;
        }
        Expected expected;
        try {
          expected = Expected.of(fixture.oracle(), candidate);
        } catch (RuntimeException e) {
          continue;
        }
        if (Differential.difference(target, api, candidate, expected).isPresent()) {
          current = candidate;
          progress = true;
          break;
        }
      }
    }
    return current;
  }
}
