package dev.grainline.runtime.golden;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Column;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Table;
import dev.grainline.dsl.TimeGrain;
import java.time.LocalDateTime;

/** A calendar table, one row per day, keyed by yyyymmdd, with integer weeks and months as periods of the day. */
@Dimension("golden.date")
public final class Calendar {
  static final Table D = table("golden.dates");
  static final Column<LocalDateTime> DAY_START = D.timestampCol("date_value");
  public static final Attribute<Integer> DATE_ID = key(D.intCol("date_id")).periodOf(TimeGrain.DAY, DAY_START);
  public static final Attribute<Integer> WEEK = attribute(D.intCol("week")).periodOf(TimeGrain.WEEK, DAY_START);
  public static final Attribute<Integer> MONTH = attribute(D.intCol("month")).periodOf(TimeGrain.MONTH, DAY_START);
  public static final Attribute<Integer> YEAR = attribute(D.intCol("year")).periodOf(TimeGrain.YEAR, DAY_START);

  private Calendar() {}
}
