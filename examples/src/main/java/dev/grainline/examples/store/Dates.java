package dev.grainline.examples.store;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Column;
import dev.grainline.dsl.Describe;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Table;
import dev.grainline.dsl.TimeGrain;
import java.time.LocalDateTime;

/**
 * The calendar: one row per day, keyed by an integer yyyymmdd. Its integer week, month, quarter and year columns
 * name periods of the day's date, which is what windows compare: week 1 of 2024 follows week 52 of 2023.
 */
@Dimension("v3.date")
@Describe("The calendar, one row per day; date_id is yyyymmdd.")
public final class Dates {
  static final Table D = table("v3.dates");
  static final Column<LocalDateTime> DAY_START = D.timestampCol("date_value");

  @Describe("The day as yyyymmdd.")
  public static final Attribute<Integer> DATE_ID = key(D.intCol("date_id")).periodOf(TimeGrain.DAY, DAY_START);

  @Describe("The day, at midnight.")
  public static final Attribute<LocalDateTime> DATE_VALUE = attribute(DAY_START).periodOf(TimeGrain.DAY, DAY_START);

  @Describe("Day of the week, 1 = Monday.")
  public static final Attribute<Integer> DAY_OF_WEEK = attribute(D.intCol("day_of_week"));

  @Describe("ISO week number (weeks start on Monday); it restarts every year.")
  public static final Attribute<Integer> WEEK = attribute(D.intCol("week")).periodOf(TimeGrain.WEEK, DAY_START);

  @Describe("Month of the year, 1 to 12.")
  public static final Attribute<Integer> MONTH = attribute(D.intCol("month")).periodOf(TimeGrain.MONTH, DAY_START);

  @Describe("Quarter of the year, 1 to 4.")
  public static final Attribute<Integer> QUARTER =
      attribute(D.intCol("quarter")).periodOf(TimeGrain.QUARTER, DAY_START);

  public static final Attribute<Integer> YEAR = attribute(D.intCol("year")).periodOf(TimeGrain.YEAR, DAY_START);

  private Dates() {}
}
