package dev.grainline.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.grainline.runtime.instants.Events;
import dev.grainline.runtime.instants.Users;
import dev.grainline.testing.TestPostgres;
import dev.grainline.testing.TestTrino;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An instant column ({@code timestamptz}, {@code instantCol}) is read as its UTC wall-clock time on every engine,
 * whatever the JDBC session's time zone: the sessions here are deliberately not UTC (PostgreSQL's in New York,
 * DuckDB's and Trino's in Kolkata), and the machine's own zone is UTC, so without them this
 * test could not fail. Its days, weeks and months are UTC's, and a query {@code inTimeZone} sees the instants in that
 * zone. The oracle is java.time over the same instants.
 */
class InstantColumnTest {
  private static final String SCHEMA = "port_instants";
  private static final CompiledModel MODEL = CompiledModel.ofClasses("InstantsCatalog", "instants", Events.class,
      Users.class);

  private static final MetricRef<Long> EVENT_COUNT = MetricRef.of("instants.event_count", Long.class);
  private static final MetricRef<LocalDateTime> FIRST_AT = MetricRef.of("instants.first_at", LocalDateTime.class);
  private static final MetricRef<LocalDateTime> LAST_AT = MetricRef.of("instants.last_at", LocalDateTime.class);
  private static final DimensionRef<Integer> EVENT_ID = DimensionRef.of("instants.events", "event_id", Integer.class);
  private static final DimensionRef<LocalDateTime> OCCURRED_AT =
      DimensionRef.of("instants.events", "occurred_at", LocalDateTime.class);
  private static final DimensionRef<LocalDate> DAY = DimensionRef.of("instants.events", "day", LocalDate.class);
  private static final DimensionRef<LocalDate> WEEK = DimensionRef.of("instants.events", "week", LocalDate.class);
  private static final DimensionRef<LocalDate> MONTH = DimensionRef.of("instants.events", "month", LocalDate.class);
  private static final DimensionRef<LocalDate> SIGNUP_WEEK =
      DimensionRef.of("instants.user", "signup_week", LocalDate.class);

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

  /** Each event's instant: at the edges of UTC days, weeks and months, where a session's zone would move them. */
  private static final Map<Integer, Instant> EVENTS = Map.of(
      1, Instant.parse("2023-12-31T23:59:59.999999Z"),  // the last microsecond of a Sunday, a month, a year
      2, Instant.parse("2024-01-01T00:00:00Z"),         // the first of a Monday, a month, a year
      3, Instant.parse("2024-01-01T04:00:00Z"),         // Sunday 2023-12-31 in New York
      4, Instant.parse("2024-01-07T20:00:00Z"),         // Monday 2024-01-08 in Kolkata: the next week
      5, Instant.parse("2024-02-29T03:00:00Z"),         // February 28 in New York
      6, Instant.parse("2024-03-31T22:30:00Z"),         // April 1 (a Monday) in Kolkata: the next month
      7, Instant.parse("2024-03-10T07:30:00Z"),         // New York's clocks went forward at 07:00 UTC
      8, Instant.parse("2024-11-03T05:30:00Z"));        // New York's first 01:30 of the day (EDT)
  /** Each event's user. */
  private static final Map<Integer, Integer> EVENT_USERS = Map.of(1, 1, 2, 1, 3, 2, 4, 2, 5, 3, 6, 3, 7, 1, 8, 2);
  /** Each user's signup instant. */
  private static final Map<Integer, Instant> SIGNUPS = Map.of(
      1, Instant.parse("2024-01-07T23:00:00Z"),         // Sunday; Monday 2024-01-08 in Kolkata
      2, Instant.parse("2024-01-08T02:00:00Z"),         // Monday; Sunday 2024-01-07 in New York
      3, Instant.parse("2024-02-01T00:00:00Z"));

  private static final DataSource POSTGRES =
      Databases.loadedPostgres(SCHEMA, data("TIMESTAMPTZ", text -> "TIMESTAMPTZ '" + text + "+00'"));
  private static final DataSource DUCKDB_DATABASE =
      Databases.loaded(Databases.duckdb(), data("TIMESTAMPTZ", text -> "TIMESTAMPTZ '" + text + "+00'"));
  /**
   * Trino keeps each value's zone, and its instants are stored in Kolkata's: Trino's own reading of their dates (a
   * cast) is in the value's zone, not the session's, so that is where its trap is.
   */
  private static final Optional<DataSource> TRINO_DATABASE = Databases.trino()
      .map(trino -> Databases.loaded(trino, data("TIMESTAMP(6) WITH TIME ZONE",
          text -> "(TIMESTAMP '" + text + " UTC' AT TIME ZONE 'Asia/Kolkata')")));

  /**
   * PostgreSQL in New York: every connection of the layer's is set so. Not by the URL's {@code options=-c
   * TimeZone=...}: pgjdbc sends the JVM's zone as the startup parameter TimeZone, which the server applies after
   * the options, so such a session is in UTC here (the first test below checks the zone).
   */
  private static final DataSource POSTGRES_NEW_YORK = new SessionZone(POSTGRES, "SET TIME ZONE 'America/New_York'");
  /** DuckDB in Kolkata: every connection of the layer's is set so. */
  private static final DataSource DUCKDB_KOLKATA = new SessionZone(DUCKDB_DATABASE, "SET TimeZone='Asia/Kolkata'");
  /** Trino in Kolkata, by the driver's session time zone. */
  private static final Optional<DataSource> TRINO_KOLKATA = TestTrino.url()
      .map(url -> new Databases.DriverManagerDataSource(url + "&timezone=Asia/Kolkata"));

  @AfterAll
  static void dropSchema() throws SQLException {
    TestPostgres.drop(SCHEMA);
  }

  /** The tables on each engine, with its type for an instant and its literal of a UTC wall-clock time's instant. */
  private static String[] data(String instantType, Function<String, String> utc) {
    String events = EVENTS.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> "(" + e.getKey() + ", " + EVENT_USERS.get(e.getKey()) + ", " + literal(e.getValue(), utc) + ")")
        .collect(Collectors.joining(", "));
    String users = SIGNUPS.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> "(" + e.getKey() + ", " + literal(e.getValue(), utc) + ")")
        .collect(Collectors.joining(", "));
    return new String[] {
      "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE",
      "CREATE SCHEMA " + SCHEMA,
      "CREATE TABLE " + SCHEMA + ".events (event_id INTEGER, user_id INTEGER, occurred_at " + instantType + ")",
      "INSERT INTO " + SCHEMA + ".events VALUES " + events,
      "CREATE TABLE " + SCHEMA + ".users (user_id INTEGER, signed_up_at " + instantType + ")",
      "INSERT INTO " + SCHEMA + ".users VALUES " + users,
    };
  }

  /** A literal of the instant: {@code utc} of its UTC wall-clock time, "2024-01-01 00:00:00.000000". */
  private static String literal(Instant instant, Function<String, String> utc) {
    LocalDateTime wallClock = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    return utc.apply(wallClock.toLocalDate() + " " + String.format("%02d:%02d:%02d.%06d", wallClock.getHour(),
        wallClock.getMinute(), wallClock.getSecond(), wallClock.getNano() / 1000));
  }

  /** Each engine's layer over sessions that are not in UTC, aggregating directly and rolling partials up. */
  static Stream<Arguments> layers() {
    return Stream.concat(Stream.of(
        Arguments.of("postgres", SemanticLayer.create(MODEL, POSTGRES_NEW_YORK)),
        Arguments.of("duckdb", SemanticLayer.create(MODEL, DUCKDB_KOLKATA)),
        Arguments.of("postgres rolled up",
            SemanticLayer.builder(MODEL).dataSource(POSTGRES_NEW_YORK).rollUpPartials(true).build()),
        Arguments.of("duckdb rolled up",
            SemanticLayer.builder(MODEL).dataSource(DUCKDB_KOLKATA).rollUpPartials(true).build())),
        TRINO_KOLKATA.map(trino -> Arguments.of("trino", SemanticLayer.create(MODEL, trino))).stream());
  }

  /**
   * Each engine's session data source, its zone, the SQL that shows the session's zone, and the engine's own
   * reading of the instants' dates (the implicit cast), which the model must not follow: in the session's zone on
   * PostgreSQL and DuckDB, in the stored values' (Kolkata's) on Trino.
   */
  static Stream<Arguments> sessions() {
    String naive = "SELECT CAST(occurred_at AS DATE), count(*) FROM " + SCHEMA + ".events GROUP BY 1";
    return Stream.concat(Stream.of(
        Arguments.of("postgres", POSTGRES_NEW_YORK, NEW_YORK, "SELECT current_setting('TimeZone')", naive),
        Arguments.of("duckdb", DUCKDB_KOLKATA, KOLKATA, "SELECT current_setting('TimeZone')", naive)),
        TRINO_KOLKATA.map(trino -> Arguments.of("trino", trino, KOLKATA, "SELECT current_timezone()", naive)).stream());
  }

  // The oracle: java.time over the instants.

  private static LocalDateTime wallClock(Instant instant, ZoneId zone) {
    return LocalDateTime.ofInstant(instant, zone);
  }

  private static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The number of events per period, the period of an event's wall-clock time in {@code zone}. */
  private static Map<LocalDate, Long> expectedCounts(ZoneId zone, Function<LocalDate, LocalDate> period) {
    return EVENTS.values().stream().collect(Collectors.groupingBy(
        i -> period.apply(wallClock(i, zone).toLocalDate()), TreeMap::new, Collectors.counting()));
  }

  private static Map<LocalDate, Long> counts(MetricQuery query, DimensionRef<LocalDate> period) {
    Map<LocalDate, Long> counts = new TreeMap<>();
    query.fetch().rows().forEach(r -> counts.put(r.get(period), r.get(EVENT_COUNT)));
    return counts;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sessions")
  void theSessionsAreNotInUtcAndTheirOwnReadingOfTheDatesIsNotUtcs(String engine, DataSource session, ZoneId zone,
      String showZone, String naiveDays) throws SQLException {
    try (Connection connection = session.getConnection(); Statement statement = connection.createStatement()) {
      try (ResultSet rows = statement.executeQuery(showZone)) {
        rows.next();
        assertEquals(zone.getId(), rows.getString(1));
      }
      Map<LocalDate, Long> sessionDays = new TreeMap<>();
      try (ResultSet rows = statement.executeQuery(naiveDays)) {
        while (rows.next()) {
          sessionDays.put(rows.getObject(1, LocalDate.class), rows.getLong(2));
        }
      }
      // What the implicit cast gives is the session zone's days: a model reading the column so would be wrong.
      assertEquals(expectedCounts(zone, d -> d), sessionDays);
      assertNotEquals(expectedCounts(ZoneOffset.UTC, d -> d), sessionDays);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layers")
  void anInstantIsReadAsItsUtcWallClockTime(String engine, SemanticLayer layer) {
    Map<Integer, LocalDateTime> expected = new TreeMap<>();
    EVENTS.forEach((id, instant) -> expected.put(id, wallClock(instant, ZoneOffset.UTC)));
    Map<Integer, LocalDateTime> actual = new TreeMap<>();
    layer.query(EVENT_COUNT).by(EVENT_ID, OCCURRED_AT).fetch().rows()
        .forEach(r -> actual.put(r.get(EVENT_ID), r.get(OCCURRED_AT)));
    assertEquals(expected, actual);
    Row extremes = layer.query(FIRST_AT, LAST_AT).fetch().rows().getFirst();
    assertEquals(LocalDateTime.of(2023, 12, 31, 23, 59, 59, 999_999_000), extremes.get(FIRST_AT));
    assertEquals(LocalDateTime.of(2024, 11, 3, 5, 30), extremes.get(LAST_AT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layers")
  void daysWeeksAndMonthsAreUtcs(String engine, SemanticLayer layer) {
    assertEquals(expectedCounts(ZoneOffset.UTC, d -> d), counts(layer.query(EVENT_COUNT).by(DAY), DAY));
    assertEquals(expectedCounts(ZoneOffset.UTC, InstantColumnTest::monday),
        counts(layer.query(EVENT_COUNT).by(WEEK), WEEK));
    assertEquals(expectedCounts(ZoneOffset.UTC, d -> d.withDayOfMonth(1)),
        counts(layer.query(EVENT_COUNT).by(MONTH), MONTH));
    // 2023-12-31 and 2024-03-31 are Sundays: the last microsecond of the one and 22:30 on the other stay in them
    assertEquals(Map.of(LocalDate.of(2023, 12, 25), 1L, LocalDate.of(2024, 1, 1), 3L, LocalDate.of(2024, 2, 26), 1L,
        LocalDate.of(2024, 3, 4), 1L, LocalDate.of(2024, 3, 25), 1L, LocalDate.of(2024, 10, 28), 1L),
        counts(layer.query(EVENT_COUNT).by(WEEK), WEEK));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layers")
  void aDimensionsInstantIsReadInUtcUnderItsJoinsAlias(String engine, SemanticLayer layer) {
    Map<LocalDate, Long> expected = new TreeMap<>();
    EVENT_USERS.forEach((event, user) -> expected.merge(monday(wallClock(SIGNUPS.get(user), ZoneOffset.UTC)
        .toLocalDate()), 1L, Long::sum));
    assertEquals(expected, counts(layer.query(EVENT_COUNT).by(SIGNUP_WEEK), SIGNUP_WEEK));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layers")
  void aFilterComparesTheUtcWallClockTime(String engine, SemanticLayer layer) {
    LocalDateTime newYear = LocalDateTime.of(2024, 1, 1, 0, 0);
    long expected = EVENTS.values().stream().filter(i -> !wallClock(i, ZoneOffset.UTC).isBefore(newYear)).count();
    assertEquals(7, expected);
    assertEquals(expected, layer.query(EVENT_COUNT).where(OCCURRED_AT.ge(newYear)).fetch().rows().getFirst()
        .get(EVENT_COUNT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layers")
  void aQueryInATimeZoneSeesTheInstantsInIt(String engine, SemanticLayer layer) {
    for (ZoneId zone : List.of(NEW_YORK, KOLKATA)) {
      assertEquals(expectedCounts(zone, d -> d), counts(layer.query(EVENT_COUNT).by(DAY).inTimeZone(zone), DAY),
          zone.getId());
      assertEquals(expectedCounts(zone, InstantColumnTest::monday),
          counts(layer.query(EVENT_COUNT).by(WEEK).inTimeZone(zone), WEEK), zone.getId());
      assertEquals(expectedCounts(zone, d -> d.withDayOfMonth(1)),
          counts(layer.query(EVENT_COUNT).by(MONTH).inTimeZone(zone), MONTH), zone.getId());
      Map<Integer, LocalDateTime> expected = new TreeMap<>();
      EVENTS.forEach((id, instant) -> expected.put(id, wallClock(instant, zone)));
      Map<Integer, LocalDateTime> actual = new TreeMap<>();
      layer.query(EVENT_COUNT).by(EVENT_ID, OCCURRED_AT).inTimeZone(zone).fetch().rows()
          .forEach(r -> actual.put(r.get(EVENT_ID), r.get(OCCURRED_AT)));
      assertEquals(expected, actual, zone.getId());
      // A metric reads the column itself, which a query in a zone leaves as it leaves a timestampCol's (only
      // attributes are seen in the zone): still the UTC wall-clock time, converted once.
      Row extremes = layer.query(FIRST_AT, LAST_AT).inTimeZone(zone).fetch().rows().getFirst();
      assertEquals(LocalDateTime.of(2023, 12, 31, 23, 59, 59, 999_999_000), extremes.get(FIRST_AT));
      assertEquals(LocalDateTime.of(2024, 11, 3, 5, 30), extremes.get(LAST_AT));
    }
  }

  /** A data source whose every connection first runs {@code statement}, which sets its session's time zone. */
  private static final class SessionZone extends Databases.BaseDataSource {
    private final DataSource source;
    private final String statement;

    SessionZone(DataSource source, String statement) {
      this.source = source;
      this.statement = statement;
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection connection = source.getConnection();
      try (Statement set = connection.createStatement()) {
        set.execute(statement);
      } catch (SQLException e) {
        connection.close();
        throw e;
      }
      return connection;
    }
  }
}
