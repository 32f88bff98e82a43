package dev.grainline.examples.differential;

import static dev.grainline.examples.differential.Cond.cmp;
import static dev.grainline.examples.differential.Cond.in;
import static dev.grainline.examples.differential.StoreDifferentialTest.CATEGORY;
import static dev.grainline.examples.differential.StoreDifferentialTest.HOME_COUNTRY;
import static dev.grainline.examples.differential.StoreDifferentialTest.MONTH;
import static dev.grainline.examples.differential.StoreDifferentialTest.STATUS;
import static dev.grainline.examples.differential.StoreDifferentialTest.YEAR;
import static dev.grainline.examples.differential.StoreMetric.MOM_REVENUE_CHANGE;
import static dev.grainline.examples.differential.StoreMetric.ORDER_COUNT;
import static dev.grainline.examples.differential.StoreMetric.PAGE_VIEW_COUNT;
import static dev.grainline.examples.differential.StoreMetric.REVENUE_MTD;
import static dev.grainline.examples.differential.StoreMetric.REVENUE_YTD;
import static dev.grainline.examples.differential.StoreMetric.TOTAL_REVENUE;
import static dev.grainline.examples.differential.StoreMetric.TRAILING_28D_REVENUE;
import static dev.grainline.examples.differential.StoreMetric.TRAILING_7D_REVENUE;
import static dev.grainline.examples.differential.StoreMetric.TRAILING_7D_REVENUE_INFERRED_DIM;
import static dev.grainline.examples.differential.StoreMetric.TRAILING_7D_VISITORS;
import static dev.grainline.examples.differential.StoreMetric.TRAILING_WOW_REVENUE_CHANGE;
import static dev.grainline.examples.differential.StoreMetric.VISITOR_COUNT;
import static dev.grainline.examples.differential.StoreMetric.WOW_AOV_CHANGE;
import static dev.grainline.examples.differential.StoreMetric.WOW_CONVERSION_RATE_CHANGE;
import static dev.grainline.examples.differential.StoreMetric.WOW_ORDER_GROWTH;
import static dev.grainline.examples.differential.StoreMetric.WOW_REVENUE_CHANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.examples.differential.Cond.Op;
import dev.grainline.examples.differential.Differential.Api;
import dev.grainline.examples.differential.EngineFixture.Target;
import dev.grainline.examples.differential.StoreMetric.Fact;
import dev.grainline.examples.differential.StoreOracle.OracleResult;
import dev.grainline.examples.differential.StoreOracle.OracleRow;
import dev.grainline.examples.differential.WindowOracle.Grain;
import dev.grainline.runtime.Dialect;
import dev.grainline.runtime.MetricQuery;
import dev.grainline.runtime.Result;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every window metric of the store model (TimeMetrics) on the sample data, on PostgreSQL and DuckDB, aggregated
 * directly and rolled up from partials, through the typed and the text API, compared with {@link WindowOracle}: at
 * the window's own grain and finer, partitioned by other dimensions (of the same and of other dimensions of the
 * calendar), under filters on the date (one day, a range starting mid-week, a range across the year boundary, a
 * month) that restrict the rows shown but not the periods read, under filters on other dimensions that restrict
 * both, over sparse periods and empty partitions; and the queries the window rules reject.
 */
@Slow
class StoreWindowDifferentialTest {
  @AfterAll
  static void printRunCounts() {
    Differential.printRunCounts("StoreWindowDifferentialTest");
  }

  private static final List<Api> BOTH = List.of(Api.TYPED, Api.TEXT);

  static final Dim DATE_ID = Dim.of("v3.date.date_id");
  static final Dim ORDER_DATE_ID = Dim.of("v3.date.date_id", "order");
  static final Dim DATE_VALUE = Dim.of("v3.date.date_value");
  static final Dim WEEK = Dim.of("v3.date.week");
  static final Dim ORDER_WEEK = Dim.of("v3.date.week", "order");
  static final Dim ORDER_MONTH = Dim.of("v3.date.month", "order");
  static final Dim QUARTER = Dim.of("v3.date.quarter");
  static final Dim DAY_OF_WEEK = Dim.of("v3.date.day_of_week");
  static final Dim REGISTRATION_YEAR = Dim.of("v3.date.year", "customer", "registration");
  static final Dim REGISTRATION_DATE_ID = Dim.of("v3.date.date_id", "customer", "registration");

  /** The axis attribute of each window metric: the grain it compares. */
  static Dim ownGrain(StoreMetric metric) {
    return switch (metric) {
      case WOW_REVENUE_CHANGE, WOW_ORDER_GROWTH, WOW_AOV_CHANGE -> ORDER_WEEK;
      case WOW_CONVERSION_RATE_CHANGE -> WEEK;
      case MOM_REVENUE_CHANGE -> MONTH;
      case TRAILING_7D_REVENUE, TRAILING_WOW_REVENUE_CHANGE -> ORDER_DATE_ID;
      default -> DATE_ID;
    };
  }

  /** A finer time attribute than the axis (for day windows: the day as a timestamp). */
  static Dim finerGrain(StoreMetric metric) {
    return ownGrain(metric).attribute().equals("date_id") ? DATE_VALUE : DATE_ID;
  }

  private static DifferentialFixture fixture() {
    return DifferentialFixture.get();
  }

  private static StoreOracle oracle() {
    return fixture().oracle();
  }

  /** Checks that the oracle accepts the query and returns its rows: a test that expects rows must have some. */
  private static OracleResult accepted(DiffQuery query) {
    OracleResult result = oracle().evaluate(query);
    assertFalse(result.rows().isEmpty(), "the oracle has no rows for " + query);
    return result;
  }

  private static List<DynamicTest> tests(String name, DiffQuery query) {
    return Differential.tests(fixture(), name, query,
        query.textOnly() ? List.of(Api.TEXT, Api.TEXT_ALTERNATIVE) : BOTH).toList();
  }

  // --- grains ----------------------------------------------------------------------------------------------------

  /** Each window metric at its own grain, at a finer one, and with the time attribute unroled or via its role. */
  @TestFactory
  Stream<DynamicTest> everyWindowMetricAtItsGrainAndFiner() {
    List<DynamicTest> tests = new ArrayList<>();
    for (StoreMetric metric : StoreMetric.windows()) {
      for (Dim time : List.of(ownGrain(metric), finerGrain(metric))) {
        DiffQuery query = DiffQuery.of(metric, time);
        accepted(query);
        tests.addAll(tests(metric + " by " + time, query));
      }
    }
    // The same calendar named two ways: unroled is each fact's own date, [order] for order lines.
    for (DiffQuery query : List.of(DiffQuery.of(WOW_REVENUE_CHANGE, WEEK), DiffQuery.of(MOM_REVENUE_CHANGE,
            ORDER_MONTH), DiffQuery.of(TRAILING_28D_REVENUE, ORDER_DATE_ID), DiffQuery.of(REVENUE_YTD, ORDER_DATE_ID),
        DiffQuery.of(WOW_ORDER_GROWTH, ORDER_DATE_ID))) {
      tests.addAll(tests(query.toString(), query));
    }
    return tests.stream();
  }

  /**
   * Coarser rows: to-date and running values at the row's last day. MTD by month is the whole month, YTD by month
   * the year up to the month's end, by quarter and year likewise; a month of the year as a row beside the year.
   */
  @TestFactory
  Stream<DynamicTest> toDateWindowsOnCoarserRows() {
    List<DynamicTest> tests = new ArrayList<>();
    List<List<Dim>> grains = List.of(List.of(MONTH), List.of(YEAR, MONTH), List.of(ORDER_MONTH), List.of(YEAR),
        List.of(QUARTER), List.of(YEAR, QUARTER), List.of(DATE_ID, DAY_OF_WEEK));
    for (List<Dim> dims : grains) {
      DiffQuery ytd = DiffQuery.of(List.of(REVENUE_YTD, TOTAL_REVENUE), dims);
      accepted(ytd);
      tests.addAll(tests("YTD by " + dims, ytd));
    }
    for (List<Dim> dims : List.of(List.of(MONTH), List.of(YEAR, MONTH), List.of(DATE_VALUE))) {
      DiffQuery mtd = DiffQuery.of(List.of(REVENUE_MTD, REVENUE_YTD, TOTAL_REVENUE), dims);
      tests.addAll(tests("MTD and YTD by " + dims, mtd));
    }
    // Conditions on whole rows (months, quarters, years by month) keep whole periods: allowed.
    for (Cond where : List.of(in(MONTH, 1, 3), Cond.and(cmp(YEAR, Op.EQ, 2024), cmp(QUARTER, Op.EQ, 1)),
        cmp(ORDER_MONTH, Op.GE, 11))) {
      DiffQuery filtered = DiffQuery.of(List.of(REVENUE_MTD, REVENUE_YTD, TOTAL_REVENUE), List.of(MONTH))
          .where(where);
      accepted(filtered);
      tests.addAll(tests("MTD and YTD by month where " + where.toText(), filtered));
    }
    return tests.stream();
  }

  /** MTD by month is the month's revenue, YTD the year's up to the month's end: the oracle is checked too. */
  @Test
  void toDateByMonthIsTheMonthSoFar() {
    OracleResult result = accepted(DiffQuery.of(List.of(REVENUE_MTD, REVENUE_YTD, TOTAL_REVENUE),
        List.of(YEAR, MONTH)));
    double year = 0;
    int currentYear = 0;
    for (OracleRow row : result.rows()) {
      int y = (Integer) row.key().get(0);
      if (y != currentYear) {
        currentYear = y;
        year = 0;
      }
      double month = (Double) row.values().get(4);
      year += month;
      assertEquals(month, (Double) row.values().get(2), 1e-6, "MTD of " + row.key());
      assertEquals(year, (Double) row.values().get(3), 1e-6, "YTD of " + row.key());
    }
  }

  /**
   * The oracle against hand-written SQL on both engines: trailing 7-day revenue by day over the calendar's days
   * (not the rows present), and week-over-week revenue by ISO week against the week that starts 7 days earlier.
   */
  @Test
  void theOracleAgreesWithHandWrittenSql() {
    String daily = "WITH daily AS (SELECT d.date_id, d.date_value, SUM(oi.quantity * oi.unit_price) AS revenue"
        + " FROM {s}.orders o JOIN {s}.order_items oi ON o.order_id = oi.order_id"
        + " JOIN {s}.dates d ON o.order_date = d.date_id GROUP BY d.date_id, d.date_value) ";
    String trailing = daily + "SELECT a.date_id, (SELECT SUM(b.revenue) FROM daily b"
        + " WHERE b.date_value > a.date_value - INTERVAL '7' DAY AND b.date_value <= a.date_value) FROM daily a";
    String weekly = daily + ", weekly AS (SELECT date_trunc('week', date_value) AS week, SUM(revenue) AS revenue"
        + " FROM daily GROUP BY 1) SELECT CAST(EXTRACT(week FROM a.week) AS INTEGER),"
        + " (a.revenue - b.revenue) / NULLIF(b.revenue, 0) * 100"
        + " FROM weekly a LEFT JOIN weekly b ON b.week = a.week - INTERVAL '7' DAY";
    Map<List<Object>, List<Object>> trailingOracle = new LinkedHashMap<>();
    accepted(DiffQuery.of(TRAILING_7D_REVENUE, DATE_ID)).rows()
        .forEach(r -> trailingOracle.put(r.key(), r.values().subList(1, 2)));
    Map<List<Object>, List<Object>> weeklyOracle = new LinkedHashMap<>();
    accepted(DiffQuery.of(WOW_REVENUE_CHANGE, WEEK)).rows()
        .forEach(r -> weeklyOracle.put(r.key(), r.values().subList(1, 2)));
    assertTrue(trailingOracle.size() > 150 && weeklyOracle.size() > 20);
    for (Dialect dialect : fixture().dialects()) {
      StoreKnownCasesTest.compareLoosely("trailing 7 days on " + dialect, StoreKnownCasesTest.keyed(
          fixture().sql(dialect, trailing), 1), trailingOracle);
      StoreKnownCasesTest.compareLoosely("week over week on " + dialect, StoreKnownCasesTest.keyed(
          fixture().sql(dialect, weekly), 1), weeklyOracle);
    }
  }

  // --- partitions ------------------------------------------------------------------------------------------------

  /**
   * Partitioned by other dimensions: each category, status, home country compared with its own previous periods
   * (NULL groups among them); and by the registration year, an attribute of the same calendar dimension through
   * another path, which partitions rather than being a time attribute of the window.
   */
  @TestFactory
  Stream<DynamicTest> windowsPartitionedByOtherDimensions() {
    List<DynamicTest> tests = new ArrayList<>();
    for (StoreMetric metric : StoreMetric.windows()) {
      DiffQuery query = DiffQuery.of(List.of(metric), List.of(finerGrain(metric), CATEGORY));
      accepted(query);
      tests.addAll(tests(metric + " by " + query.dims(), query));
      DiffQuery own = DiffQuery.of(List.of(metric), List.of(CATEGORY, ownGrain(metric)));
      tests.addAll(tests(metric + " by " + own.dims(), own));
    }
    List<DiffQuery> more = List.of(
        DiffQuery.of(List.of(WOW_REVENUE_CHANGE, WOW_ORDER_GROWTH, WOW_AOV_CHANGE), List.of(ORDER_WEEK, STATUS)),
        DiffQuery.of(List.of(TRAILING_7D_REVENUE, REVENUE_MTD), List.of(ORDER_DATE_ID, HOME_COUNTRY)),
        DiffQuery.of(List.of(TRAILING_7D_REVENUE, MOM_REVENUE_CHANGE), List.of(ORDER_DATE_ID, REGISTRATION_YEAR)),
        DiffQuery.of(List.of(TRAILING_7D_VISITORS, WOW_CONVERSION_RATE_CHANGE), List.of(DATE_ID, HOME_COUNTRY)),
        DiffQuery.of(List.of(WOW_CONVERSION_RATE_CHANGE, VISITOR_COUNT, ORDER_COUNT), List.of(WEEK, CATEGORY,
            Dim.of("v3.customer.name"))));
    for (DiffQuery query : more) {
      accepted(query);
      tests.addAll(tests(query.toString(), query));
    }
    return tests.stream();
  }

  // --- filters ---------------------------------------------------------------------------------------------------

  /** Filters on the window's calendar: they choose the rows shown, the windows still read earlier periods. */
  static final Map<String, Cond> DATE_FILTERS = dateFilters();

  private static Map<String, Cond> dateFilters() {
    Map<String, Cond> filters = new LinkedHashMap<>();
    filters.put("one day (S15)", cmp(DATE_ID, Op.EQ, 20240131));
    // 2024-01-10 is a Wednesday: its week began before the range.
    filters.put("a range starting mid-week", new Cond.Between(Cond.dim(DATE_ID), 20240110, 20240125, false));
    filters.put("a range across the year boundary", Cond.and(cmp(DATE_VALUE, Op.GE, LocalDateTime.of(2023, 12,
        20, 0, 0)), cmp(DATE_VALUE, Op.LT, LocalDateTime.of(2024, 1, 12, 0, 0))));
    filters.put("a month", cmp(MONTH, Op.EQ, 3));
    filters.put("the first week of 2024 and the last of 2023", in(WEEK, 1, 52));
    filters.put("days in the order role", cmp(ORDER_DATE_ID, Op.LE, 20231204));
    return filters;
  }

  /** Every window metric that can use the filter's attributes, under each date filter, by its finer grain. */
  @TestFactory
  Stream<DynamicTest> filtersOnTheDateRestrictTheRowsShown() {
    List<DynamicTest> tests = new ArrayList<>();
    for (var filter : DATE_FILTERS.entrySet()) {
      for (StoreMetric metric : StoreMetric.windows()) {
        if (!StoreDifferentialTest.reachable(metric, filter.getValue())) {
          continue;
        }
        DiffQuery query = DiffQuery.of(metric, finerGrain(metric)).where(filter.getValue());
        tests.addAll(tests(metric + " where " + filter.getKey(), query));
      }
    }
    // With a partition and a date filter together, and a filter of both kinds ANDed.
    Cond books = in(CATEGORY, "Books", "Toys");
    for (StoreMetric metric : List.of(WOW_REVENUE_CHANGE, TRAILING_7D_REVENUE, REVENUE_YTD, MOM_REVENUE_CHANGE,
        WOW_CONVERSION_RATE_CHANGE, TRAILING_WOW_REVENUE_CHANGE)) {
      DiffQuery query = DiffQuery.of(List.of(metric), List.of(DATE_ID, CATEGORY))
          .where(Cond.and(DATE_FILTERS.get("a range starting mid-week"), books));
      accepted(query);
      tests.addAll(tests(metric + " by day and category, mid-week range and two categories", query));
    }
    return tests.stream();
  }

  /** The one-day filter of S15 on every day window, checked by hand against the oracle's unfiltered rows. */
  @Test
  void aOneDayFilterShowsTheUnfilteredValueOfThatDay() {
    for (StoreMetric metric : List.of(TRAILING_7D_REVENUE, TRAILING_28D_REVENUE, REVENUE_MTD, REVENUE_YTD,
        TRAILING_WOW_REVENUE_CHANGE, TRAILING_7D_VISITORS, WOW_REVENUE_CHANGE)) {
      OracleResult all = accepted(DiffQuery.of(metric, DATE_ID));
      OracleResult one = accepted(DiffQuery.of(metric, DATE_ID).where(cmp(DATE_ID, Op.EQ, 20240131)));
      assertEquals(1, one.rows().size(), metric.toString());
      OracleRow day = all.rows().stream().filter(r -> r.key().equals(List.of(20240131))).findFirst().orElseThrow();
      assertEquals(day.values(), one.rows().get(0).values(), metric.toString());
    }
  }

  /** Filters on other dimensions restrict what the windows read as well as the rows. */
  @TestFactory
  Stream<DynamicTest> filtersOnOtherDimensionsRestrictWhatWindowsRead() {
    Map<String, Cond> filters = new LinkedHashMap<>();
    filters.put("two categories", in(CATEGORY, "Books", "Electronics"));
    filters.put("completed orders", cmp(STATUS, Op.EQ, "completed"));
    filters.put("home country not US, or unknown", Cond.or(cmp(HOME_COUNTRY, Op.NE, "US"),
        new Cond.IsNull(Cond.dim(HOME_COUNTRY), false)));
    filters.put("registered in 2023 (the calendar through another path)", cmp(REGISTRATION_YEAR, Op.EQ, 2023));
    filters.put("registered before a day", cmp(REGISTRATION_DATE_ID, Op.LT, 20230601));
    filters.put("a category that does not exist", cmp(CATEGORY, Op.EQ, "Garden"));
    List<DynamicTest> tests = new ArrayList<>();
    for (var filter : filters.entrySet()) {
      for (StoreMetric metric : StoreMetric.windows()) {
        if (!StoreDifferentialTest.reachable(metric, filter.getValue())) {
          continue;
        }
        DiffQuery query = DiffQuery.of(metric, finerGrain(metric)).where(filter.getValue());
        tests.addAll(tests(metric + " where " + filter.getKey(), query));
      }
      DiffQuery both = DiffQuery.of(List.of(WOW_REVENUE_CHANGE, TRAILING_7D_REVENUE), List.of(DATE_ID))
          .where(Cond.and(filter.getValue(), DATE_FILTERS.get("a range across the year boundary")));
      tests.addAll(tests("windows where " + filter.getKey() + " and a range across the year boundary", both));
    }
    return tests.stream();
  }

  /**
   * Conditions that compare two attributes or compute (text only): two attributes of the window's calendar are a
   * condition on it; an attribute of another path compared with a constant is not.
   */
  @TestFactory
  Stream<DynamicTest> computedConditions() {
    Cond.Term dayOfWeek = new Cond.Term.Ref(Cond.dim(DAY_OF_WEEK));
    Cond sameCalendar = new Cond.CompareTerms(dayOfWeek, Op.LT, new Cond.Term.Ref(Cond.dim(MONTH)));
    Cond otherPath = new Cond.CompareTerms(new Cond.Term.Arith('-', new Cond.Term.Ref(Cond.dim(REGISTRATION_YEAR)),
        new Cond.Term.Lit(2000)), Op.EQ, new Cond.Term.Lit(23));
    List<DynamicTest> tests = new ArrayList<>();
    for (Cond where : List.of(sameCalendar, otherPath, Cond.and(sameCalendar, otherPath))) {
      DiffQuery query = DiffQuery.of(List.of(TRAILING_7D_REVENUE, WOW_AOV_CHANGE, REVENUE_MTD), List.of(DATE_ID))
          .where(where);
      accepted(query);
      tests.addAll(tests(query.toString(), query));
    }
    return tests.stream();
  }

  /**
   * Finding (fixed in 07933aa, "nested ANDs are flattened before filters are split"): conditions ANDed together were
   * split into calendar and other conditions only as the operands of one flat AND. The typed API nests its ANDs
   * ({@code where(a).where(b).where(c)} is {@code (a AND b) AND c}, as is {@code a.and(b).and(c)}), and so does a
   * parenthesized text filter; the runtime saw {@code a AND b} as one condition mixing the date with another
   * dimension and rejected the query with [GrainlineWindowFilter], although the date condition was its own ANDed
   * condition, as the message asks. Every spelling must give the oracle's rows.
   */
  @TestFactory
  Stream<DynamicTest> andedConditionsSplitHoweverTheyNest() {
    Cond date = DATE_FILTERS.get("a range starting mid-week");
    Cond categories = in(CATEGORY, "Books", "Toys");
    Cond completed = cmp(STATUS, Op.EQ, "completed");
    DiffQuery meaning = DiffQuery.of(List.of(WOW_REVENUE_CHANGE, TRAILING_7D_REVENUE), List.of(DATE_ID))
        .where(Cond.and(date, categories, completed));
    OracleResult expected = accepted(meaning);
    DiffQuery unfiltered = meaning.where(null);
    Map<String, Function<Target, Result>> runs =
        new LinkedHashMap<>();
    runs.put("typed where(date).where(categories).where(completed)", t -> unfiltered.typed(t.layer())
        .where(date.toFilter()).where(categories.toFilter()).where(completed.toFilter()).fetch());
    runs.put("typed where(date.and(categories).and(completed))", t -> unfiltered.typed(t.layer())
        .where(date.toFilter().and(categories.toFilter()).and(completed.toFilter())).fetch());
    runs.put("typed where(categories).where(date)", t -> unfiltered.typed(t.layer())
        .where(categories.toFilter()).where(date.toFilter()).fetch());
    runs.put("text '(date AND categories) AND completed'", t -> unfiltered.text(t.layer(), false)
        .where("(" + date.toText() + " AND " + categories.toText() + ") AND " + completed.toText()).fetch());
    runs.put("text 'date AND categories AND completed'", t -> unfiltered.text(t.layer(), false)
        .where(date.toText() + " AND " + categories.toText() + " AND " + completed.toText()).fetch());
    List<DynamicTest> tests = new ArrayList<>();
    for (var run : runs.entrySet()) {
      for (Target target : fixture().targets()) {
        DiffQuery shown = run.getKey().contains("where(categories).where(date)")
            ? meaning.where(Cond.and(categories, date)) : meaning;
        tests.add(DynamicTest.dynamicTest(run.getKey() + " [" + target.name() + "]", () -> {
          Result result;
          try {
            result = run.getValue().apply(target);
          } catch (RuntimeException e) {
            throw new AssertionError(run.getKey() + " on " + target.name() + " (" + shown + ") failed: " + e, e);
          }
          OracleResult rows = shown == meaning ? expected : oracle().evaluate(shown);
          ResultMatcher.mismatch(rows, result, target.dialect()).ifPresent(m -> {
            throw new AssertionError(run.getKey() + " on " + target.name() + "\n" + m);
          });
        }));
      }
    }
    return tests.stream();
  }

  /**
   * Finding (reported): on PostgreSQL some window queries run for minutes where DuckDB takes 0.1 s, and the random
   * suite then fails with connections timing out. A filter or a having whose selectivity PostgreSQL cannot estimate
   * (home city IS NULL holds for anonymous views and customers without a location, which the locations table's
   * statistics do not show; a having on a window value) makes it expect one row, and it plans nested loops whose
   * inner side (the aggregate of the window's periods) is recomputed for every outer row. Measured: the first query
   * over 20 minutes within the random suite (seed 2, case 71), the second 105 s rolled up (seed 1, case 261). Each
   * runs here with a statement timeout of 60 s on PostgreSQL (and plainly on DuckDB), and must give the oracle's
   * rows: well under the regression's minutes, and over what a build machine loaded by other builds takes (15 s
   * timed out at a load average of 26).
   */
  @TestFactory
  Stream<DynamicTest> windowQueriesFinishOnPostgres() {
    List<DiffQuery> queries = List.of(
        DiffQuery.of(List.of(TRAILING_7D_VISITORS), List.of(HOME_COUNTRY, CATEGORY, DATE_ID))
            .where(new Cond.IsNull(Cond.dim(Dim.of("v3.location.city", "customer", "home")), false)),
        DiffQuery.of(List.of(MOM_REVENUE_CHANGE, WOW_CONVERSION_RATE_CHANGE), List.of(DATE_ID, HOME_COUNTRY, CATEGORY))
            .having(cmp(MOM_REVENUE_CHANGE, Op.GE, 0.0)));
    List<DynamicTest> tests = new ArrayList<>();
    for (DiffQuery query : queries) {
      Map<List<Object>, List<Object>> expected = new LinkedHashMap<>();
      int dims = query.dims().size();
      accepted(query).rows().forEach(r -> expected.put(r.key(), r.values().subList(dims, r.values().size())));
      for (Target target : fixture().targets(query)) {
        tests.add(DynamicTest.dynamicTest(query + " within 60 s [" + target.name() + "]", () -> {
          MetricQuery built = query.typed(target.layer());
          List<List<Object>> rows = target.dialect() == Dialect.POSTGRES
              ? fixture().sqlWith(target.dialect(), "SET statement_timeout = '60s'", built.sql(), built.bindValues())
              : fixture().sql(target.dialect(), built.sql(), built.bindValues().toArray());
          StoreKnownCasesTest.compareLoosely(query + " on " + target.name(), expected,
              StoreKnownCasesTest.keyed(rows, dims));
        }));
      }
    }
    return tests.stream();
  }

  // --- sparse periods and empty partitions -----------------------------------------------------------------------

  /**
   * K8 on the sample data: a week of the sparse category with sales, whose previous week has none but an older
   * week has some, has a NULL week-over-week change (no previous week), not a comparison with the older week.
   */
  @TestFactory
  Stream<DynamicTest> sparsePeriodsCompareWithTheCalendarPredecessor() {
    TreeSet<LocalDate> weeks = new TreeSet<>();
    for (StoreOracle.OrderLine line : oracle().lines()) {
      if ("Collectibles".equals(oracle().attribute(Fact.ORDERS, line, CATEGORY))) {
        weeks.add(Grain.WEEK.start(((LocalDateTime) oracle().attribute(Fact.ORDERS, line, DATE_VALUE))
            .toLocalDate()));
      }
    }
    LocalDate gap = weeks.stream().filter(w -> !weeks.contains(w.minusWeeks(1)) && weeks.lower(w) != null)
        .findFirst().orElseThrow(() -> new AssertionError("the sparse category has no week after a gap: " + weeks));
    DiffQuery query = DiffQuery.of(List.of(WOW_REVENUE_CHANGE, WOW_ORDER_GROWTH, TOTAL_REVENUE),
        List.of(DATE_VALUE, CATEGORY)).where(cmp(CATEGORY, Op.EQ, "Collectibles"));
    OracleResult result = accepted(query);
    OracleRow row = result.rows().stream().filter(r -> ((LocalDateTime) r.key().get(0)).toLocalDate().equals(gap)
            || Grain.WEEK.start(((LocalDateTime) r.key().get(0)).toLocalDate()).equals(gap)).findFirst()
        .orElseThrow();
    assertNotNull(row.values().get(4), "the week after the gap has revenue");
    assertNull(row.values().get(2), "the oracle compares " + gap + " with the empty week before it");
    assertNull(row.values().get(3), "no orders the week before: no growth");
    List<DynamicTest> tests = new ArrayList<>(tests("K8 sparse weeks of Collectibles by day", query));
    tests.addAll(tests("K8 sparse weeks of Collectibles by week", DiffQuery.of(List.of(WOW_REVENUE_CHANGE,
        WOW_AOV_CHANGE, WOW_ORDER_GROWTH, TRAILING_7D_REVENUE_INFERRED_DIM), List.of(CATEGORY, DATE_ID))
        .where(cmp(CATEGORY, Op.EQ, "Collectibles"))));
    tests.addAll(tests("sparse months of Collectibles", DiffQuery.of(List.of(MOM_REVENUE_CHANGE, REVENUE_MTD),
        List.of(MONTH, Dim.of("v3.product.name"))).where(cmp(CATEGORY, Op.EQ, "Collectibles"))));
    return tests.stream();
  }

  /**
   * Partitions with nothing to compare with: a partition whose earlier periods are filtered away (NULL changes,
   * trailing sums over fewer days), a product first sold mid-period, and a filter that leaves no rows at all.
   */
  @TestFactory
  Stream<DynamicTest> emptyPartitions() {
    List<DynamicTest> tests = new ArrayList<>();
    // Orders of cancelled status only: many (week, category) pairs have none the week before.
    tests.addAll(tests("cancelled orders by week and category", DiffQuery.of(List.of(WOW_REVENUE_CHANGE,
        WOW_ORDER_GROWTH, WOW_AOV_CHANGE), List.of(ORDER_WEEK, CATEGORY)).where(cmp(STATUS, Op.EQ, "cancelled"))));
    tests.addAll(tests("by product name: products first sold mid-month", DiffQuery.of(List.of(MOM_REVENUE_CHANGE,
        TRAILING_28D_REVENUE), List.of(DATE_ID, Dim.of("v3.product.name"))).where(in(CATEGORY, "Collectibles",
        "Books"))));
    DiffQuery nothing = DiffQuery.of(List.of(WOW_REVENUE_CHANGE, TRAILING_7D_VISITORS), List.of(DATE_ID))
        .where(cmp(DATE_ID, Op.EQ, 20230301)); // in the calendar, before the first order
    assertTrue(oracle().evaluate(nothing).rows().isEmpty());
    tests.addAll(tests("a day without rows: no rows", nothing));
    tests.addAll(tests("the last order day, whose next days have none", DiffQuery.of(List.of(TRAILING_7D_REVENUE,
        WOW_REVENUE_CHANGE), List.of(DATE_ID)).where(cmp(DATE_ID, Op.GE, 20240513))));
    return tests.stream();
  }

  // --- mixed requests --------------------------------------------------------------------------------------------

  /** Windows beside plain metrics, windows of both facts together, and ordered by a window metric with a limit. */
  @TestFactory
  Stream<DynamicTest> windowsBesidePlainMetricsAndEachOther() {
    List<DynamicTest> tests = new ArrayList<>();
    List<StoreMetric> orderWindows = StoreMetric.windows().stream().filter(m -> m.facts().equals(
        EnumSet.of(Fact.ORDERS))).toList();
    DiffQuery all = DiffQuery.of(orderWindows, List.of(ORDER_DATE_ID));
    accepted(all);
    tests.addAll(tests("every order window by day", all));
    tests.addAll(tests("every window with plain metrics by day and category", DiffQuery.of(
        Stream.concat(StoreMetric.windows().stream(), Stream.of(TOTAL_REVENUE, PAGE_VIEW_COUNT)).toList(),
        List.of(DATE_ID, CATEGORY)).where(in(CATEGORY, "Books", "Collectibles"))));
    tests.addAll(tests("windows of both facts by day", DiffQuery.of(List.of(TRAILING_7D_REVENUE_INFERRED_DIM,
        TRAILING_7D_VISITORS, WOW_CONVERSION_RATE_CHANGE, PAGE_VIEW_COUNT), List.of(DATE_ID))));
    DiffQuery ordered = DiffQuery.of(List.of(WOW_REVENUE_CHANGE, TRAILING_7D_REVENUE), List.of(DATE_ID, CATEGORY))
        .orderBy(List.of(new DiffQuery.Sort(Cond.metric(TRAILING_7D_REVENUE), true, false)))
        .limit(OptionalLong.of(5));
    tests.addAll(tests("ordered by a trailing sum, limit 5", ordered));
    DiffQuery byChange = DiffQuery.of(List.of(WOW_ORDER_GROWTH), List.of(WEEK, CATEGORY))
        .orderBy(List.of(new DiffQuery.Sort(Cond.metric(WOW_ORDER_GROWTH), false, true)))
        .limit(OptionalLong.of(7));
    tests.addAll(tests("ordered by a change, NULLs first, limit 7", byChange));
    return tests.stream();
  }

  // --- rejections ------------------------------------------------------------------------------------------------

  /** Queries the window rules reject, with the rule's message id, on every target and both front ends. */
  @TestFactory
  Stream<DynamicTest> invalidQueriesAreRejected() {
    Map<DiffQuery, String> rejected = new LinkedHashMap<>();
    rejected.put(DiffQuery.of(WOW_REVENUE_CHANGE, CATEGORY), "GrainlineWindowGrain");
    rejected.put(DiffQuery.of(WOW_CONVERSION_RATE_CHANGE, CATEGORY), "GrainlineWindowGrain");
    rejected.put(DiffQuery.of(WOW_REVENUE_CHANGE, MONTH), "GrainlineWindowGrain");
    rejected.put(DiffQuery.of(MOM_REVENUE_CHANGE, WEEK), "GrainlineWindowGrain");
    rejected.put(DiffQuery.of(MOM_REVENUE_CHANGE, QUARTER), "GrainlineWindowGrain");
    rejected.put(DiffQuery.of(TRAILING_7D_REVENUE, ORDER_WEEK), "GrainlineWindowGrain");
    rejected.put(DiffQuery.of(TRAILING_7D_VISITORS, MONTH), "GrainlineWindowGrain");
    rejected.put(DiffQuery.of(REVENUE_MTD, QUARTER), "GrainlineWindowGrain");
    rejected.put(DiffQuery.of(REVENUE_MTD, WEEK), "GrainlineWindowGrain");
    rejected.put(DiffQuery.of(REVENUE_YTD, WEEK), "GrainlineWindowGrain");
    rejected.put(DiffQuery.of(WOW_REVENUE_CHANGE, DAY_OF_WEEK), "GrainlineWindowGrain");
    // To-date values by month are the months' ends: a condition on days or weeks would cut months short.
    rejected.put(DiffQuery.of(REVENUE_YTD, MONTH).where(cmp(DATE_ID, Op.EQ, 20240108)), "GrainlineWindowGrain");
    rejected.put(DiffQuery.of(REVENUE_MTD, YEAR, MONTH).where(Cond.and(cmp(YEAR, Op.EQ, 2024),
        new Cond.Between(Cond.dim(WEEK), 2, 6, false))), "GrainlineWindowGrain");
    rejected.put(DiffQuery.of(REVENUE_YTD, QUARTER).where(new Cond.Not(in(DAY_OF_WEEK, 6, 7))),
        "GrainlineWindowGrain");
    // The registration date is the calendar through another path: a partition, not the window's time.
    rejected.put(DiffQuery.of(TRAILING_7D_REVENUE, REGISTRATION_DATE_ID), "GrainlineWindowGrain");
    rejected.put(DiffQuery.of(List.of(TOTAL_REVENUE, REVENUE_YTD), List.of()), "GrainlineWindowGrain");
    rejected.put(DiffQuery.of(WOW_REVENUE_CHANGE, DATE_ID).where(Cond.or(cmp(DATE_ID, Op.GE, 20240101),
        cmp(CATEGORY, Op.EQ, "Books"))), "GrainlineWindowFilter");
    rejected.put(DiffQuery.of(TRAILING_7D_REVENUE, DATE_ID).where(Cond.and(cmp(CATEGORY, Op.NE, "Books"),
        Cond.not(Cond.and(cmp(MONTH, Op.EQ, 1), cmp(STATUS, Op.EQ, "completed"))))), "GrainlineWindowFilter");
    // The order year against the registration year: the window's calendar and another path of it in one condition.
    rejected.put(DiffQuery.of(REVENUE_YTD, ORDER_DATE_ID).where(new Cond.CompareTerms(
        new Cond.Term.Ref(Cond.dim(Dim.of("v3.date.year", "order"))), Op.EQ,
        new Cond.Term.Ref(Cond.dim(REGISTRATION_YEAR)))), "GrainlineWindowFilter");
    List<DynamicTest> tests = new ArrayList<>();
    for (var entry : rejected.entrySet()) {
      assertEquals(Optional.of(entry.getValue()),
          WindowOracle.rejection(oracle(), entry.getKey()).map(WindowOracle.Rejected::id), entry.getKey().toString());
      tests.addAll(tests("rejected [" + entry.getValue() + "] " + entry.getKey(), entry.getKey()));
    }
    return tests.stream();
  }
}
