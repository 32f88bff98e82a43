package dev.grainline.runtime.recent;

import dev.grainline.runtime.CompiledModel;
import dev.grainline.runtime.Databases;
import dev.grainline.runtime.DimensionRef;
import dev.grainline.runtime.MetricRef;
import dev.grainline.runtime.SemanticLayer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The events of the relative-date tests (schema ts_recent), loaded once per engine, and a plain-Java oracle over
 * the same rows. Every day from 2023-01-01 to 400 days after the day the fixture loads has two events: category a
 * at 01:30 UTC and category b at 22:45 UTC, so that a time zone east or west of UTC moves one of them to another
 * local day. Category c has an event at noon on the days of the first half of 2023 only. Amounts differ from day to
 * day (a: 1 to 97, b: 100 to 188, c: 1000 to 1030), so a sum over the wrong days is a different number.
 */
public final class RecentFixture {
  public static final CompiledModel MODEL =
      CompiledModel.ofClasses("RecentCatalog", "recent", Events.class, RecentQueries.class);

  public static final MetricRef<Long> TOTAL = MetricRef.of("recent.total", Long.class);
  public static final MetricRef<Long> LAST_7_DAYS = MetricRef.of("recent.last_7_days", Long.class);
  public static final MetricRef<Long> BEFORE_TODAY = MetricRef.of("recent.before_today", Long.class);
  public static final MetricRef<Long> ONE_MONTH_AGO = MetricRef.of("recent.one_month_ago", Long.class);
  public static final MetricRef<Long> ONE_YEAR_AGO = MetricRef.of("recent.one_year_ago", Long.class);
  public static final MetricRef<Long> MONTH_TO_DATE = MetricRef.of("recent.month_to_date", Long.class);
  public static final MetricRef<Long> SAME_WEEK_LAST_YEAR = MetricRef.of("recent.same_week_last_year", Long.class);
  public static final MetricRef<Long> IN_THREE_MONTHS = MetricRef.of("recent.in_three_months", Long.class);
  public static final MetricRef<Long> SINCE_TWO_DAYS_AGO = MetricRef.of("recent.since_two_days_ago", Long.class);
  public static final DimensionRef<String> CATEGORY = DimensionRef.of("recent.events", "category", String.class);
  public static final DimensionRef<LocalDate> DAY = DimensionRef.of("recent.events", "day", LocalDate.class);

  /** One event, as the oracle reads it. */
  public record Event(int id, LocalDate day, LocalDateTime occurredAt, String category, int amount) {
    /** The wall-clock time of the event in {@code zone} (it is stored in UTC). */
    public LocalDateTime occurredAt(ZoneId zone) {
      return occurredAt.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDateTime();
    }
  }

  /** What a relative-date measure selects, given the day the query runs on and its time zone. */
  public interface Selection {
    boolean selects(Event event, LocalDate today, ZoneId zone);
  }

  /** Each relative-date measure and, written independently with java.time, the events it sums. */
  public record Measured(MetricRef<Long> metric, Selection selection) {}

  public static final List<Measured> MEASURES = List.of(
      new Measured(TOTAL, (e, today, zone) -> true),
      new Measured(LAST_7_DAYS, (e, today, zone) -> !e.day().isBefore(today.minusDays(6)) && !e.day().isAfter(today)),
      new Measured(BEFORE_TODAY, (e, today, zone) -> e.day().isBefore(today)),
      new Measured(ONE_MONTH_AGO, (e, today, zone) -> e.day().equals(today.minusMonths(1))),
      new Measured(ONE_YEAR_AGO, (e, today, zone) -> e.day().equals(today.minusYears(1))),
      new Measured(MONTH_TO_DATE,
          (e, today, zone) -> !e.day().isBefore(today.withDayOfMonth(1)) && !e.day().isAfter(today)),
      new Measured(SAME_WEEK_LAST_YEAR, (e, today, zone) -> {
        LocalDate monday = today.minusYears(1).minusDays(today.minusYears(1).getDayOfWeek().getValue() - 1);
        return !e.day().isBefore(monday) && !e.day().isAfter(monday.plusDays(6));
      }),
      new Measured(IN_THREE_MONTHS, (e, today, zone) -> !e.day().isBefore(today.plusMonths(3))
          && e.day().isBefore(today.plusMonths(3).plusWeeks(2))),
      // A measure's filter reads a fact's timestamps as stored, in UTC, in every query (only attributes the query
      // groups or filters by are seen in its time zone), while today() is the date in the query's zone.
      new Measured(SINCE_TWO_DAYS_AGO,
          (e, today, zone) -> !e.occurredAt().isBefore(today.minusDays(2).atStartOfDay())));

  public static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
  public static final LocalDate LAST_DAY = LocalDate.now(ZoneOffset.UTC).plusDays(400);
  public static final List<Event> EVENTS = events();

  private static final DataSource POSTGRES = Databases.loaded(Databases.postgres(), statements());
  private static final DataSource DUCKDB = Databases.loaded(Databases.duckdb(), statements());

  private RecentFixture() {}

  private static List<Event> events() {
    List<Event> events = new ArrayList<>();
    for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
      long n = day.toEpochDay();
      events.add(new Event(events.size() + 1, day, day.atTime(1, 30), "a", (int) (n % 97) + 1));
      events.add(new Event(events.size() + 1, day, day.atTime(22, 45), "b", (int) (n % 89) + 100));
      if (day.isBefore(LocalDate.of(2023, 7, 1))) {
        events.add(new Event(events.size() + 1, day, day.atTime(LocalTime.NOON), "c", (int) (n % 31) + 1000));
      }
    }
    return List.copyOf(events);
  }

  private static String[] statements() {
    StringBuilder insert = new StringBuilder("INSERT INTO ts_recent.events VALUES ");
    for (Event e : EVENTS) {
      insert.append(e.id() == 1 ? "" : ", ").append("(").append(e.id()).append(", DATE '").append(e.day())
          .append("', TIMESTAMP '").append(e.occurredAt().toLocalDate()).append(' ')
          .append(e.occurredAt().toLocalTime()).append("', '").append(e.category()).append("', ")
          .append(e.amount()).append(")");
    }
    return new String[] {
      "DROP SCHEMA IF EXISTS ts_recent CASCADE",
      "CREATE SCHEMA ts_recent",
      "CREATE TABLE ts_recent.events (event_id INTEGER, event_day DATE, occurred_at TIMESTAMP, category VARCHAR,"
          + " amount INTEGER)",
      insert.toString(),
    };
  }

  /** The sum of the amounts of the events that {@code selected} accepts. */
  public static long sum(Predicate<Event> selected) {
    return EVENTS.stream().filter(selected).mapToLong(Event::amount).sum();
  }

  /** Each engine, aggregating directly and rolling partial aggregates up, with its data source. */
  public static Stream<Arguments> layers() {
    return Stream.of(
        Arguments.of("postgres", SemanticLayer.create(MODEL, POSTGRES), POSTGRES),
        Arguments.of("duckdb", SemanticLayer.create(MODEL, DUCKDB), DUCKDB),
        Arguments.of("postgres rolled up",
            SemanticLayer.builder(MODEL).dataSource(POSTGRES).rollUpPartials(true).build(), POSTGRES),
        Arguments.of("duckdb rolled up",
            SemanticLayer.builder(MODEL).dataSource(DUCKDB).rollUpPartials(true).build(), DUCKDB));
  }

  /** Drops the schema from PostgreSQL, which outlives the test run (DuckDB's database is in memory). */
  public static void dropSchema() {
    Databases.execute(POSTGRES, "DROP SCHEMA IF EXISTS ts_recent CASCADE");
  }
}
