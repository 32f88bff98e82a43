package dev.grainline.runtime;

import dev.grainline.QueryException;

import static dev.grainline.runtime.clicks.ClicksFixture.AMOUNT;
import static dev.grainline.runtime.clicks.ClicksFixture.AMOUNT_7D;
import static dev.grainline.runtime.clicks.ClicksFixture.AMOUNT_LAST_WEEK;
import static dev.grainline.runtime.clicks.ClicksFixture.AMOUNT_MTD;
import static dev.grainline.runtime.clicks.ClicksFixture.AMOUNT_NEXT_WEEK;
import static dev.grainline.runtime.clicks.ClicksFixture.AMOUNT_TWO_WEEKS_AGO;
import static dev.grainline.runtime.clicks.ClicksFixture.CATEGORY;
import static dev.grainline.runtime.clicks.ClicksFixture.CLICKS_LAST_WEEK;
import static dev.grainline.runtime.clicks.ClicksFixture.CLICK_COUNT;
import static dev.grainline.runtime.clicks.ClicksFixture.DAY;
import static dev.grainline.runtime.clicks.ClicksFixture.MONTH;
import static dev.grainline.runtime.clicks.ClicksFixture.RUNNING_AMOUNT;
import static dev.grainline.runtime.clicks.ClicksFixture.USERS;
import static dev.grainline.runtime.clicks.ClicksFixture.USERS_2W;
import static dev.grainline.runtime.clicks.ClicksFixture.WEEK;
import static dev.grainline.runtime.clicks.ClicksFixture.WOW_AMOUNT_CHANGE;
import static dev.grainline.runtime.clicks.ClicksFixture.WOW_CLICKS_CHANGE;
import static dev.grainline.runtime.clicks.ClicksFixture.WOW_VIA_NAMED_LAG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.grainline.SqlType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Time series over a fact's own TIMESTAMP (see ClicksFixture for the twelve clicks and their days, weeks W1 to W5
 * and months): windows compare calendar periods, are shown on finer rows as their period's value, are partitioned by
 * the other dimensions, read periods that a time condition hides, and are computed on the rows that fillGaps adds.
 * Every expected row is derived by hand in the comment above it. All four layers: each engine, direct and rolled up.
 */
class TimeSeriesTest {
  private static final String LAYERS = "dev.grainline.runtime.clicks.ClicksFixture#layers";
  private static final Object NULL = null;

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }

  /** Rows compared value by value; doubles (percent changes) to 1e-9 relative, since engines may round the last bit. */
  private static void assertRows(List<List<Object>> expected, Result result) {
    List<List<Object>> actual = result.rows().stream().map(Row::values).toList();
    if (expected.size() != actual.size()) {
      fail("expected " + expected.size() + " rows " + expected + "\n but got " + actual.size() + " " + actual);
    }
    for (int i = 0; i < expected.size(); i++) {
      List<Object> want = expected.get(i);
      List<Object> got = actual.get(i);
      boolean same = want.size() == got.size();
      for (int j = 0; same && j < want.size(); j++) {
        Object w = want.get(j);
        Object g = got.get(j);
        same = w instanceof Double wd && g instanceof Double gd
            ? Math.abs(wd - gd) <= 1e-9 * Math.max(1, Math.abs(wd))
            : java.util.Objects.equals(w, g);
      }
      if (!same) {
        fail("row " + i + ": expected " + want + " but got " + got + "\n expected " + expected + "\n but got "
            + actual);
      }
    }
  }

  private static void assertRejected(String id, Executable query) {
    QueryException e = assertThrows(QueryException.class, query);
    assertEquals(id, e.id(), e.getMessage());
  }

  // --- truncation ------------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void timestampsTruncateToUtcDaysMondayWeeksAndMonthsAsLocalDates(String engine, SemanticLayer layer) {
    Result result = layer.query(AMOUNT, CLICK_COUNT).by(DAY, WEEK, MONTH)
        .where(DAY.between(date(2023, 12, 24), date(2024, 1, 1))).fetch();
    // 12-24 23:59:59 is Sunday (week 12-18); 12-25 00:00 Monday (week 12-25); 12-31 23:59:59.999 still 2023;
    // 2024-01-01 00:00 (10) and 12:00 (3) a new year, month and week (2024-01-01 is a Monday).
    assertRows(List.of(
        row(date(2023, 12, 24), date(2023, 12, 18), date(2023, 12, 1), 7L, 1L),
        row(date(2023, 12, 25), date(2023, 12, 25), date(2023, 12, 1), 1L, 1L),
        row(date(2023, 12, 31), date(2023, 12, 25), date(2023, 12, 1), 2L, 1L),
        row(date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 1), 13L, 2L)), result);
    for (Row row : result.rows()) {
      for (int i = 0; i < 3; i++) {
        assertEquals(LocalDate.class, row.get(i).getClass(), engine + " column " + i);
      }
    }
    assertEquals(List.of(SqlType.DATE, SqlType.DATE, SqlType.DATE),
        result.columns().subList(0, 3).stream().map(ResultColumn::type).toList());
  }

  // --- previous periods ------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void thePreviousPeriodIsTheCalendarPredecessor(String engine, SemanticLayer layer) {
    Result result = layer.query(AMOUNT, CLICK_COUNT, AMOUNT_LAST_WEEK, CLICKS_LAST_WEEK, WOW_AMOUNT_CHANGE,
        WOW_CLICKS_CHANGE, AMOUNT_TWO_WEEKS_AGO, AMOUNT_NEXT_WEEK).by(WEEK).fetch();
    // Weeks with clicks: W1 12-18 (12, 2 clicks), W2 12-25 (3, 2), W3 01-01 (23, 4), W4 01-15 (11, 3), W5 01-29
    // (9, 1); 01-08 and 01-22 are empty. Last week: W2 <- W1, W3 <- W2 across the new year; W1, W4 and W5 follow a
    // week without clicks: NULL amount, 0 clicks, never W3 or W4. The change divides by last week: W2 (3 - 12) / 12,
    // W3 (23 - 3) / 3; clicks W2 (2 - 2) / 2 = 0, W3 (4 - 2) / 2; NULL after an empty week (a 0 count divides to
    // NULL, not an error). Two weeks ago: W3 <- W1 (12), W4 <- 01-01 (23), W5 <- 01-15 (11); W2's is 12-11: NULL.
    // Next week: W1 -> W2 (3), W2 -> W3 (23); W3, W4, W5 precede empty weeks: NULL.
    assertRows(List.of(
        row(date(2023, 12, 18), 12L, 2L, NULL, 0L, NULL, NULL, NULL, 3L),
        row(date(2023, 12, 25), 3L, 2L, 12L, 2L, (3 - 12) / 12.0 * 100, 0.0, NULL, 23L),
        row(date(2024, 1, 1), 23L, 4L, 3L, 2L, (23 - 3) / 3.0 * 100, 100.0, 12L, NULL),
        row(date(2024, 1, 15), 11L, 3L, NULL, 0L, NULL, NULL, 23L, NULL),
        row(date(2024, 1, 29), 9L, 1L, NULL, 0L, NULL, NULL, 11L, NULL)), result);
  }

  // --- grain -----------------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void aWeeklyWindowShownByDayIsItsWeeksValueOnEveryDay(String engine, SemanticLayer layer) {
    Result result = layer.query(AMOUNT, AMOUNT_LAST_WEEK, AMOUNT_NEXT_WEEK, WOW_AMOUNT_CHANGE, USERS_2W)
        .by(DAY).fetch();
    // The day's own amount beside its week's values: last week, next week, the week's change (-75% in W2, +666.67%
    // in W3, whatever the day's share) and the distinct users of the week and the one before (W1 {u1, u2} = 2,
    // W2 3, W3 4, W4 3, W5 1; see distinctCountsOverATrailingWindowCountTheWholeWindow).
    double w2 = (3 - 12) / 12.0 * 100;
    double w3 = (23 - 3) / 3.0 * 100;
    assertRows(List.of(
        row(date(2023, 12, 18), 5L, NULL, 3L, NULL, 2L),
        row(date(2023, 12, 24), 7L, NULL, 3L, NULL, 2L),
        row(date(2023, 12, 25), 1L, 12L, 23L, w2, 3L),
        row(date(2023, 12, 31), 2L, 12L, 23L, w2, 3L),
        row(date(2024, 1, 1), 13L, 3L, NULL, w3, 4L),
        row(date(2024, 1, 3), 4L, 3L, NULL, w3, 4L),
        row(date(2024, 1, 7), 6L, 3L, NULL, w3, 4L),
        row(date(2024, 1, 15), 8L, NULL, NULL, NULL, 3L),
        row(date(2024, 1, 16), 2L, NULL, NULL, NULL, 3L),
        row(date(2024, 1, 21), 1L, NULL, NULL, NULL, 3L),
        row(date(2024, 2, 1), 9L, NULL, NULL, NULL, 1L)), result);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void aChangeOverANamedLagIsTheWeeksValueOnEveryDayToo(String engine, SemanticLayer layer) {
    // wow_via_named_lag = percentChange(amount, amount_last_week) is wow_amount_change with its lag named: the same
    // metric, so by day it is the week's change too (the amount outside the window is the week's), not the day's
    // amount against last week (12-25: (1 - 12) / 12 = -91.67%).
    Result result = layer.query(WOW_VIA_NAMED_LAG, WOW_AMOUNT_CHANGE).by(DAY)
        .where(DAY.between(date(2023, 12, 25), date(2024, 1, 7))).fetch();
    double w2 = (3 - 12) / 12.0 * 100;
    double w3 = (23 - 3) / 3.0 * 100;
    assertRows(List.of(
        row(date(2023, 12, 25), w2, w2),
        row(date(2023, 12, 31), w2, w2),
        row(date(2024, 1, 1), w3, w3),
        row(date(2024, 1, 3), w3, w3),
        row(date(2024, 1, 7), w3, w3)), result);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void runningTotalsAndToDateOnCoarserRowsAreTheValueAtThePeriodsEnd(String engine, SemanticLayer layer) {
    // By month: the running total to each month's end (Dec 15, Jan 15 + 34, Feb 49 + 9) and the whole month so far.
    assertRows(List.of(
        row(date(2023, 12, 1), 15L, 15L, 15L),
        row(date(2024, 1, 1), 34L, 49L, 34L),
        row(date(2024, 2, 1), 9L, 58L, 9L)),
        layer.query(AMOUNT, RUNNING_AMOUNT, AMOUNT_MTD).by(MONTH).fetch());
    // By week: the running total to each week's Sunday (12, 15, 38, 49, 58).
    assertRows(List.of(
        row(date(2023, 12, 18), 12L),
        row(date(2023, 12, 25), 15L),
        row(date(2024, 1, 1), 38L),
        row(date(2024, 1, 15), 49L),
        row(date(2024, 1, 29), 58L)),
        layer.query(RUNNING_AMOUNT).by(WEEK).fetch());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void otherWindowsOnCoarserRowsAreRejected(String engine, SemanticLayer layer) {
    // A weekly lag by month, or with no time attribute at all, has no single value; nor a 7-day window by week.
    assertRejected("GrainlineWindowGrain", () -> layer.query(AMOUNT_LAST_WEEK).by(MONTH).fetch());
    assertRejected("GrainlineWindowGrain", () -> layer.query(AMOUNT_LAST_WEEK).fetch());
    assertRejected("GrainlineWindowGrain", () -> layer.query(AMOUNT_LAST_WEEK).by(CATEGORY).fetch());
    assertRejected("GrainlineWindowGrain", () -> layer.query(AMOUNT_7D).by(WEEK).fetch());
    assertRejected("GrainlineWindowGrain", () -> layer.query(USERS_2W).by(MONTH).fetch());
    // Month-to-date by week: a week is not inside one month (W5 is January 29 to February 4), so it is refused.
    QueryException e = assertThrows(QueryException.class, () -> layer.query(AMOUNT_MTD).by(WEEK).fetch());
    assertEquals("GrainlineWindowGrain", e.id());
    assertTrue(e.getMessage().contains("clicks.clicks.week is not a grain it is defined at"), e.getMessage());
  }

  // --- calendar days, running totals, to-date -------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void trailingRunningAndToDateWindowsByDay(String engine, SemanticLayer layer) {
    Result result = layer.query(AMOUNT, AMOUNT_7D, RUNNING_AMOUNT, AMOUNT_MTD).by(DAY).fetch();
    // Trailing 7 calendar days (the day and the 6 before): 12-24 = 12-18..24 (5 + 7); 12-25 = 12-19..25 drops 12-18
    // (7 + 1); 12-31 = 12-25..31 (1 + 2); 01-01 = 12-26..01-01 crosses the year (2 + 13); 01-03 2 + 13 + 4; 01-07 =
    // 01-01..07 drops 12-31 (13 + 4 + 6); 01-15 and 01-16 read only 01-15.. (8, 8 + 2); 01-21 8 + 2 + 1; 02-01 9.
    // Running: 5, 12, 13, 15, 28, 32, 38, 46, 48, 49, 58. Month to date restarts on 01-01 (13) and on 02-01 (9).
    assertRows(List.of(
        row(date(2023, 12, 18), 5L, 5L, 5L, 5L),
        row(date(2023, 12, 24), 7L, 12L, 12L, 12L),
        row(date(2023, 12, 25), 1L, 8L, 13L, 13L),
        row(date(2023, 12, 31), 2L, 3L, 15L, 15L),
        row(date(2024, 1, 1), 13L, 15L, 28L, 13L),
        row(date(2024, 1, 3), 4L, 19L, 32L, 17L),
        row(date(2024, 1, 7), 6L, 23L, 38L, 23L),
        row(date(2024, 1, 15), 8L, 8L, 46L, 31L),
        row(date(2024, 1, 16), 2L, 10L, 48L, 33L),
        row(date(2024, 1, 21), 1L, 11L, 49L, 34L),
        row(date(2024, 2, 1), 9L, 9L, 58L, 9L)), result);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void distinctCountsOverATrailingWindowCountTheWholeWindow(String engine, SemanticLayer layer) {
    Result result = layer.query(USERS, USERS_2W).by(WEEK).fetch();
    // Users of the week and the one before, each once: W1 {u1, u2} (12-11 is empty) 2; W2 {u1, u2} + {u1, u3} = 3
    // (not 2 + 2); W3 {u1, u3} + {u1, u2, u4} = 4 (not 5); W4 01-08 is empty: {u1, u3, u5} 3; W5 {u2} 1.
    assertRows(List.of(
        row(date(2023, 12, 18), 2L, 2L),
        row(date(2023, 12, 25), 2L, 3L),
        row(date(2024, 1, 1), 3L, 4L),
        row(date(2024, 1, 15), 3L, 3L),
        row(date(2024, 1, 29), 1L, 1L)), result);
  }

  // --- partitions and filters ------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void otherDimensionsPartitionWindows(String engine, SemanticLayer layer) {
    Result result = layer.query(AMOUNT, AMOUNT_LAST_WEEK, RUNNING_AMOUNT).by(WEEK, CATEGORY).fetch();
    // a: W1 5, W2 1 + 2 = 3, W3 3 + 4 = 7, W4 8 + 1 = 9, W5 9; b: W1 7, W3 10 + 6 = 16, W4 2. Each category against
    // its own last week: b has no W2, so b's W3 has no last week (NULL, not a's 3, not b's W1). Running totals per
    // category: a 5, 8, 15, 24, 33; b 7, 23, 25.
    assertRows(List.of(
        row(date(2023, 12, 18), "a", 5L, NULL, 5L),
        row(date(2023, 12, 18), "b", 7L, NULL, 7L),
        row(date(2023, 12, 25), "a", 3L, 5L, 8L),
        row(date(2024, 1, 1), "a", 7L, 3L, 15L),
        row(date(2024, 1, 1), "b", 16L, NULL, 23L),
        row(date(2024, 1, 15), "a", 9L, NULL, 24L),
        row(date(2024, 1, 15), "b", 2L, NULL, 25L),
        row(date(2024, 1, 29), "a", 9L, NULL, 33L)), result);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void aTimeConditionRestrictsTheRowsShownNotThePeriodsRead(String engine, SemanticLayer layer) {
    // One day: its trailing 7 days still include the 6 before it (12-26..01-01: 12-31's 2 + 13), its running total
    // all days before, its month to date only January.
    assertRows(List.of(row(date(2024, 1, 1), 13L, 15L, 28L, 13L)),
        layer.query(AMOUNT, AMOUNT_7D, RUNNING_AMOUNT, AMOUNT_MTD).by(DAY).where(DAY.eq(date(2024, 1, 1))).fetch());
    // One week: last week, two weeks ago and next week are read outside it (W2 3, W1 12; 01-08 is empty).
    assertRows(List.of(row(date(2024, 1, 1), 23L, 3L, 12L, NULL)),
        layer.query(AMOUNT, AMOUNT_LAST_WEEK, AMOUNT_TWO_WEEKS_AGO, AMOUNT_NEXT_WEEK).by(WEEK)
            .where(WEEK.eq(date(2024, 1, 1))).fetch());
    assertRows(List.of(row(date(2023, 12, 25), 3L, 12L, 23L)),
        layer.query(AMOUNT, AMOUNT_LAST_WEEK, AMOUNT_NEXT_WEEK).by(WEEK).where(WEEK.eq(date(2023, 12, 25))).fetch());
    // A condition on another time attribute of the same timestamp (month, week) is about the calendar too: January's
    // days, whose trailing windows and running totals still read December.
    assertRows(List.of(
        row(date(2024, 1, 1), 15L, 28L),
        row(date(2024, 1, 3), 19L, 32L),
        row(date(2024, 1, 7), 23L, 38L)),
        layer.query(AMOUNT_7D, RUNNING_AMOUNT).by(DAY).where(WEEK.eq(date(2024, 1, 1))).fetch());
    assertRows(List.of(
        row(date(2024, 1, 1), 15L, 28L),
        row(date(2024, 1, 3), 19L, 32L),
        row(date(2024, 1, 7), 23L, 38L),
        row(date(2024, 1, 15), 8L, 46L),
        row(date(2024, 1, 16), 10L, 48L),
        row(date(2024, 1, 21), 11L, 49L)),
        layer.query(AMOUNT_7D, RUNNING_AMOUNT).by(DAY).where(MONTH.eq(date(2024, 1, 1))).fetch());
    // An OR of time conditions alone is still a time condition.
    assertRows(List.of(row(date(2024, 1, 3), 19L), row(date(2024, 1, 15), 8L)),
        layer.query(AMOUNT_7D).by(DAY).where(DAY.eq(date(2024, 1, 3)).or(DAY.eq(date(2024, 1, 15)))).fetch());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void aConditionOnAnotherDimensionRestrictsWhatTheWindowReads(String engine, SemanticLayer layer) {
    // Category a only: W1 5, W2 3, W3 7, W4 9, W5 9; last week among a's clicks alone.
    assertRows(List.of(
        row(date(2023, 12, 18), 5L, NULL),
        row(date(2023, 12, 25), 3L, 5L),
        row(date(2024, 1, 1), 7L, 3L),
        row(date(2024, 1, 15), 9L, NULL),
        row(date(2024, 1, 29), 9L, NULL)),
        layer.query(AMOUNT, AMOUNT_LAST_WEEK).by(WEEK).where(CATEGORY.eq("a")).fetch());
    // Both kinds AND-ed: the 7 days to 01-03 of category a: 12-31 2, 01-01 3, 01-03 4 (b's 10 on 01-01 is not read).
    assertRows(List.of(row(date(2024, 1, 3), 9L)),
        layer.query(AMOUNT_7D).by(DAY).where(DAY.eq(date(2024, 1, 3)).and(CATEGORY.eq("a"))).fetch());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void aConditionMixingTimeWithAnotherDimensionIsRejected(String engine, SemanticLayer layer) {
    assertRejected("GrainlineWindowFilter", () -> layer.query(AMOUNT_7D).by(DAY)
        .where(DAY.eq(date(2024, 1, 3)).or(CATEGORY.eq("a"))).fetch());
    assertRejected("GrainlineWindowFilter", () -> layer.query(RUNNING_AMOUNT).by(MONTH)
        .where(MONTH.eq(date(2024, 1, 1)).or(CATEGORY.eq("a"))).fetch());
    assertRejected("GrainlineWindowFilter", () -> layer.query(AMOUNT_LAST_WEEK).by(WEEK)
        .where(WEEK.eq(date(2024, 1, 1)).and(CATEGORY.eq("a")).not()).fetch());
  }

  // --- gap filling -----------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void fillGapsByWeekAndCategory(String engine, SemanticLayer layer) {
    Result result = layer.query(AMOUNT, CLICK_COUNT, USERS, AMOUNT_LAST_WEEK, CLICKS_LAST_WEEK, RUNNING_AMOUNT,
        USERS_2W).by(WEEK, CATEGORY).fillGaps(date(2023, 12, 18), date(2024, 1, 29)).fetch();
    // Seven weeks x categories a and b; added rows have amount, clicks and users 0. Windows are computed on them:
    // an added week's last week is the week before it (b 12-25 <- b W1 7; 01-08 <- W3: a 7, b 16 with 2 clicks
    // each), and a week after an added one has no last week (NULL amount, 0 clicks), as without filling. Running
    // totals carry over added weeks. Users of two weeks: a 01-08 = W3 a {u2, u4}; b 01-29 = nothing in 01-22..29: 0.
    assertRows(List.of(
        row(date(2023, 12, 18), "a", 5L, 1L, 1L, NULL, 0L, 5L, 1L),
        row(date(2023, 12, 18), "b", 7L, 1L, 1L, NULL, 0L, 7L, 1L),
        row(date(2023, 12, 25), "a", 3L, 2L, 2L, 5L, 1L, 8L, 2L),
        row(date(2023, 12, 25), "b", 0L, 0L, 0L, 7L, 1L, 7L, 1L),
        row(date(2024, 1, 1), "a", 7L, 2L, 2L, 3L, 2L, 15L, 4L),
        row(date(2024, 1, 1), "b", 16L, 2L, 2L, NULL, 0L, 23L, 2L),
        row(date(2024, 1, 8), "a", 0L, 0L, 0L, 7L, 2L, 15L, 2L),
        row(date(2024, 1, 8), "b", 0L, 0L, 0L, 16L, 2L, 23L, 2L),
        row(date(2024, 1, 15), "a", 9L, 2L, 2L, NULL, 0L, 24L, 2L),
        row(date(2024, 1, 15), "b", 2L, 1L, 1L, NULL, 0L, 25L, 1L),
        row(date(2024, 1, 22), "a", 0L, 0L, 0L, 9L, 2L, 24L, 2L),
        row(date(2024, 1, 22), "b", 0L, 0L, 0L, 2L, 1L, 25L, 1L),
        row(date(2024, 1, 29), "a", 9L, 1L, 1L, NULL, 0L, 33L, 1L),
        row(date(2024, 1, 29), "b", 0L, 0L, 0L, NULL, 0L, 25L, 0L)), result);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void fillGapsByDay(String engine, SemanticLayer layer) {
    Result result = layer.query(AMOUNT, AMOUNT_7D, RUNNING_AMOUNT).by(DAY)
        .fillGaps(date(2024, 1, 5), date(2024, 1, 16)).fetch();
    // Added: 01-05, 01-06 and 01-08..01-14 (01-07, 01-15, 01-16 have clicks); days outside the range stay. Trailing 7
    // days of added days: 01-05 = 12-30..01-05 (2 + 13 + 4), 01-06 the same, 01-08 = 01-02..08 (4 + 6), 01-09 the
    // same, 01-10..01-13 only 01-07's 6, 01-14 = 01-08..14: nothing, NULL (a sum of no rows). Running 32, then 38.
    assertRows(List.of(
        row(date(2023, 12, 18), 5L, 5L, 5L),
        row(date(2023, 12, 24), 7L, 12L, 12L),
        row(date(2023, 12, 25), 1L, 8L, 13L),
        row(date(2023, 12, 31), 2L, 3L, 15L),
        row(date(2024, 1, 1), 13L, 15L, 28L),
        row(date(2024, 1, 3), 4L, 19L, 32L),
        row(date(2024, 1, 5), 0L, 19L, 32L),
        row(date(2024, 1, 6), 0L, 19L, 32L),
        row(date(2024, 1, 7), 6L, 23L, 38L),
        row(date(2024, 1, 8), 0L, 10L, 38L),
        row(date(2024, 1, 9), 0L, 10L, 38L),
        row(date(2024, 1, 10), 0L, 6L, 38L),
        row(date(2024, 1, 11), 0L, 6L, 38L),
        row(date(2024, 1, 12), 0L, 6L, 38L),
        row(date(2024, 1, 13), 0L, 6L, 38L),
        row(date(2024, 1, 14), 0L, NULL, 38L),
        row(date(2024, 1, 15), 8L, 8L, 46L),
        row(date(2024, 1, 16), 2L, 10L, 48L),
        row(date(2024, 1, 21), 1L, 11L, 49L),
        row(date(2024, 2, 1), 9L, 9L, 58L)), result);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void fillGapsByDayAndCategoryAcrossTheNewYear(String engine, SemanticLayer layer) {
    Result result = layer.query(AMOUNT, CLICK_COUNT, AMOUNT_7D, RUNNING_AMOUNT, AMOUNT_LAST_WEEK).by(DAY, CATEGORY)
        .where(DAY.between(date(2023, 12, 30), date(2024, 1, 2)))
        .fillGaps(date(2023, 12, 30), date(2024, 1, 2)).fetch();
    // Four days x a, b. a: 12-31 2, 01-01 3; b: 01-01 10. Trailing 7 days per category: a 12-30 = 12-24..30 holds
    // 12-25's 1; 12-31 1 + 2; 01-01 = 12-26..01-01 drops 12-25: 2 + 3, 01-02 the same; b 12-30 = 12-24..30 holds
    // 12-24's 7, 12-31 = 12-25..31 nothing (NULL), 01-01 and 01-02 10. Running: a 6, 8, 11, 11; b 7, 7, 17, 17.
    // Last week (by day, the week's): W2 days a 5 (W1 a), b 7; W3 days a W2 a = 3, b W2 b: none, NULL.
    assertRows(List.of(
        row(date(2023, 12, 30), "a", 0L, 0L, 1L, 6L, 5L),
        row(date(2023, 12, 30), "b", 0L, 0L, 7L, 7L, 7L),
        row(date(2023, 12, 31), "a", 2L, 1L, 3L, 8L, 5L),
        row(date(2023, 12, 31), "b", 0L, 0L, NULL, 7L, 7L),
        row(date(2024, 1, 1), "a", 3L, 1L, 5L, 11L, 3L),
        row(date(2024, 1, 1), "b", 10L, 1L, 10L, 17L, NULL),
        row(date(2024, 1, 2), "a", 0L, 0L, 5L, 11L, 3L),
        row(date(2024, 1, 2), "b", 0L, 0L, 10L, 17L, NULL)), result);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void fillGapsBeforeTheFirstRow(String engine, SemanticLayer layer) {
    Result result = layer.query(AMOUNT, AMOUNT_LAST_WEEK, AMOUNT_NEXT_WEEK, RUNNING_AMOUNT).by(WEEK)
        .fillGaps(date(2023, 12, 4), date(2023, 12, 25)).fetch();
    // Added 12-04 and 12-11: amount 0, nothing before them (running total NULL); 12-11's next week is W1 (12).
    assertRows(List.of(
        row(date(2023, 12, 4), 0L, NULL, NULL, NULL),
        row(date(2023, 12, 11), 0L, NULL, 12L, NULL),
        row(date(2023, 12, 18), 12L, NULL, 3L, 12L),
        row(date(2023, 12, 25), 3L, 12L, 23L, 15L),
        row(date(2024, 1, 1), 23L, 3L, NULL, 38L),
        row(date(2024, 1, 15), 11L, NULL, NULL, 49L),
        row(date(2024, 1, 29), 9L, NULL, NULL, 58L)), result);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void fillGapsFromTheMiddleOfAPeriodIncludesThatPeriod(String engine, SemanticLayer layer) {
    // 01-10 is a Wednesday: its week 01-08 is added, as is 01-22 (it starts before 01-25). The javadoc of fillGaps
    // says "every period that starts between from and to", which would leave 01-08 out; the README's "every period
    // ... in the range" and the implementation include it.
    assertRows(List.of(
        row(date(2023, 12, 18), 12L),
        row(date(2023, 12, 25), 3L),
        row(date(2024, 1, 1), 23L),
        row(date(2024, 1, 8), 0L),
        row(date(2024, 1, 15), 11L),
        row(date(2024, 1, 22), 0L),
        row(date(2024, 1, 29), 9L)),
        layer.query(AMOUNT).by(WEEK).fillGaps(date(2024, 1, 10), date(2024, 1, 25)).fetch());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void fillGapsAddsNoWeeksThatTheTimeConditionExcludes(String engine, SemanticLayer layer) {
    // Weeks from 01-08 only: W1..W3 are filtered out and must not come back as added rows with amount 0 (W1 has
    // clicks: 12). 01-08 and 01-22 are added; their last weeks are W3 (23) and W4 (11).
    assertRows(List.of(
        row(date(2024, 1, 8), 0L, 23L),
        row(date(2024, 1, 15), 11L, NULL),
        row(date(2024, 1, 22), 0L, 11L),
        row(date(2024, 1, 29), 9L, NULL)),
        layer.query(AMOUNT, AMOUNT_LAST_WEEK).by(WEEK).where(WEEK.ge(date(2024, 1, 8)))
            .fillGaps(date(2023, 12, 18), date(2024, 1, 29)).fetch());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void fillGapsAddsNoDaysThatAConditionOnTheMonthExcludes(String engine, SemanticLayer layer) {
    // Without windows too: January's days only, so 12-30 and 12-31 (which has clicks: 2) are not added.
    assertRows(List.of(
        row(date(2024, 1, 1), 13L),
        row(date(2024, 1, 2), 0L),
        row(date(2024, 1, 3), 4L),
        row(date(2024, 1, 7), 6L),
        row(date(2024, 1, 15), 8L),
        row(date(2024, 1, 16), 2L),
        row(date(2024, 1, 21), 1L)),
        layer.query(AMOUNT).by(DAY).where(MONTH.eq(date(2024, 1, 1)))
            .fillGaps(date(2023, 12, 30), date(2024, 1, 2)).fetch());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void fillGapsNeedsATimeAttribute(String engine, SemanticLayer layer) {
    assertRejected("GrainlineGapFill",
        () -> layer.query(AMOUNT).by(CATEGORY).fillGaps(date(2024, 1, 1), date(2024, 1, 7)).fetch());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void aQueryTimeZoneGroupsTimestampsByThatZonesMonthsAndWeeks(String engine, SemanticLayer layer) {
    java.time.ZoneId newYork = java.time.ZoneId.of("America/New_York");
    // New York is UTC-5 in winter. Click 5 (2024-01-01 00:00 UTC) is 2023-12-31 19:00 there: December, so
    // December is 5 + 7 + 1 + 2 + 10 = 25 and January 3 + 4 + 6 + 8 + 2 + 1 = 24.
    assertRows(List.of(row(date(2023, 12, 1), 25L), row(date(2024, 1, 1), 24L), row(date(2024, 2, 1), 9L)),
        layer.query(AMOUNT).by(MONTH).inTimeZone(newYork).fetch());
    // Sunday-evening clicks in New York belong to the week before: click 3 (12-24 19:00) to W 12-18 (5 + 7 + 1 = 13),
    // click 5 to W 12-25 (2 + 10 = 12), click 9 (01-14 19:00:01) to the week of 01-08, empty in UTC (8). Lags follow
    // the calendar: the week of 01-29 follows the empty week of 01-22.
    assertRows(List.of(
        row(date(2023, 12, 18), 13L, NULL),
        row(date(2023, 12, 25), 12L, 13L),
        row(date(2024, 1, 1), 13L, 12L),
        row(date(2024, 1, 8), 8L, 13L),
        row(date(2024, 1, 15), 3L, 8L),
        row(date(2024, 1, 29), 9L, NULL)),
        layer.query(AMOUNT, AMOUNT_LAST_WEEK).by(WEEK).inTimeZone(newYork).fetch());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void timestampsAreGroupedInUtcUnlessTheQueryNamesAZone(String engine, SemanticLayer layer) {
    List<List<Object>> utc = List.of(row(date(2023, 12, 1), 15L), row(date(2024, 1, 1), 34L),
        row(date(2024, 2, 1), 9L));
    assertRows(utc, layer.query(AMOUNT).by(MONTH).fetch());
    assertRows(utc, layer.query(AMOUNT).by(MONTH).inTimeZone(java.time.ZoneOffset.UTC).fetch());
    // "+02:00" means the opposite offset to a POSIX time zone parser: only region ids are accepted.
    QueryException offset = assertThrows(QueryException.class,
        () -> layer.query(AMOUNT).by(MONTH).inTimeZone(java.time.ZoneOffset.ofHours(2)));
    assertEquals("[GrainlineInvalidValue] inTimeZone(+02:00): name a region time zone such as Europe/Berlin, not a UTC"
        + " offset, which engines read with the opposite sign", offset.getMessage());
  }
}
