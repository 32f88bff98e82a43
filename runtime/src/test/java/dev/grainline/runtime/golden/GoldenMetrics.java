package dev.grainline.runtime.golden;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Metric;
import dev.grainline.dsl.Metrics;
import dev.grainline.dsl.TimeGrain;

/** Every kind of window, over one fact and across two. */
@Metrics
public final class GoldenMetrics {
  public static final Metric<Double> CONVERSION = Orders.ORDER_COUNT.div(Visits.VISITS);
  public static final Metric<Double> REVENUE_LAST_WEEK = lag(Orders.REVENUE).over(Calendar.WEEK);
  public static final Metric<Double> TRAILING_7D_REVENUE = trailing(Orders.REVENUE, 7, DAYS).over(Calendar.DATE_ID);
  /** A window of a window: the trailing week's revenue a week earlier. */
  public static final Metric<Double> TRAILING_7D_WEEK_AGO = lag(TRAILING_7D_REVENUE, 7).over(Calendar.DATE_ID);
  public static final Metric<Double> RUNNING_REVENUE = cumulative(Orders.REVENUE).over(Calendar.DATE_ID);
  public static final Metric<Double> REVENUE_MTD = toDate(Orders.REVENUE, TimeGrain.MONTH).over(Calendar.DATE_ID);
  /** A window over two facts: the ratio of last month's totals. */
  public static final Metric<Double> CONVERSION_LAST_MONTH = lag(CONVERSION).over(Calendar.MONTH);

  private GoldenMetrics() {}
}
