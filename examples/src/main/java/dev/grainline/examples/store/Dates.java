package dev.grainline.examples.store;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Describe;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Table;
import java.time.LocalDateTime;

/** The calendar: one row per day, keyed by an integer yyyymmdd. */
@Dimension("v3.date")
@Describe("The calendar, one row per day; date_id is yyyymmdd.")
public final class Dates {
  static final Table D = table("v3.dates");

  public static final Attribute<Integer> DATE_ID = key(D.intCol("date_id"));
  public static final Attribute<LocalDateTime> DATE_VALUE = attribute(D.timestampCol("date_value"));
  public static final Attribute<Integer> DAY_OF_WEEK = attribute(D.intCol("day_of_week"));
  public static final Attribute<Integer> WEEK = attribute(D.intCol("week"));
  public static final Attribute<Integer> MONTH = attribute(D.intCol("month"));
  public static final Attribute<Integer> QUARTER = attribute(D.intCol("quarter"));
  public static final Attribute<Integer> YEAR = attribute(D.intCol("year"));

  private Dates() {}
}
