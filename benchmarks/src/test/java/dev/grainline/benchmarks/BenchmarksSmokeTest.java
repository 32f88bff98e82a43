package dev.grainline.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.examples.StoreModel;
import dev.grainline.examples.data.DateRow;
import dev.grainline.examples.data.SampleData;
import dev.grainline.runtime.Dialect;
import dev.grainline.runtime.SemanticLayer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Runs every benchmark body once, outside JMH, so that a change elsewhere that breaks a benchmark fails the build
 * instead of the next benchmark run. Nothing is timed here.
 */
class BenchmarksSmokeTest {
  @ParameterizedTest
  @EnumSource(PlanningScenario.class)
  void everyPlanningBenchmarkRunsOnBothDialects(PlanningScenario scenario) {
    for (Dialect dialect : Dialect.values()) {
      PlanningBenchmark benchmark = new PlanningBenchmark();
      benchmark.scenario = scenario;
      benchmark.dialect = dialect;
      benchmark.setUp(); // checks that the three paths render the same SQL
      Blackhole blackhole = new Blackhole(
          "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
      String floor = benchmark.c_renderOnly();
      assertEquals(floor, benchmark.a_scratch().sql());
      benchmark.b_cached(blackhole);
      benchmark.p1_resolve();
      benchmark.p2_plan();
      benchmark.p3_buildStatement();
      assertEquals(floor, benchmark.p4_renderWithBindOrder().sql());
      PlanningBenchmark.FreshLayer fresh = new PlanningBenchmark.FreshLayer();
      fresh.newLayer(benchmark);
      assertEquals(floor, benchmark.e1_layerMiss(fresh).sql());
      assertEquals(floor, benchmark.e2_cachedOnce().sql());
      benchmark.checkCaches();
      blackhole.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
    }
  }

  @Test
  void planningRatiosInterleaveDialectsAndDivideTrinoByPostgres() {
    String report = PlanningRatios.run(new String[] {"--scenarios", "S1", "--dialects", "POSTGRES,TRINO",
        "--warmup-seconds", "0", "--rounds", "1", "--slice-ms", "1"});
    assertTrue(report.contains("| S1 POSTGRES |") && report.contains("| S1 TRINO |"), report);
    assertTrue(report.contains("TRINO ÷ POSTGRES per path"), report);
    assertTrue(report.lines().anyMatch(line -> line.startsWith("| S1 | ") && line.split("\\|").length == 11),
        report);
  }

  @Test
  void theWideRequestHasTwentyMetricsAcrossBothFacts() {
    assertEquals(20, PlanningScenario.WIDE20.metrics().size());
    String sql = PlanningScenario.WIDE20.query(SemanticLayer.offline(StoreModel.model(), Dialect.POSTGRES), 2024)
        .sql();
    assertTrue(sql.contains("\"g_order_details\"") && sql.contains("\"g_page_views_enriched\""), sql);
  }

  @Test
  void generatedAndHandWrittenSqlAgreeOnDuckDb(@TempDir Path directory) throws Exception {
    String schema = "v3_smoke";
    try (BenchDatabase database = BenchDatabase.duckdb(directory.resolve("smoke.duckdb"))) {
      StringWriter log = new StringWriter();
      assertTrue(database.ensureLoaded(schema, SampleData.standard(), false, new PrintWriter(log)));
      assertFalse(database.ensureLoaded(schema, SampleData.standard(), false, new PrintWriter(log)));
      SemanticLayer layer = SemanticLayer.builder(StoreModel.model()).dialect(Dialect.DUCKDB)
          .mapSchema("v3", schema).dataSource(database.dataSource()).build();
      // The orders cover a year, with days without orders inside it, for the trailing window case.
      try (Connection connection = database.dataSource().getConnection();
          Statement statement = connection.createStatement();
          ResultSet days = statement.executeQuery("SELECT MIN(order_date), MAX(order_date), COUNT(DISTINCT"
              + " order_date), COUNT(*) FROM " + schema + ".orders")) {
        assertTrue(days.next());
        assertEquals(DateRow.dateId(BenchDatabase.SPREAD_FIRST_DAY), days.getInt(1));
        assertEquals(DateRow.dateId(SampleData.LAST_ORDER_DAY), days.getInt(2));
        assertEquals(366 - BenchDatabase.CLOSED_DAYS.size(), days.getInt(3));
        assertEquals(SampleData.standard().orderCount(), days.getInt(4));
      }
      for (ExecutionCase executionCase : ExecutionCase.values()) {
        List<List<Object>> rows = SqlExecutionBenchmark.checkSameRows(database.dataSource(), layer, executionCase,
            schema);
        assertFalse(rows.isEmpty());
      }
    }
  }

  @Test
  void theConcurrencyRunAgreesWithItsSingleThreadedAnswersOnDuckDb(@TempDir Path directory) throws Exception {
    ConcurrencyRun.Options options = ConcurrencyRun.Options.parse(new String[] {"--threads", "4", "--queries", "10",
        "--pool", "2", "--orders", "2000", "--schema", "v3_smoke_concurrency"});
    try (BenchDatabase database = BenchDatabase.duckdb(directory.resolve("concurrency.duckdb"))) {
      database.ensureLoaded(options.schema(), BenchDatabase.dataSet(options.orders()), false,
          new PrintWriter(new StringWriter()));
      ConcurrencyRun.Outcome outcome = ConcurrencyRun.run(Dialect.DUCKDB, database.dataSource(), options,
          new PrintWriter(new StringWriter()));
      assertEquals(40, outcome.queries());
      assertEquals(0, outcome.errors(), outcome.firstProblem().orElse(""));
      assertEquals(0, outcome.mismatches(), outcome.firstProblem().orElse(""));
    }
  }

  @Test
  void theSpreadCoversAYearAndSkipsClosedDays() {
    assertEquals(BenchDatabase.SPREAD_FIRST_DAY, BenchDatabase.spreadDay(SampleData.FIRST_ORDER_DAY, 0));
    assertEquals(SampleData.LAST_ORDER_DAY, BenchDatabase.spreadDay(SampleData.LAST_ORDER_DAY, 1));
    Set<LocalDate> days = new HashSet<>();
    for (LocalDate day : SampleData.FIRST_ORDER_DAY.datesUntil(SampleData.LAST_ORDER_DAY.plusDays(1)).toList()) {
      days.add(BenchDatabase.spreadDay(day, 0));
      days.add(BenchDatabase.spreadDay(day, 1));
    }
    assertEquals(366 - BenchDatabase.CLOSED_DAYS.size(), days.size());
    assertTrue(BenchDatabase.CLOSED_DAYS.stream().noneMatch(days::contains));
  }

  @Test
  void resultsCompareFloatingPointSumsWithATolerance() {
    assertTrue(SqlExecutionBenchmark.Results.same(1.0, 1.0 + 1e-12));
    assertFalse(SqlExecutionBenchmark.Results.same(1.0, 1.001));
    assertTrue(SqlExecutionBenchmark.Results.same(3L, 3));
    assertFalse(SqlExecutionBenchmark.Results.same(null, 0L));
    assertTrue(SqlExecutionBenchmark.Stats.median(new double[] {3, 1, 2}) == 2.0);
  }
}
