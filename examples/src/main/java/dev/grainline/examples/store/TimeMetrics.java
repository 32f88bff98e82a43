package dev.grainline.examples.store;

import static dev.grainline.dsl.Grainline.*;
import static dev.grainline.examples.store.OrderDetails.*;
import static dev.grainline.examples.store.PageViewsEnriched.*;

import dev.grainline.dsl.Describe;
import dev.grainline.dsl.Metric;
import dev.grainline.dsl.Metrics;
import dev.grainline.dsl.annotation.Derived;

/**
 * Period-over-period, trailing and to-date metrics (datajunction.md §3.2, with the semantics of issue 3): periods
 * are calendar periods of v3.date, comparisons are computed at the period grain from the metric's components, and a
 * filter on the date restricts the rows shown, not the periods a window reads.
 */
@Metrics
public final class TimeMetrics {
  @Describe(value = "Revenue change against the previous calendar week of the order date.", unit = "%",
      format = "0.00")
  @Derived
  public static final Metric<Double> WOW_REVENUE_CHANGE =
      percentChange(TOTAL_REVENUE, lag(TOTAL_REVENUE).over(Dates.WEEK.via("order")));

  @Describe(value = "Order count change against the previous calendar week.", unit = "%", format = "0.00")
  @Derived
  public static final Metric<Double> WOW_ORDER_GROWTH =
      percentChange(ORDER_COUNT, lag(ORDER_COUNT).over(Dates.WEEK.via("order")));

  @Describe(value = "Revenue change against the previous calendar month.", unit = "%", format = "0.00")
  @Derived
  public static final Metric<Double> MOM_REVENUE_CHANGE =
      percentChange(TOTAL_REVENUE, lag(TOTAL_REVENUE).over(Dates.MONTH));

  @Describe(value = "Revenue of the 7 days up to and including the order day.", unit = "USD", format = "#,##0.00")
  @Derived
  public static final Metric<Double> TRAILING_7D_REVENUE =
      trailing(TOTAL_REVENUE, 7, DAYS).over(Dates.DATE_ID.via("order"));

  @Describe(value = "Revenue of the 28 days up to and including the order day.", unit = "USD",
      format = "#,##0.00")
  @Derived
  public static final Metric<Double> TRAILING_28D_REVENUE = trailing(TOTAL_REVENUE, 28, DAYS).over(Dates.DATE_ID);

  @Describe(value = "Revenue of the trailing 7 days, over each fact's own path to the calendar.", unit = "USD",
      format = "#,##0.00")
  @Derived
  public static final Metric<Double> TRAILING_7D_REVENUE_INFERRED_DIM =
      trailing(TOTAL_REVENUE, 7, DAYS).over(Dates.DATE_ID);

  @Describe(value = "Trailing 7-day revenue against the 7 days before them.", unit = "%", format = "0.00")
  @Derived
  public static final Metric<Double> TRAILING_WOW_REVENUE_CHANGE =
      percentChange(TRAILING_7D_REVENUE, lag(TRAILING_7D_REVENUE, 7).over(Dates.DATE_ID.via("order")));

  @Describe(value = "Average order value change against the previous calendar week.", unit = "%", format = "0.00")
  @Derived
  public static final Metric<Double> WOW_AOV_CHANGE =
      percentChange(StoreMetrics.AVG_ORDER_VALUE, lag(StoreMetrics.AVG_ORDER_VALUE).over(Dates.WEEK.via("order")));

  @Describe(value = "Conversion rate change against the previous calendar week; each fact on its own date.",
      unit = "%", format = "0.00")
  @Derived
  public static final Metric<Double> WOW_CONVERSION_RATE_CHANGE =
      percentChange(StoreMetrics.CONVERSION_RATE, lag(StoreMetrics.CONVERSION_RATE).over(Dates.WEEK));

  @Describe(value = "Revenue from the first of the month up to the day; by month, the month so far.", unit = "USD",
      format = "#,##0.00")
  @Derived
  public static final Metric<Double> REVENUE_MTD = toDate(TOTAL_REVENUE, MONTH).over(Dates.DATE_ID);

  @Describe(value = "Revenue from January 1 up to the day.", unit = "USD", format = "#,##0.00")
  @Derived
  public static final Metric<Double> REVENUE_YTD = toDate(TOTAL_REVENUE, YEAR).over(Dates.DATE_ID);

  @Describe(value = "Distinct visiting customers of the 7 days up to and including the day.", unit = "customers")
  @Derived
  public static final Metric<Long> TRAILING_7D_VISITORS = trailing(VISITOR_COUNT, 7, DAYS).over(Dates.DATE_ID);

  private TimeMetrics() {}
}
