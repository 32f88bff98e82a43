package dev.grainline.runtime.internal.rendering;

import dev.grainline.dsl.TimeGrain;
import dev.grainline.runtime.Dialect;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The dates from {@code start} to {@code end}, one per period of a grain, as a one-column table {@code g(s)}.
 * PostgreSQL and DuckDB generate it with {@code generate_series} over timestamps. Trino has no such table function,
 * and jOOQ's emulation, a recursive CTE, stops at Trino's default recursion depth of 10; there it is
 * {@code UNNEST(sequence(...))} over dates, whose end is clamped to the start because Trino's {@code sequence} fails
 * where {@code generate_series} is empty (the caller keeps only the dates in the range anyway). Trino's
 * {@code sequence} also refuses more than 10,000 elements, and a fill spans up to 100,000 days: the series is chunks
 * of {@value #CHUNK} periods, a sequence of chunk starts crossed with one sequence per chunk that ends at the
 * chunk's last period or at the end, whichever comes first.
 */
final class DateSeries {
  static final String TABLE = "g";
  static final String COLUMN = "s";
  /** The periods per chunk on Trino: the most elements its {@code sequence} makes. */
  static final int CHUNK = 10_000;

  private DateSeries() {}

  static Table<?> of(Dialect dialect, Field<?> start, Field<?> end, TimeGrain grain) {
    TimeArithmetic.Unit step = TimeArithmetic.Unit.of(1, grain);
    return switch (dialect) {
      case POSTGRES, DUCKDB -> DSL.table("generate_series({0}, {1}, cast({2} as interval))",
          DSL.cast(start, SQLDataType.LOCALDATETIME), DSL.cast(end, SQLDataType.LOCALDATETIME),
          DSL.cast(DSL.inline(TimeArithmetic.interval(1, grain)), SQLDataType.VARCHAR)).as(TABLE, COLUMN);
      case TRINO -> {
        Field<?> first = DSL.cast(start, SQLDataType.LOCALDATE);
        Field<?> last = DSL.greatest(first, DSL.cast(end, SQLDataType.LOCALDATE));
        // Interval literals and the chunk's length are syntax, not values: the grain's, never a query's.
        String period = interval(step, 1);
        String chunk = interval(step, CHUNK);
        String chunkEnd = "date_add('" + step.name() + "', " + (long) step.count() * (CHUNK - 1) + ", chunks.c)";
        yield DSL.table("(select periods." + COLUMN + " from unnest(sequence({0}, {1}, " + chunk + ")) chunks(c)"
            + " cross join unnest(sequence(chunks.c, least(" + chunkEnd + ", {1}), " + period + ")) periods("
            + COLUMN + "))", first, last).as(TABLE, COLUMN);
      }
    };
  }

  /**
   * Trino's dates from {@code first} to {@code last} (no later than it, at most 10,000 of them), one per period
   * of a grain, as the one-column table {@code table(column)}.
   */
  static Table<?> trinoSequence(Field<?> first, Field<?> last, TimeGrain grain, String table, String column) {
    // Interval literals are syntax, not values: the count and unit are the grain's, never a query's.
    String interval = interval(TimeArithmetic.Unit.of(1, grain), 1);
    return DSL.table("unnest(sequence({0}, {1}, " + interval + "))", first, last).as(table, column);
  }

  /** Trino's interval literal of {@code periods} steps. */
  private static String interval(TimeArithmetic.Unit step, long periods) {
    return "interval '" + step.count() * periods + "' " + step.name();
  }
}
