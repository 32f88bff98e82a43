package dev.grainline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.grainline.processor.ProcessorTester.assertOnlyError;
import static dev.grainline.processor.ProcessorTester.at;
import static dev.grainline.processor.ProcessorTester.compile;
import static dev.grainline.processor.ProcessorTester.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Window metrics (lag, lead, trailing, cumulative, toDate): one test per rule, each asserting the message and where
 * javac shows it. The shop's calendar is replaced by one whose integer week, month and year name periods of the
 * day's date; orders reach it as [ordered], [shipped] and [buyer->registered], visits not at all.
 */
class WindowRulesTest {
  /** Week-over-week revenue, by the order date: the window most tests query or break. */
  private static final String WOW = """
      public static final Metric<Double> WOW =
          percentChange(Orders.REVENUE, lag(Orders.REVENUE).over(Dates.WEEK.via("ordered")));
      """;

  /**
   * The calendar, with {@code members} added. Its grains are spelled {@code TimeGrain.WEEK}: a field named WEEK
   * hides the statically imported {@code Grainline.WEEK} in its own initializer.
   */
  static JavaFileObject calendar(String members) {
    return source("shop.Dates", """
        package shop;

        import static dev.grainline.dsl.Grainline.*;

        import dev.grainline.dsl.*;
        import dev.grainline.dsl.TimeGrain;
        import java.time.LocalDate;

        @Dimension("shop.date")
        public final class Dates {
          static final Table D = table("shop.dates");
          static final Column<LocalDate> DAY_DATE = D.dateCol("day");

          public static final Attribute<Integer> DATE_ID = key(D.intCol("date_id")).periodOf(TimeGrain.DAY, DAY_DATE);
          public static final Attribute<LocalDate> DAY = attribute(DAY_DATE);
          public static final Attribute<Integer> WEEK = attribute(D.intCol("week")).periodOf(TimeGrain.WEEK, DAY_DATE);
          public static final Attribute<Integer> MONTH =
              attribute(D.intCol("month")).periodOf(TimeGrain.MONTH, DAY_DATE);
          public static final Attribute<Integer> YEAR = attribute(D.intCol("year")).periodOf(TimeGrain.YEAR, DAY_DATE);
          public static final Attribute<Integer> DAY_OF_WEEK = attribute(D.intCol("day_of_week"));
        """ + members + "}\n");
  }

  /** The shop with the calendar and a metrics class of {@code members}. */
  private static Compilation compileMetrics(JavaFileObject metrics) {
    return compile(ShopModel.with(calendar(""), metrics));
  }

  @Test
  void windowOffsetIsShownAtTheWindowCall() {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final Metric<Double> TWO_WEEKS_AGO = lag(Orders.REVENUE, 0).over(Dates.WEEK.via("ordered"));
        """);
    assertOnlyError(compileMetrics(metrics), metrics, at("lag(Orders.REVENUE, 0)"),
        "[GrainlineWindowOffset] lag(..., 0): the number of periods is a positive constant, not 0");
  }

  @Test
  void nonConstantWindowOffsetIsShownAtTheArgument() {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final Metric<Double> SOME_WEEKS_AGO =
            lag(Orders.REVENUE, Integer.parseInt("2")).over(Dates.WEEK.via("ordered"));
        """);
    assertOnlyError(compileMetrics(metrics), metrics, at(".parseInt(\"2\"))"),
        "[GrainlineWindowOffset] lag(...): the number of periods is a positive constant, not"
            + " Integer.parseInt(\"2\")");
  }

  @Test
  void periodDateMustBeADate() {
    JavaFileObject dates = calendar("""
          public static final Attribute<Integer> ISO_WEEK =
              attribute(D.intCol("iso_week")).periodOf(TimeGrain.WEEK, D.intCol("week_start_id"));
        """);
    assertOnlyError(compile(ShopModel.with(dates)), dates, at(".intCol(\"week_start_id\")"),
        "[GrainlinePeriodDate] attribute shop.date.iso_week: periodOf needs a date or timestamp of shop.date, not"
            + " dates.week_start_id (integer)");
  }

  @Test
  void notTimeAttributeSuggestsTheNearestTimeAttribute() {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final Metric<Double> LAST_WEEKDAY =
            lag(Orders.REVENUE).over(Dates.DAY_OF_WEEK.via("ordered"));
        """);
    assertOnlyError(compileMetrics(metrics), metrics, at(".via(\"ordered\")"),
        "[GrainlineNotTimeAttribute] shop.last_weekday is over shop.date.day_of_week[ordered], which is not a time"
            + " attribute; use a date attribute, a timestamp truncatedTo a grain, or a calendar attribute declared"
            + " with periodOf; did you mean shop.date.week?");
  }

  @Test
  void windowUnreachable() {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final Metric<Long> VISITS_LAST_WEEK = lag(Visits.VISIT_COUNT).over(Dates.WEEK);
        """);
    assertOnlyError(compileMetrics(metrics), metrics, at(".WEEK)"),
        "[GrainlineWindowUnreachable] shop.visits_last_week is over shop.date.week, which shop.visits (read by"
            + " shop.visit_count) does not reach");
  }

  @Test
  void windowUnreachableUnambiguouslyNamesTheRoles() {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final Metric<Double> REVENUE_LAST_WEEK = lag(Orders.REVENUE).over(Dates.WEEK);
        """);
    assertOnlyError(compileMetrics(metrics), metrics, at(".WEEK)"),
        "[GrainlineWindowUnreachable] shop.revenue_last_week is over shop.date.week, which shop.orders (read by"
            + " shop.revenue) does not reach unambiguously: it reaches it as [ordered], [shipped] or"
            + " [buyer->registered]; name the role, as in shop.date.week[ordered]");
  }

  @Test
  void nestedWindowIsShownAtTheOuterWindow() {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final Metric<Double> RUNNING_TRAILING = cumulative(
                trailing(Orders.REVENUE, 7, DAYS).over(Dates.DATE_ID.via("ordered")))
            .over(Dates.DATE_ID.via("ordered"));
        """);
    assertOnlyError(compileMetrics(metrics), metrics, at(".over(Dates.DATE_ID.via(\"ordered\"));"),
        "[GrainlineNestedWindow] shop.running_trailing: a running total of a trailing 7-day window is undefined: a"
            + " window is recomputed from the rows of its periods, and a set of overlapping windows is not one set"
            + " of periods");
  }

  @Test
  void windowUnitFinerThanThePeriods() {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final Metric<Double> LAST_7_DAYS = trailing(Orders.REVENUE, 7, DAYS)
            .over(Dates.WEEK.via("ordered"));
        """);
    assertOnlyError(compileMetrics(metrics), metrics, at(".over("),
        "[GrainlineWindowUnit] shop.last_7_days: a trailing window counts days, finer than the week periods of"
            + " shop.date.week[ordered]; count weeks or a coarser unit");
  }

  @Test
  void toDateGrainThatDoesNotHoldThePeriods() {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final Metric<Double> MONTH_TO_DATE_BY_WEEK = toDate(Orders.REVENUE, MONTH)
            .over(Dates.WEEK.via("ordered"));
        """);
    assertOnlyError(compileMetrics(metrics), metrics, at(".over("),
        "[GrainlineWindowUnit] shop.month_to_date_by_week: a month-to-date window over week periods"
            + " (shop.date.week[ordered]) has no meaning: every week must lie inside one month; use a coarser"
            + " to-date grain or a finer time attribute");
  }

  @Test
  void nonDecomposableMetricInAWindow() {
    JavaFileObject orders = ShopModel.orders("""
        public static final Measure<Double> MEDIAN_PRICE = median(PRICE);
        public static final Metric<Double> MEDIAN_PRICE_LAST_WEEK =
            lag(MEDIAN_PRICE).over(Dates.WEEK.via("ordered"));
        """);
    assertOnlyError(compile(ShopModel.with(calendar(""), orders)), orders, at(".over("),
        "[GrainlineNonDecomposable] shop.median_price_last_week evaluates median(orders.price) in other periods"
            + " from per-period parts, but median(orders.price) cannot be combined from parts; window a metric built"
            + " from sums, counts, averages, variances, minima, maxima or distinct counts");
  }

  @Test
  void windowGrainIsShownAtTheRequestedMetric() {
    JavaFileObject metrics = ShopModel.metrics(WOW + """
        public static final NamedQuery WOW_BY_MONTH = query(Orders.REVENUE, WOW).by(Dates.MONTH.via("ordered"));
        """);
    assertOnlyError(compileMetrics(metrics), metrics, at("WOW_BY_MONTH", "WOW)"),
        "[GrainlineWindowGrain] shop.wow compares week periods of shop.date.week[ordered]; group by shop.date.week[ordered]"
            + " or a finer time attribute of its calendar (shop.date.month[ordered] is not a grain it is defined"
            + " at)");
  }

  @Test
  void windowFilterIsShownAtTheMixedCondition() {
    JavaFileObject metrics = ShopModel.metrics(WOW + """
        public static final NamedQuery WEEKLY = query(WOW).by(Dates.WEEK.via("ordered"))
            .where(Dates.YEAR.via("ordered").eq(2024).or(Product.CATEGORY.eq("books")));
        """);
    assertOnlyError(compileMetrics(metrics), metrics, at(".or("),
        "[GrainlineWindowFilter] (shop.date.year[ordered] = 2024) OR (shop.product.category = 'books') mixes"
            + " shop.date with other dimensions in one condition, so it cannot be split into the rows shown and the"
            + " periods shop.wow reads; write the time condition as its own AND-ed condition");
  }

  @Test
  void windowsOverACalendarAndOverATruncatedTimestampCompile() {
    JavaFileObject orders = ShopModel.orders("""
        static final Column<java.time.LocalDateTime> PLACED_AT = O.timestampCol("placed_at");
        public static final Attribute<java.time.LocalDate> PLACED_WEEK = attribute(PLACED_AT.truncatedTo(WEEK));
        """);
    JavaFileObject metrics = ShopModel.metrics(WOW + """
        public static final Metric<Double> LAST_7_DAYS =
            trailing(Orders.REVENUE, 7, DAYS).over(Dates.DATE_ID.via("ordered"));
        public static final Metric<Double> MONTH_TO_DATE = toDate(Orders.REVENUE, MONTH).over(Dates.DAY.via("ordered"));
        public static final Metric<Double> RUNNING = cumulative(Orders.REVENUE).over(Dates.DATE_ID.via("ordered"));
        public static final Metric<Double> LAST_7_DAYS_A_WEEK_AGO =
            lag(LAST_7_DAYS, 7).over(Dates.DATE_ID.via("ordered"));

        public static final Metric<Double> PLACED_LAST_WEEK = lag(Orders.REVENUE).over(Orders.PLACED_WEEK);
        public static final Metric<Double> PLACED_NEXT_WEEK = lead(Orders.REVENUE).over(Orders.PLACED_WEEK);
        public static final Metric<Double> PLACED_LAST_4_WEEKS =
            trailing(Orders.REVENUE, 4, WEEKS).over(Orders.PLACED_WEEK);
        public static final Metric<Double> PLACED_RUNNING = cumulative(Orders.REVENUE).over(Orders.PLACED_WEEK);

        public static final NamedQuery DAILY =
            query(WOW, LAST_7_DAYS, MONTH_TO_DATE, RUNNING, LAST_7_DAYS_A_WEEK_AGO)
                .by(Dates.DATE_ID.via("ordered"), Product.CATEGORY)
                .where(Dates.YEAR.via("ordered").eq(2024).and(Product.CATEGORY.eq("books")));
        public static final NamedQuery MONTHLY = query(MONTH_TO_DATE, RUNNING).by(Dates.MONTH.via("ordered"));
        public static final NamedQuery WEEKLY =
            query(PLACED_LAST_WEEK, PLACED_NEXT_WEEK, PLACED_LAST_4_WEEKS, PLACED_RUNNING).by(Orders.PLACED_WEEK);
        """);
    Compilation compilation = compile(ShopModel.with(calendar(""), orders, metrics));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("shop.ShopCatalog").contentsAsUtf8String()
        .contains("MetricRef<Double> PLACED_LAST_4_WEEKS = MetricRef.of(\"shop.placed_last_4_weeks\", Double.class)");
  }
}
