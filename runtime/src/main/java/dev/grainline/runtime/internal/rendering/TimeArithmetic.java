package dev.grainline.runtime.internal.rendering;

import dev.grainline.dsl.TimeGrain;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Truncation to a period and calendar arithmetic, as DATEs on both engines. jOOQ's own trunc renders a function
 * DuckDB does not have, so both are templates of functions PostgreSQL and DuckDB share: {@code date_trunc} (weeks
 * start on Monday on both) over a timestamp without time zone, and addition of an interval. Intervals are whole
 * days, months or years, which both engines add the same way (a month after January 31 is the last day of
 * February); the counts are constants of the model, never query values.
 */
final class TimeArithmetic {
  private TimeArithmetic() {}

  /** The first day of the period of {@code grain} containing the date or timestamp. */
  static Field<java.time.LocalDate> truncate(Field<?> value, TimeGrain grain) {
    if (grain == TimeGrain.DAY) {
      // The day of a timestamp is its date: a cast, cheaper per row than date_trunc and the same on both engines.
      return DSL.cast(value, SQLDataType.LOCALDATE);
    }
    // A DATE becomes a timestamp without time zone first: PostgreSQL would otherwise truncate a timestamptz in the
    // session's time zone.
    Field<?> timestamp = DSL.cast(value, SQLDataType.LOCALDATETIME);
    return DSL.cast(DSL.function("date_trunc", SQLDataType.LOCALDATETIME, DSL.inline(grain.sqlName()), timestamp),
        SQLDataType.LOCALDATE);
  }

  /** The date moved by {@code count} units of {@code unit}. */
  static Field<java.time.LocalDate> add(Field<?> date, int count, TimeGrain unit) {
    Field<?> start = DSL.cast(date, SQLDataType.LOCALDATETIME);
    return DSL.cast(DSL.field("({0} + cast({1} as interval))", SQLDataType.LOCALDATETIME, start,
        DSL.inline(interval(count, unit))), SQLDataType.LOCALDATE);
  }

  /** {@code count} units as interval text both engines read the same: whole days, months or years. */
  static String interval(int count, TimeGrain unit) {
    return switch (unit) {
      case DAY -> count + " days";
      case WEEK -> 7 * count + " days";
      case MONTH -> count + " months";
      case QUARTER -> 3 * count + " months";
      case YEAR -> count + " years";
    };
  }

  /**
   * The current date in {@code zone}: the date of the engine's clock, read when the statement starts, as the
   * wall-clock time of the zone ({@code timezone(zone, timestamptz)} on both engines). Never a value in the SQL, so
   * that the text, and the plan cached for it, stay the same from one day to the next.
   */
  static Field<java.time.LocalDate> today(Field<?> zone) {
    Field<?> now = DSL.field("current_timestamp", Object.class);
    return DSL.cast(DSL.function("timezone", SQLDataType.LOCALDATETIME, zone, now), SQLDataType.LOCALDATE);
  }

  /**
   * A UTC timestamp as the wall-clock time of {@code zone}: {@code timezone(zone, timezone('UTC', ts))}, which both
   * engines have (DuckDB through its ICU extension, built into its JDBC driver).
   */
  static Field<java.time.LocalDateTime> atTimeZone(Field<?> timestamp, Field<?> zone) {
    Field<?> instant = DSL.function("timezone", Object.class, DSL.inline("UTC"), timestamp);
    return DSL.function("timezone", SQLDataType.LOCALDATETIME, zone, instant);
  }
}
