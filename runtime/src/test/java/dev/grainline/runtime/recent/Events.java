package dev.grainline.runtime.recent;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;
import dev.grainline.dsl.TimeGrain;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Events with a DATE and a TIMESTAMP, and measures over windows of days relative to the day a query runs. */
@Fact("recent.events")
public final class Events {
  static final Table E = table("ts_recent.events");
  public static final Attribute<Integer> EVENT_ID = key(E.intCol("event_id"));
  public static final Attribute<LocalDate> DAY = attribute(E.dateCol("event_day"));
  public static final Attribute<LocalDateTime> OCCURRED_AT = attribute(E.timestampCol("occurred_at"));
  public static final Attribute<String> CATEGORY = attribute(E.textCol("category"));

  public static final Measure<Long> TOTAL = sum(E.intCol("amount"));
  public static final Measure<LocalDate> LATEST = max(DAY);

  /** Today and the six days before it. */
  public static final Measure<Long> LAST_7_DAYS = sum(E.intCol("amount"))
      .filter(DAY.between(today().minusDays(6), today()));
  public static final Measure<Long> BEFORE_TODAY = sum(E.intCol("amount")).filter(DAY.lt(today()));
  /** The same day of the previous month, or its last day: one month before March 31 is February's last day. */
  public static final Measure<Long> ONE_MONTH_AGO = sum(E.intCol("amount")).filter(DAY.eq(today().minusMonths(1)));
  public static final Measure<Long> ONE_YEAR_AGO = sum(E.intCol("amount")).filter(DAY.eq(today().minusYears(1)));
  public static final Measure<Long> MONTH_TO_DATE = sum(E.intCol("amount"))
      .filter(DAY.ge(today().truncatedTo(TimeGrain.MONTH)).and(DAY.le(today())));
  /** Monday to Sunday of the week that contained this day a year ago. */
  public static final Measure<Long> SAME_WEEK_LAST_YEAR = sum(E.intCol("amount")).filter(DAY.between(
      today().minusYears(1).truncatedTo(TimeGrain.WEEK), today().minusYears(1).truncatedTo(TimeGrain.WEEK)
          .plusDays(6)));
  /** Two weeks, starting three months from today. */
  public static final Measure<Long> IN_THREE_MONTHS = sum(E.intCol("amount"))
      .filter(DAY.ge(today().plusMonths(3)).and(DAY.lt(today().plusMonths(3).plusWeeks(2))));
  /** Since midnight two days ago (a timestamp compared with a date). */
  public static final Measure<Long> SINCE_TWO_DAYS_AGO = sum(E.intCol("amount"))
      .filter(OCCURRED_AT.ge(today().minusDays(2)));

  private Events() {}
}
