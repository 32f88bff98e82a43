package dev.grainline.runtime.internal.rendering;

import dev.grainline.SqlType;
import dev.grainline.dsl.TimeGrain;
import dev.grainline.runtime.Dialect;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Truncation to a period and calendar arithmetic, as DATEs on every engine. jOOQ's own trunc renders a function
 * DuckDB and Trino do not have (jOOQ #18747), so truncation is {@code date_trunc}, which all three share (weeks start
 * on Monday on each), over a timestamp without time zone. Intervals are whole days, months or years, which every
 * engine adds the same way (a month after January 31 is the last day of February); PostgreSQL and DuckDB add an
 * interval, Trino has no cast from text to interval and adds with {@code date_add}. The counts are constants of the
 * model, never query values.
 */
final class TimeArithmetic {
  private TimeArithmetic() {}

  /** The first day of the period of {@code grain} containing the date or timestamp. */
  static Field<java.time.LocalDate> truncate(Dialect dialect, Field<?> value, TimeGrain grain) {
    if (grain == TimeGrain.DAY) {
      // The day of a timestamp is its date: a cast, cheaper per row than date_trunc and the same on every engine.
      return DSL.cast(value, SQLDataType.LOCALDATE);
    }
    // A DATE becomes a timestamp without time zone first: PostgreSQL would otherwise truncate a timestamptz in the
    // session's time zone. It keeps microseconds: Trino's plain timestamp has milliseconds, and the cast would round
    // 23:59:59.9996 on the last day of a month into the next month (DataTypes gives Trino timestamp(6)).
    Field<?> timestamp = DSL.cast(value, DataTypes.of(dialect, SqlType.TIMESTAMP));
    return DSL.cast(DSL.function("date_trunc", SQLDataType.LOCALDATETIME, DSL.inline(grain.sqlName()), timestamp),
        SQLDataType.LOCALDATE);
  }

  /**
   * Whole periods of {@code grain} from {@code from} to {@code to}, both first days of such periods (Mondays for
   * weeks), as an INTEGER: exact because both sides are truncated, so a week is seven days and a month the difference
   * of month numbers. PostgreSQL subtracts dates (days) and extracts years and months; DuckDB and Trino share
   * {@code date_diff}, whose day, week, month, quarter and year counts agree on first days of periods.
   */
  static Field<Integer> periodsBetween(Dialect dialect, Field<?> from, Field<?> to, TimeGrain grain) {
    Field<java.time.LocalDate> start = DSL.cast(from, SQLDataType.LOCALDATE);
    Field<java.time.LocalDate> end = DSL.cast(to, SQLDataType.LOCALDATE);
    return switch (dialect) {
      case POSTGRES -> switch (grain) {
        case DAY -> DSL.field("({0} - {1})", SQLDataType.INTEGER, end, start);
        case WEEK -> DSL.field("(({0} - {1}) / 7)", SQLDataType.INTEGER, end, start);
        case MONTH -> months(end, start, 1);
        case QUARTER -> months(end, start, 3);
        case YEAR -> months(end, start, 12);
      };
      case DUCKDB, TRINO -> DSL.cast(DSL.function("date_diff", SQLDataType.BIGINT, DSL.inline(grain.sqlName()),
          start, end), SQLDataType.INTEGER);
    };
  }

  /** PostgreSQL: whole periods of {@code length} months between first days of such periods. */
  private static Field<Integer> months(Field<?> end, Field<?> start, int length) {
    return DSL.field("(cast((extract(year from {0}) - extract(year from {1})) * 12 + extract(month from {0})"
        + " - extract(month from {1}) as integer) / {2})", SQLDataType.INTEGER, end, start, DSL.inline(length));
  }

  /** The date moved by {@code count} units of {@code unit}. */
  static Field<java.time.LocalDate> add(Dialect dialect, Field<?> date, int count, TimeGrain unit) {
    return switch (dialect) {
      case POSTGRES, DUCKDB -> DSL.cast(DSL.field("({0} + cast({1} as interval))", SQLDataType.LOCALDATETIME,
          DSL.cast(date, SQLDataType.LOCALDATETIME), DSL.inline(interval(count, unit))), SQLDataType.LOCALDATE);
      case TRINO -> {
        Unit step = Unit.of(count, unit);
        yield DSL.function("date_add", SQLDataType.LOCALDATE, DSL.inline(step.name()), DSL.inline(step.count()),
            DSL.cast(date, SQLDataType.LOCALDATE));
      }
    };
  }

  /** {@code count} units as interval text PostgreSQL and DuckDB read the same: whole days, months or years. */
  static String interval(int count, TimeGrain unit) {
    Unit step = Unit.of(count, unit);
    return step.count() + " " + step.name() + "s";
  }

  /** An interval as a count of the calendar units every engine adds alike: days, months or years. */
  record Unit(String name, int count) {
    static Unit of(int count, TimeGrain grain) {
      return switch (grain) {
        case DAY -> new Unit("day", count);
        case WEEK -> new Unit("day", 7 * count);
        case MONTH -> new Unit("month", count);
        case QUARTER -> new Unit("month", 3 * count);
        case YEAR -> new Unit("year", count);
      };
    }
  }

  /**
   * The current date in {@code zone}: the date of the engine's clock, read when the statement starts, as the
   * wall-clock time of the zone ({@code timezone(zone, timestamptz)} on PostgreSQL and DuckDB,
   * {@code at_timezone(timestamptz, zone)} on Trino). Never a value in the SQL, so that the text, and the plan cached
   * for it, stay the same from one day to the next.
   */
  static Field<java.time.LocalDate> today(Dialect dialect, Field<?> zone) {
    Field<?> now = DSL.field("current_timestamp", Object.class);
    return DSL.cast(switch (dialect) {
      case POSTGRES, DUCKDB -> DSL.function("timezone", SQLDataType.LOCALDATETIME, zone, now);
      case TRINO -> DSL.function("at_timezone", Object.class, now, zone);
    }, SQLDataType.LOCALDATE);
  }

  /**
   * A UTC timestamp as the wall-clock time of {@code zone}: {@code timezone(zone, timezone('UTC', ts))}, which
   * PostgreSQL and DuckDB have (DuckDB through its ICU extension, built into its JDBC driver); on Trino the UTC
   * instant is {@code with_timezone(ts, 'UTC')}, shown in the zone by {@code at_timezone} and cast back to a
   * timestamp of the microseconds the model's timestamps have (Trino's plain {@code timestamp} keeps milliseconds).
   */
  static Field<java.time.LocalDateTime> atTimeZone(Dialect dialect, Field<?> timestamp, Field<?> zone) {
    return switch (dialect) {
      case POSTGRES, DUCKDB -> DSL.function("timezone", SQLDataType.LOCALDATETIME, zone,
          DSL.function("timezone", Object.class, DSL.inline("UTC"), timestamp));
      case TRINO -> DSL.cast(DSL.function("at_timezone", Object.class,
          DSL.function("with_timezone", Object.class, timestamp, DSL.inline("UTC")), zone),
          SQLDataType.LOCALDATETIME(6));
    };
  }
}
