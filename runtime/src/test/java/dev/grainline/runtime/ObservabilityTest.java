package dev.grainline.runtime;

import static dev.grainline.runtime.shop.ShopFixture.REGION;
import static dev.grainline.runtime.shop.ShopFixture.REVENUE;
import static dev.grainline.runtime.shop.ShopFixture.SALES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.DatabaseException;
import dev.grainline.QueryException;
import dev.grainline.runtime.logging.RecordingProvider;
import dev.grainline.runtime.logging.RecordingProvider.Event;
import dev.grainline.runtime.shop.ShopFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/**
 * What a service sees of its queries: the log (SQL, redacted bind values, timings, plan-cache use) and the listener
 * events, paired start to finish whatever the outcome.
 */
class ObservabilityTest {
  private static final String SECRET = "North-and-a-secret";

  private static SemanticLayer.Builder builder() {
    return SemanticLayer.builder(ShopFixture.MODEL).dataSource(ShopFixture.engines().get(1));
  }

  private static List<String> lines(List<Event> events, String logger) {
    return events.stream().filter(e -> e.logger().equals(logger)).map(Event::message).toList();
  }

  @Test
  void theLogShowsTheSqlButNotTheBindValuesUnlessTheyAreEnabled() {
    SemanticLayer layer = builder().build();
    List<Event> events = RecordingProvider.record(() -> layer.query(REVENUE).by(REGION)
        .where(REGION.eq(SECRET)).fetch());
    List<String> sql = lines(events, "dev.grainline.sql");
    assertTrue(sql.stream().anyMatch(line -> line.contains("SQL: ") && line.contains("?")), sql::toString);
    assertTrue(sql.stream().anyMatch(line -> line.contains("bind values: 1 redacted")), sql::toString);
    assertTrue(events.stream().noneMatch(e -> e.message().contains(SECRET)), events::toString);
    assertTrue(events.stream().allMatch(e -> e.level() == Level.DEBUG), events::toString);

    SemanticLayer showing = builder().logBindValues(true).build();
    List<Event> shown = RecordingProvider.record(() -> showing.query(REVENUE).by(REGION)
        .where(REGION.eq(SECRET)).fetch());
    assertTrue(lines(shown, "dev.grainline.sql").contains("query 1 bind values: [" + SECRET + "]"),
        shown::toString);
  }

  @Test
  void theLogTellsPlanCacheMissesAndHitsAndTheTimingsOfEachQuery() {
    SemanticLayer layer = builder().build();
    List<Event> events = RecordingProvider.record(() -> {
      layer.query(SALES).by(REGION).where(REGION.eq("North")).fetch();
      layer.query(SALES).by(REGION).where(REGION.eq("South")).fetch();
    });
    List<String> cache = lines(events, "dev.grainline.plancache");
    assertEquals(2, cache.size(), cache::toString);
    assertTrue(cache.get(0).startsWith("query 1: plan cache miss for shape "), cache::toString);
    assertTrue(cache.get(1).startsWith("query 2: plan cache hit for shape "), cache::toString);
    List<String> queries = lines(events, "dev.grainline.query");
    assertEquals(4, queries.size(), queries::toString);
    assertTrue(queries.get(0).startsWith("query 1 started: [shop.sales] by [shop.region.name]"), queries::toString);
    assertTrue(queries.get(1).matches("query 1 returned 1 rows: planning [0-9.]+ ms, execution [0-9.]+ ms,"
        + " plan cache miss"), queries::toString);
    assertTrue(queries.get(3).endsWith("plan cache hit"), queries::toString);
  }

  /** Records what a listener hears. */
  private static final class Recorder implements QueryListener {
    final List<QueryStarted> started = Collections.synchronizedList(new ArrayList<>());
    final List<QueryFinished> finished = Collections.synchronizedList(new ArrayList<>());

    @Override
    public Observation started(QueryStarted query) {
      started.add(query);
      return finished::add;
    }
  }

  @Test
  void aListenerHearsEachQueryStartAndFinishWithItsOutcomeTimingsAndPlanCacheUse() {
    Recorder recorder = new Recorder();
    SemanticLayer layer = builder().dialect(Dialect.DUCKDB).listener(recorder).build();
    Result north = layer.query(SALES).by(REGION).where(REGION.eq("North")).fetch();
    layer.query(SALES).by(REGION).where(REGION.eq("South")).fetch();
    assertThrows(QueryException.class, () -> layer.textQuery("shop.no_such_metric").fetch());

    assertEquals(List.of(
        new QueryStarted(1, List.of("shop.sales"), List.of("shop.region.name"), java.util.Optional.of(Dialect.DUCKDB)),
        new QueryStarted(2, List.of("shop.sales"), List.of("shop.region.name"), java.util.Optional.of(Dialect.DUCKDB)),
        new QueryStarted(3, List.of("shop.no_such_metric"), List.of(), java.util.Optional.of(Dialect.DUCKDB))),
        recorder.started);
    assertEquals(3, recorder.finished.size());
    QueryFinished first = recorder.finished.get(0);
    QueryFinished second = recorder.finished.get(1);
    QueryFinished rejected = recorder.finished.get(2);
    assertEquals(List.of(1L, 2L, 3L), recorder.finished.stream().map(QueryFinished::queryId).toList());
    assertEquals(new QueryFinished.Outcome.Success(north.size()), first.outcome());
    assertEquals(QueryFinished.PlanCache.MISS, first.planCache());
    assertEquals(QueryFinished.PlanCache.HIT, second.planCache());
    assertEquals(first.shape(), second.shape());
    assertEquals(layer.query(SALES).by(REGION).where(REGION.eq("x")).sql(), first.shape().orElseThrow().sql());
    assertTrue(first.shape().orElseThrow().id().matches("[0-9a-f]{8}"));
    assertTrue(first.execution().compareTo(Duration.ZERO) > 0);

    QueryFinished.Outcome.Failure failure = assertInstanceOf(QueryFinished.Outcome.Failure.class,
        rejected.outcome());
    assertEquals("GrainlineUnknownReference", failure.errorId());
    assertInstanceOf(QueryException.class, failure.cause());
    assertEquals(QueryFinished.PlanCache.NO_PLAN, rejected.planCache());
    assertEquals(Duration.ZERO, rejected.execution());
    assertTrue(rejected.shape().isEmpty());
  }

  @Test
  void aCursorFinishesOnceWhenClosedWithTheRowsReadByThen() {
    Recorder recorder = new Recorder();
    SemanticLayer layer = builder().dialect(Dialect.DUCKDB).listener(recorder).build();
    long all = layer.query(SALES).by(REGION).fetch().size();
    assertTrue(all > 1, "the fixture has several regions");
    try (Cursor cursor = layer.query(SALES).by(REGION).cursor()) {
      cursor.iterator().next();
    }
    layer.query(SALES).by(REGION).forEach(row -> {});
    assertEquals(3, recorder.started.size());
    assertEquals(List.of(new QueryFinished.Outcome.Success(all), new QueryFinished.Outcome.Success(1),
        new QueryFinished.Outcome.Success(all)), recorder.finished.stream().map(QueryFinished::outcome).toList());
    assertEquals(QueryFinished.PlanCache.HIT, recorder.finished.get(1).planCache());
  }

  @Test
  void aTextQueryThatDoesNotParseIsHeardAsAFailedQuery() {
    Recorder recorder = new Recorder();
    SemanticLayer layer = builder().dialect(Dialect.DUCKDB).listener(recorder).build();
    QueryException thrown = assertThrows(QueryException.class,
        () -> layer.textQuery("shop.sales").where("shop.region.name = = 'North'").fetch());
    assertEquals(List.of(new QueryStarted(1, List.of(), List.of(), java.util.Optional.of(Dialect.DUCKDB))),
        recorder.started);
    QueryFinished finished = recorder.finished.get(0);
    assertEquals(new QueryFinished.Outcome.Failure("GrainlineFilterSyntax", thrown), finished.outcome());
    assertEquals(QueryFinished.PlanCache.NO_PLAN, finished.planCache());
  }

  @Test
  void aQueryThatFailsInTheDatabaseFinishesOnceWithTheErrorId() {
    Recorder recorder = new Recorder();
    SemanticLayer layer = SemanticLayer.builder(ShopFixture.MODEL)
        .dataSource(new Databases.DriverManagerDataSource(
            "jdbc:postgresql://127.0.0.1:1/test?user=root&connectTimeout=2"))
        .dialect(Dialect.POSTGRES).listener(recorder).build();
    DatabaseException thrown = assertThrows(DatabaseException.class, () -> layer.query(SALES).fetch());
    assertEquals(1, recorder.started.size());
    assertEquals(1, recorder.finished.size());
    QueryFinished finished = recorder.finished.get(0);
    assertEquals(new QueryFinished.Outcome.Failure("GrainlineDatabaseUnavailable", thrown), finished.outcome());
    assertEquals(QueryFinished.PlanCache.MISS, finished.planCache());
    assertTrue(finished.shape().isPresent());
  }

  @Test
  void aThrowingListenerIsLoggedAndBreaksNeitherTheQueryNorTheOtherListeners() {
    Recorder recorder = new Recorder();
    QueryListener failsToStart = query -> {
      throw new IllegalStateException("listener broken at start");
    };
    QueryListener failsToFinish = query -> finished -> {
      throw new IllegalStateException("listener broken at finish");
    };
    SemanticLayer layer = builder().listener(failsToStart).listener(failsToFinish).listener(recorder).build();
    Result[] result = new Result[1];
    List<Event> events = RecordingProvider.record(() -> result[0] = layer.query(SALES).by(REGION).fetch());
    assertFalse(result[0].rows().isEmpty());
    assertEquals(1, recorder.finished.size());
    List<Event> warnings = events.stream().filter(e -> e.level() == Level.WARN).toList();
    assertEquals(2, warnings.size(), events::toString);
    assertEquals("listener broken at start", warnings.get(0).thrown().getMessage());
    assertEquals("listener broken at finish", warnings.get(1).thrown().getMessage());
    assertEquals("dev.grainline.query", warnings.get(0).logger());
  }

  @Test
  void buildingALayerAndRenderingSqlChangesNoSystemProperty() {
    Properties before = (Properties) System.getProperties().clone();
    SemanticLayer layer = SemanticLayer.offline(ShopFixture.MODEL, Dialect.POSTGRES);
    assertFalse(layer.query(REVENUE).by(REGION).sql().isEmpty());
    assertEquals(before, System.getProperties());
  }
}
