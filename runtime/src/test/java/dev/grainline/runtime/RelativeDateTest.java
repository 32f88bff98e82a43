package dev.grainline.runtime;

import static dev.grainline.runtime.recent.RecentFixture.CATEGORY;
import static dev.grainline.runtime.recent.RecentFixture.DAY;
import static dev.grainline.runtime.recent.RecentFixture.LAST_7_DAYS;
import static dev.grainline.runtime.recent.RecentFixture.MEASURES;
import static dev.grainline.runtime.recent.RecentFixture.TOTAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.grainline.runtime.recent.RecentFixture;
import dev.grainline.runtime.recent.RecentFixture.Event;
import dev.grainline.runtime.recent.RecentFixture.Measured;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code today()} in definitions, against a plain-Java oracle over the same rows (see RecentFixture): the measures
 * and named queries relative to today give what java.time gives for {@code LocalDate.now(zone)}, on both engines,
 * direct and rolled up, in UTC and in time zones where the date is already tomorrow or still yesterday.
 *
 * <p>Two clocks: the live tests run now and compare with the date before and after the query (the same, or the
 * query ran across midnight and is retried). The fixed-instant tests run the very SQL the layer generates with the
 * engine's clock replaced by a chosen instant (month ends, a leap day, a new year in some zones only), which is how
 * a test can reach March 31 on any day.
 */
class RelativeDateTest {
  private static final String LAYERS = "dev.grainline.runtime.recent.RecentFixture#layers";
  /** UTC (no zone named), UTC+14, UTC-11 and a zone with daylight saving time. */
  private static final List<Optional<ZoneId>> ZONES = List.of(Optional.empty(),
      Optional.of(ZoneId.of("Pacific/Kiritimati")), Optional.of(ZoneId.of("Pacific/Pago_Pago")),
      Optional.of(ZoneId.of("America/Los_Angeles")));
  private static final List<Instant> INSTANTS = List.of(
      Instant.parse("2024-03-31T12:00:00Z"),   // one month back: February 29 of a leap year
      Instant.parse("2023-03-31T12:00:00Z"),   // February 28
      Instant.parse("2024-05-31T06:00:00Z"),   // April 30; three months on: August 31
      Instant.parse("2024-02-29T12:00:00Z"),   // a year back: February 28, 2023
      Instant.parse("2024-11-30T12:00:00Z"),   // three months on: February 28, 2025
      Instant.parse("2024-12-31T23:30:00Z"),   // already 2025 east of UTC, Monday December 30's week
      Instant.parse("2025-01-01T00:30:00Z"));  // still 2024 west of UTC

  @AfterAll
  static void dropSchema() {
    RecentFixture.dropSchema();
  }

  // --- now ------------------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void measuresRelativeToTodayMatchJavaTimeToday(String name, SemanticLayer layer, DataSource unused) {
    for (Optional<ZoneId> zone : ZONES) {
      MetricQuery query = inZone(layer.query(metrics()).by(CATEGORY), zone);
      ZoneId clockZone = zone.orElse(ZoneOffset.UTC);
      sameDay(clockZone, query::fetch, (result, today) ->
          assertEquals(expectedByCategory(today, clockZone), byCategory(result), name + " in " + clockZone
              + " on " + today));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void namedQueriesRelativeToTodayMatchJavaTimeToday(String name, SemanticLayer layer, DataSource unused) {
    for (Optional<ZoneId> zone : ZONES) {
      ZoneId clockZone = zone.orElse(ZoneOffset.UTC);
      sameDay(clockZone, () -> inZone(layer.named("recent.last_week_by_day"), zone).fetch(), (result, today) -> {
        Map<LocalDate, Long> actual = new TreeMap<>();
        result.rows().forEach(row -> actual.put(row.get(DAY), row.get(TOTAL)));
        assertEquals(lastWeekByDay(today), actual, name + " in " + clockZone + " on " + today);
      });
      sameDay(clockZone, () -> inZone(layer.named("recent.since_two_days_ago_by_category"), zone).fetch(),
          (result, today) -> {
            Map<String, Long> actual = new TreeMap<>();
            result.rows().forEach(row -> actual.put(row.get(CATEGORY), row.get(TOTAL)));
            assertEquals(sinceTwoDaysAgo(today, clockZone), actual, name + " in " + clockZone + " on " + today);
          });
      sameDay(clockZone, () -> inZone(layer.named("recent.active_categories"), zone).fetch(), (result, today) -> {
        Map<String, Long> actual = new TreeMap<>();
        result.rows().forEach(row -> actual.put(row.get(CATEGORY), row.get(TOTAL)));
        assertEquals(activeCategories(today), actual, name + " in " + clockZone + " on " + today);
      });
    }
  }

  // --- chosen instants --------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void theGeneratedSqlAtChosenInstantsMatchesJavaTime(String name, SemanticLayer layer, DataSource engine)
      throws SQLException {
    for (Instant instant : INSTANTS) {
      for (Optional<ZoneId> zone : ZONES) {
        ZoneId clockZone = zone.orElse(ZoneOffset.UTC);
        LocalDate today = instant.atZone(clockZone).toLocalDate();
        String where = name + " at " + instant + " in " + clockZone + " (" + today + ")";

        MetricQuery byCategory = inZone(layer.query(metrics()).by(CATEGORY), zone);
        Map<String, List<Long>> actual = new TreeMap<>();
        for (List<Object> row : runAt(engine, byCategory, instant)) {
          List<Long> values = new ArrayList<>();
          row.subList(1, row.size()).forEach(v -> values.add(v == null ? null : ((Number) v).longValue()));
          actual.put((String) row.get(0), values);
        }
        assertEquals(expectedByCategory(today, clockZone), actual, where);

        Map<LocalDate, Long> lastWeek = new TreeMap<>();
        runAt(engine, inZone(layer.named("recent.last_week_by_day"), zone), instant)
            .forEach(row -> lastWeek.put(date(row.get(0)), ((Number) row.get(1)).longValue()));
        assertEquals(lastWeekByDay(today), lastWeek, where);

        Map<String, Long> recent = new TreeMap<>();
        runAt(engine, inZone(layer.named("recent.since_two_days_ago_by_category"), zone), instant)
            .forEach(row -> recent.put((String) row.get(0), ((Number) row.get(1)).longValue()));
        assertEquals(sinceTwoDaysAgo(today, clockZone), recent, where);

        Map<String, Long> active = new TreeMap<>();
        runAt(engine, inZone(layer.named("recent.active_categories"), zone), instant)
            .forEach(row -> active.put((String) row.get(0), ((Number) row.get(1)).longValue()));
        assertEquals(activeCategories(today), active, where);
      }
    }
  }

  // --- plans ------------------------------------------------------------------------------------------------------

  @Test
  void theSqlHoldsNoDateAndOnePlanServesEveryDayAndZone() {
    SemanticLayer layer = SemanticLayer.offline(RecentFixture.MODEL, Dialect.POSTGRES);
    TypedQuery utc = layer.query(TOTAL, LAST_7_DAYS).by(CATEGORY);
    MetricQuery tokyo = layer.query(TOTAL, LAST_7_DAYS).by(CATEGORY).inTimeZone(ZoneId.of("Asia/Tokyo"));
    MetricQuery kiritimati = layer.query(TOTAL, LAST_7_DAYS).by(CATEGORY)
        .inTimeZone(ZoneId.of("Pacific/Kiritimati"));
    assertEquals(tokyo.sql(), kiritimati.sql());
    assertEquals(List.of("Pacific/Kiritimati"), kiritimati.bindValues().stream()
        .filter("Pacific/Kiritimati"::equals).distinct().toList());
    for (String sql : List.of(utc.sql(), tokyo.sql())) {
      assertTrue(sql.contains("current_timestamp"), sql);
      LocalDate now = LocalDate.now(ZoneOffset.UTC);
      for (LocalDate near = now.minusDays(8); near.isBefore(now.plusDays(3)); near = near.plusDays(1)) {
        assertFalse(sql.contains(near.toString()), sql);
      }
    }
    // The query without a zone and the one with a zone differ in shape; the two zones share a plan.
    assertEquals(2L, layer.planStats().planned());
  }

  // --- the oracle -------------------------------------------------------------------------------------------------

  private static MetricRef<?>[] metrics() {
    return MEASURES.stream().map(Measured::metric).toArray(MetricRef<?>[]::new);
  }

  private static Map<String, List<Long>> expectedByCategory(LocalDate today, ZoneId zone) {
    Map<String, List<Long>> expected = new TreeMap<>();
    for (String category : List.of("a", "b", "c")) {
      List<Long> values = new ArrayList<>();
      for (Measured measured : MEASURES) {
        List<Event> selected = RecentFixture.EVENTS.stream()
            .filter(e -> e.category().equals(category) && measured.selection().selects(e, today, zone))
            .toList();
        // A sum over no rows is NULL.
        values.add(selected.isEmpty() ? null : selected.stream().mapToLong(Event::amount).sum());
      }
      expected.put(category, values);
    }
    return expected;
  }

  private static Map<String, List<Long>> byCategory(Result result) {
    Map<String, List<Long>> actual = new TreeMap<>();
    for (Row row : result.rows()) {
      List<Long> values = new ArrayList<>();
      for (Measured measured : MEASURES) {
        values.add(row.get(measured.metric()));
      }
      actual.put(row.get(CATEGORY), values);
    }
    return actual;
  }

  private static Map<LocalDate, Long> lastWeekByDay(LocalDate today) {
    Map<LocalDate, Long> expected = new TreeMap<>();
    for (LocalDate day = today.minusWeeks(1); day.isBefore(today); day = day.plusDays(1)) {
      LocalDate d = day;
      expected.put(day, RecentFixture.sum(e -> e.day().equals(d)));
    }
    return expected;
  }

  /** The events since midnight two days ago, their timestamps seen in the query's zone. */
  private static Map<String, Long> sinceTwoDaysAgo(LocalDate today, ZoneId zone) {
    Map<String, Long> expected = new TreeMap<>();
    for (Event e : RecentFixture.EVENTS) {
      if (!e.occurredAt(zone).isBefore(today.minusDays(2).atStartOfDay())) {
        expected.merge(e.category(), (long) e.amount(), Long::sum);
      }
    }
    return expected;
  }

  private static Map<String, Long> activeCategories(LocalDate today) {
    Map<String, Long> expected = new TreeMap<>();
    Map<String, LocalDate> latest = new LinkedHashMap<>();
    RecentFixture.EVENTS.forEach(e -> latest.merge(e.category(), e.day(), (a, b) -> a.isAfter(b) ? a : b));
    latest.forEach((category, day) -> {
      if (!day.isBefore(today.minusYears(1))) {
        expected.put(category, RecentFixture.sum(e -> e.category().equals(category)));
      }
    });
    return expected;
  }

  // --- running ----------------------------------------------------------------------------------------------------

  private static MetricQuery inZone(MetricQuery query, Optional<ZoneId> zone) {
    return zone.map(query::inTimeZone).orElse(query);
  }

  /**
   * Runs {@code query} on a day that stays the same while it runs (the date in {@code zone} read before and after
   * it), and checks the result against that day; a query that ran across midnight is run again.
   */
  private static void sameDay(ZoneId zone, java.util.function.Supplier<Result> query,
      java.util.function.BiConsumer<Result, LocalDate> check) {
    for (int attempt = 0; attempt < 3; attempt++) {
      LocalDate before = LocalDate.now(zone);
      Result result = query.get();
      LocalDate after = LocalDate.now(zone);
      if (before.equals(after)) {
        check.accept(result, before);
        return;
      }
    }
    fail("the date in " + zone + " changed during each of three attempts");
  }

  /**
   * The rows of the query's own SQL and bind values, with the engine's clock ({@code current_timestamp}) replaced
   * by {@code instant}.
   */
  private static List<List<Object>> runAt(DataSource engine, MetricQuery query, Instant instant)
      throws SQLException {
    String sql = query.sql();
    assertTrue(sql.contains("current_timestamp"), sql);
    String clock = "cast('" + instant.toString().replace('T', ' ').replace("Z", "+00") + "' as timestamp with time"
        + " zone)";
    List<List<Object>> rows = new ArrayList<>();
    try (Connection connection = engine.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql.replace("current_timestamp", clock))) {
      List<Object> values = query.bindValues();
      for (int i = 0; i < values.size(); i++) {
        statement.setObject(i + 1, values.get(i));
      }
      try (ResultSet result = statement.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            row.add(result.getObject(i));
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  private static LocalDate date(Object value) {
    return switch (value) {
      case LocalDate d -> d;
      case java.sql.Date d -> d.toLocalDate();
      default -> LocalDate.parse(value.toString());
    };
  }
}
