package dev.grainline.runtime.calendar;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Metric;
import dev.grainline.dsl.Metrics;

/** Windows whose frame is counted in a coarser unit than their axis, or runs to date in a coarser grain. */
@Metrics
public final class SalesWindows {
  public static final Metric<Long> AMOUNT_1M = trailing(Sales.AMOUNT, 1, MONTHS).over(Sales.DAY);
  public static final Metric<Long> AMOUNT_2M_WEEK_AGO = lag(trailing(Sales.AMOUNT, 2, MONTHS).over(Sales.DAY), 7)
      .over(Sales.DAY);
  public static final Metric<Long> AMOUNT_1Q_BY_WEEK = trailing(Sales.AMOUNT, 1, QUARTERS).over(Sales.WEEK);
  public static final Metric<Long> AMOUNT_1Y_BY_MONTH = trailing(Sales.AMOUNT, 1, YEARS).over(Sales.MONTH);
  public static final Metric<Long> BUYERS_1M = trailing(Sales.BUYERS, 1, MONTHS).over(Sales.DAY);
  public static final Metric<Long> AMOUNT_YTD = toDate(Sales.AMOUNT, YEAR).over(Sales.DAY);
  public static final Metric<Long> AMOUNT_QTD_BY_MONTH = toDate(Sales.AMOUNT, QUARTER).over(Sales.MONTH);
  public static final Metric<Long> AMOUNT_NEXT_MONTH = lead(Sales.AMOUNT).over(Sales.MONTH);

  private SalesWindows() {}
}
