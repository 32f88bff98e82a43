package dev.grainline.examples.spectrum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.grainline.examples.differential.EngineFixture;
import dev.grainline.examples.differential.EngineFixture.Target;
import dev.grainline.examples.spectrum.data.SpectrumData;
import dev.grainline.examples.spectrum.data.SpectrumLoader;
import dev.grainline.runtime.Dialect;
import dev.grainline.runtime.MetricQuery;
import dev.grainline.runtime.Row;
import dev.grainline.runtime.SemanticLayer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Weekly retention (spectrum.md §9) and the revenue and active users beside it, on PostgreSQL, DuckDB and Trino,
 * aggregating directly and rolled up, against {@link SpectrumOracle} over the same generated rows: by the user's
 * first-seen week for two tenants (one with user ids above 2^31), and by event week and
 * currency for those two and for all tenants. The oracle's weeks are UTC and start on Monday; users that dim_users
 * lacks still count; user ids repeat across accounts.
 */
class SpectrumRetentionTest {
  private static final long SEED = 11L;
  /**
   * Not 5,000: the events of that many span three or four weeks, so nobody is back four weeks on and retained_w4
   * would be 0 whatever the SQL did. 20,000 span nine, and both tenants below have users back after 1, 2 and 4.
   */
  private static final int EVENTS = 20_000;
  /** Account 22 has user ids above 2^31; account 28 the most cohorts (of this seed and size). */
  private static final List<Integer> TENANTS = List.of(22, 28);

  private static final SpectrumData DATA = SpectrumData.generate(SEED, EVENTS);
  private static final SpectrumOracle ORACLE = new SpectrumOracle(DATA);

  private static final String[] RETENTION = {"spectrum.cohort_users", "spectrum.retained_w1", "spectrum.retained_w2",
      "spectrum.retained_w4"};

  private static EngineFixture engines() {
    return EngineFixture.once("spectrum_retention", EngineFixture.class, () -> EngineFixture.load(
        "spectrum_retention", DATA.description(), (connection, dialect, schema) ->
            SpectrumLoader.load(connection, schema, DATA)));
  }

  private static List<Target> targets() {
    return engines().targets(SpectrumCatalog.model(), SpectrumLoader.MODEL_SCHEMA);
  }

  private static List<List<Object>> sorted(List<List<Object>> rows) {
    return rows.stream().sorted(Comparator.comparing(Object::toString)).toList();
  }

  private static List<List<Object>> rows(MetricQuery query) {
    return sorted(query.fetch().rows().stream().map(Row::values).toList());
  }

  /** A scope: the layer bound to one tenant, or reading all, and the accounts the oracle reads for it. */
  private record Scope(String name, Function<SemanticLayer, SemanticLayer> bind, IntPredicate accounts) {}

  private static List<Scope> tenants() {
    return TENANTS.stream().map(t -> new Scope("tenant " + t, layer -> layer.forTenant(t), a -> a == t)).toList();
  }

  private static List<Scope> tenantsAndAll() {
    List<Scope> scopes = new ArrayList<>(tenants());
    scopes.add(new Scope("all tenants", SemanticLayer::allTenants, a -> true));
    return scopes;
  }

  @TestFactory
  Stream<DynamicTest> retentionByFirstSeenWeek() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Target target : targets()) {
      for (Scope scope : tenants()) {
        tests.add(dynamicTest(target + ", " + scope.name(), () -> assertEquals(
            sorted(ORACLE.retentionByFirstSeenWeek(scope.accounts())),
            rows(scope.bind().apply(target.layer()).textQuery(RETENTION).by("spectrum.user.first_seen_week")))));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> activeUsersAndRevenueByWeekAndByCurrency() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Target target : targets()) {
      for (Scope scope : tenantsAndAll()) {
        tests.add(dynamicTest(target + ", " + scope.name() + ", by week", () -> assertEquals(
            sorted(ORACLE.activeUsersAndRevenueBy(SpectrumOracle.Event::week, scope.accounts())),
            rows(scope.bind().apply(target.layer()).textQuery("spectrum.active_users", "spectrum.revenue_cents")
                .by("spectrum.events.week")))));
        tests.add(dynamicTest(target + ", " + scope.name() + ", by currency", () -> assertEquals(
            sorted(ORACLE.activeUsersAndRevenueBy(SpectrumOracle.Event::currency, scope.accounts())),
            rows(scope.bind().apply(target.layer()).textQuery("spectrum.active_users", "spectrum.revenue_cents")
                .by("spectrum.events.currency")))));
      }
    }
    return tests.stream();
  }

  /** The data has what makes the comparisons above able to fail. */
  @Test
  void theDataHasTheTrapsTheComparisonsRelyOn() {
    assertNotEquals(ORACLE.events().stream().map(SpectrumOracle.Event::user).distinct().count(),
        ORACLE.bareUserIds(), "user ids repeat across accounts");
    for (int tenant : TENANTS) {
      List<List<Object>> cohorts = ORACLE.retentionByFirstSeenWeek(a -> a == tenant);
      assertTrue(cohorts.size() > 2, "tenant " + tenant + " has several cohorts");
      for (int column = 2; column <= 4; column++) {
        int c = column;
        assertTrue(cohorts.stream().anyMatch(r -> (long) r.get(c) > 0),
            "tenant " + tenant + " has users back in each retention column: " + cohorts);
      }
    }
    assertTrue(ORACLE.events().stream().anyMatch(e -> e.account() == TENANTS.get(0)
        && e.user().user() > Integer.MAX_VALUE), "tenant " + TENANTS.get(0) + " has user ids above 2^31");
  }

  /**
   * One pass: the four distinct counts of the retention query are counted from one set of (cohort, user) keys
   * (DistinctKeyRule), and every read of a table of events, users or accounts is restricted to the bound tenant.
   */
  @Test
  void theRetentionQueryIsOnePassAndEveryScanIsTheTenants() {
    for (Dialect dialect : Dialect.values()) {
      SemanticLayer layer = SemanticLayer.builder(SpectrumCatalog.model()).dialect(dialect).build()
          .forTenant(TENANTS.get(0));
      MetricQuery query = layer.textQuery(RETENTION).by("spectrum.user.first_seen_week");
      String explain = query.explain().render();
      assertTrue(explain.contains("distinct keys counted in one pass"), dialect + ":\n" + explain);
      String sql = query.sql();
      // Every table the query reads is tenant-scoped (dim_event_types, the shared one, is not joined), and each
      // read is restricted to the tenant: as many restrictions as reads, each with the tenant as its bind value.
      int reads = count(Pattern.compile("(?:from|join) \"warehouse\"\\.\"\\w+\""), sql);
      int restrictions = count(Pattern.compile("\"account_id\" = (?:cast\\()?\\?"), sql);
      assertEquals(2, reads, dialect + ": the events are read for the cohorts and for the activity, once each:\n"
          + sql);
      assertEquals(reads, restrictions, dialect + ": every read carries account_id = ?:\n" + sql);
      assertEquals(Collections.nCopies(restrictions, TENANTS.get(0)), query.bindValues(), dialect + ":\n"
          + sql);
    }
  }

  private static int count(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}
