package dev.grainline.runtime.clicks;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Metric;
import dev.grainline.dsl.Metrics;

/** Window metrics over the clicks' own truncated timestamps. */
@Metrics
public final class ClickMetrics {
  public static final Metric<Long> AMOUNT_LAST_WEEK = lag(Clicks.AMOUNT).over(Clicks.WEEK);
  /** Week-over-week, written as the README writes it: the lag inline. */
  public static final Metric<Double> WOW_AMOUNT_CHANGE =
      percentChange(Clicks.AMOUNT, lag(Clicks.AMOUNT).over(Clicks.WEEK));
  /** The same formula with the lag through a named metric. */
  public static final Metric<Double> WOW_VIA_NAMED_LAG = percentChange(Clicks.AMOUNT, AMOUNT_LAST_WEEK);
  public static final Metric<Long> CLICKS_LAST_WEEK = lag(Clicks.CLICK_COUNT).over(Clicks.WEEK);
  public static final Metric<Double> WOW_CLICKS_CHANGE =
      percentChange(Clicks.CLICK_COUNT, lag(Clicks.CLICK_COUNT).over(Clicks.WEEK));
  public static final Metric<Long> AMOUNT_TWO_WEEKS_AGO = lag(Clicks.AMOUNT, 2).over(Clicks.WEEK);
  public static final Metric<Long> AMOUNT_NEXT_WEEK = lead(Clicks.AMOUNT).over(Clicks.WEEK);
  public static final Metric<Long> AMOUNT_7D = trailing(Clicks.AMOUNT, 7, DAYS).over(Clicks.DAY);
  public static final Metric<Long> USERS_2W = trailing(Clicks.USERS, 2, WEEKS).over(Clicks.WEEK);
  public static final Metric<Long> RUNNING_AMOUNT = cumulative(Clicks.AMOUNT).over(Clicks.DAY);
  public static final Metric<Long> AMOUNT_MTD = toDate(Clicks.AMOUNT, MONTH).over(Clicks.DAY);

  private ClickMetrics() {}
}
