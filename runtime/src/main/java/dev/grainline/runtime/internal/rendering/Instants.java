package dev.grainline.runtime.internal.rendering;

import dev.grainline.runtime.Dialect;
import java.time.LocalDateTime;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * An instant column ({@code timestamp with time zone}) read as the model reads every timestamp: a wall-clock time,
 * UTC's unless a query names a zone. The conversion is explicit on every engine, because the implicit one (a cast to
 * {@code timestamp}, or {@code date_trunc} on the instant) is in the session's time zone, which the model does not
 * choose: with {@code TimeZone=America/New_York}, PostgreSQL's {@code date_trunc('week', timestamptz '2024-01-01
 * 02:00+00')} is in 2023. The zone is a constant of the model ({@code 'UTC'}) or the query's bind value, never the
 * session's.
 */
final class Instants {
  private static final String UTC = "UTC";

  private Instants() {}

  /**
   * The instant as its UTC wall-clock time: {@code (x at time zone 'UTC')} on PostgreSQL, {@code timezone('UTC', x)}
   * on DuckDB, and on Trino {@code at_timezone}, cast to a timestamp of the microseconds the model's timestamps have
   * (Trino's plain {@code timestamp} keeps milliseconds).
   */
  static Field<LocalDateTime> utc(Dialect dialect, Field<?> instant) {
    return switch (dialect) {
      case POSTGRES -> DSL.field("({0} at time zone {1})", SQLDataType.LOCALDATETIME, instant, DSL.inline(UTC));
      case DUCKDB -> DSL.function("timezone", SQLDataType.LOCALDATETIME, DSL.inline(UTC), instant);
      case TRINO -> DSL.cast(DSL.function("at_timezone", Object.class, instant, DSL.inline(UTC)),
          SQLDataType.LOCALDATETIME(6));
    };
  }

  /**
   * The instant as the wall-clock time of {@code zone}, converted from the instant itself (a plain timestamp first
   * becomes the UTC instant it stands for, {@link TimeArithmetic#atTimeZone}; an instant needs no such step):
   * {@code timezone(zone, x)} on PostgreSQL and DuckDB, {@code at_timezone(x, zone)} cast to timestamp(6) on Trino.
   */
  static Field<LocalDateTime> inZone(Dialect dialect, Field<?> instant, Field<?> zone) {
    return switch (dialect) {
      case POSTGRES, DUCKDB -> DSL.function("timezone", SQLDataType.LOCALDATETIME, zone, instant);
      case TRINO -> DSL.cast(DSL.function("at_timezone", Object.class, instant, zone), SQLDataType.LOCALDATETIME(6));
    };
  }
}
