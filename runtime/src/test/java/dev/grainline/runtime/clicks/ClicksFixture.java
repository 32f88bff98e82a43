package dev.grainline.runtime.clicks;

import dev.grainline.runtime.CompiledModel;
import dev.grainline.runtime.Databases;
import dev.grainline.runtime.DimensionRef;
import dev.grainline.runtime.MetricRef;
import java.time.LocalDate;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The clicks model and twelve clicks, loaded once per engine (schema ts_clicks). Weeks start on Monday; the ones
 * with clicks are marked W1 to W5:
 *
 * <pre>
 * id  clicked_at (UTC)          day    week         month  category user amount
 *  1  2023-12-18 10:00:00       12-18  W1 12-18    Dec    a        u1   5
 *  2  2023-12-24 23:59:59       12-24  W1 12-18    Dec    b        u2   7   Sunday, a second before W2
 *  3  2023-12-25 00:00:00       12-25  W2 12-25    Dec    a        u1   1   Monday midnight
 *  4  2023-12-31 23:59:59.999   12-31  W2 12-25    Dec    a        u3   2   the last moment of 2023
 *  5  2024-01-01 00:00:00       01-01  W3 01-01    Jan    b        u1  10   the first moment of 2024, a Monday
 *  6  2024-01-01 12:00:00       01-01  W3 01-01    Jan    a        u2   3
 *  7  2024-01-03 08:00:00       01-03  W3 01-01    Jan    a        u4   4
 *  8  2024-01-07 23:30:00       01-07  W3 01-01    Jan    b        u2   6
 *     (week 01-08: no clicks)
 *  9  2024-01-15 00:00:01       01-15  W4 01-15    Jan    a        u1   8
 * 10  2024-01-16 09:00:00       01-16  W4 01-15    Jan    b        u5   2
 * 11  2024-01-21 23:59:00       01-21  W4 01-15    Jan    a        u3   1
 *     (week 01-22: no clicks)
 * 12  2024-02-01 10:00:00       02-01  W5 01-29    Feb    a        u2   9   a week that spans January and February
 * </pre>
 *
 * Weekly: W1 amount 12, 2 clicks, users {u1, u2}; W2 3, 2, {u1, u3}; W3 23, 4, {u1, u2, u4}; W4 11, 3,
 * {u1, u3, u5}; W5 9, 1, {u2}. Monthly amount: December 15, January 34, February 9; in all 58.
 */
public final class ClicksFixture {
  public static final CompiledModel MODEL = CompiledModel.ofClasses("ClicksCatalog",
      "clicks", Clicks.class, ClickMetrics.class);

  public static final MetricRef<Long> AMOUNT = MetricRef.of("clicks.amount", Long.class);
  public static final MetricRef<Long> CLICK_COUNT = MetricRef.of("clicks.click_count", Long.class);
  public static final MetricRef<Long> USERS = MetricRef.of("clicks.users", Long.class);
  public static final MetricRef<Long> AMOUNT_LAST_WEEK = MetricRef.of("clicks.amount_last_week", Long.class);
  public static final MetricRef<Double> WOW_AMOUNT_CHANGE = MetricRef.of("clicks.wow_amount_change", Double.class);
  public static final MetricRef<Double> WOW_VIA_NAMED_LAG = MetricRef.of("clicks.wow_via_named_lag", Double.class);
  public static final MetricRef<Double> WOW_CLICKS_CHANGE = MetricRef.of("clicks.wow_clicks_change", Double.class);
  public static final MetricRef<Long> CLICKS_LAST_WEEK = MetricRef.of("clicks.clicks_last_week", Long.class);
  public static final MetricRef<Long> AMOUNT_TWO_WEEKS_AGO = MetricRef.of("clicks.amount_two_weeks_ago", Long.class);
  public static final MetricRef<Long> AMOUNT_NEXT_WEEK = MetricRef.of("clicks.amount_next_week", Long.class);
  public static final MetricRef<Long> AMOUNT_7D = MetricRef.of("clicks.amount_7d", Long.class);
  public static final MetricRef<Long> USERS_2W = MetricRef.of("clicks.users_2w", Long.class);
  public static final MetricRef<Long> RUNNING_AMOUNT = MetricRef.of("clicks.running_amount", Long.class);
  public static final MetricRef<Long> AMOUNT_MTD = MetricRef.of("clicks.amount_mtd", Long.class);

  public static final DimensionRef<LocalDate> DAY = DimensionRef.of("clicks.clicks", "day", LocalDate.class);
  public static final DimensionRef<LocalDate> WEEK = DimensionRef.of("clicks.clicks", "week", LocalDate.class);
  public static final DimensionRef<LocalDate> MONTH = DimensionRef.of("clicks.clicks", "month", LocalDate.class);
  public static final DimensionRef<String> CATEGORY = DimensionRef.of("clicks.clicks", "category", String.class);

  private static final String[] DATA = {
    "DROP SCHEMA IF EXISTS ts_clicks CASCADE",
    "CREATE SCHEMA ts_clicks",
    "CREATE TABLE ts_clicks.clicks (click_id INTEGER, clicked_at TIMESTAMP, category VARCHAR, user_id VARCHAR,"
        + " amount INTEGER)",
    "INSERT INTO ts_clicks.clicks VALUES"
        + " (1, TIMESTAMP '2023-12-18 10:00:00', 'a', 'u1', 5),"
        + " (2, TIMESTAMP '2023-12-24 23:59:59', 'b', 'u2', 7),"
        + " (3, TIMESTAMP '2023-12-25 00:00:00', 'a', 'u1', 1),"
        + " (4, TIMESTAMP '2023-12-31 23:59:59.999', 'a', 'u3', 2),"
        + " (5, TIMESTAMP '2024-01-01 00:00:00', 'b', 'u1', 10),"
        + " (6, TIMESTAMP '2024-01-01 12:00:00', 'a', 'u2', 3),"
        + " (7, TIMESTAMP '2024-01-03 08:00:00', 'a', 'u4', 4),"
        + " (8, TIMESTAMP '2024-01-07 23:30:00', 'b', 'u2', 6),"
        + " (9, TIMESTAMP '2024-01-15 00:00:01', 'a', 'u1', 8),"
        + " (10, TIMESTAMP '2024-01-16 09:00:00', 'b', 'u5', 2),"
        + " (11, TIMESTAMP '2024-01-21 23:59:00', 'a', 'u3', 1),"
        + " (12, TIMESTAMP '2024-02-01 10:00:00', 'a', 'u2', 9)",
  };

  private static final DataSource POSTGRES = Databases.loadedPostgres("ts_clicks", DATA);
  private static final DataSource DUCKDB = Databases.loaded(Databases.duckdb(), DATA);

  private ClicksFixture() {}

  /** Each engine, aggregating directly and rolling partial aggregates up. */
  public static Stream<Arguments> layers() {
    return Databases.layers(MODEL, POSTGRES, DUCKDB);
  }

}
