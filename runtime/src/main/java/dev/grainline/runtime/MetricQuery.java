package dev.grainline.runtime;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** What every query can do, however it was built. Queries are immutable and safe to share between threads. */
public interface MetricQuery {
  /**
   * Plans (or reuses the plan of a query of the same shape), runs the SQL, and returns the rows, all of them in
   * memory; for results too large for that, {@link #cursor()}, {@link #stream()} or {@link #forEach}.
   */
  Result fetch();

  /**
   * Runs the query and returns its rows unread, to be read from the database as they are iterated, in batches of the
   * layer's {@link SemanticLayer.Builder#fetchSize fetch size}: a result of any size in bounded memory. The cursor
   * holds a connection until it is closed or its last row is read; close it with try-with-resources.
   */
  Cursor cursor();

  /**
   * The rows as a stream read from the database as it is consumed, as {@link #cursor()} reads them. The stream holds
   * a connection until it is closed: {@code try (Stream<Row> rows = query.stream()) { ... }}. A terminal operation
   * alone does not close it.
   */
  Stream<Row> stream();

  /** Runs the query and gives each row to {@code action} as it is read, then releases the connection. */
  void forEach(Consumer<? super Row> action);

  /** The SQL that {@link #fetch()} runs, with {@code ?} for each of {@link #bindValues()}. */
  String sql();

  /** The values bound to the SQL's placeholders, in order. */
  List<Object> bindValues();

  /** The plan: grain groups with their grain, components and aggregability, then the SQL. */
  Explanation explain();

  /**
   * This query with a row for every period of its finest time attribute, from the period that contains {@code from}
   * to the one that contains {@code to}, for every combination of its other dimensions that it has rows for: counts
   * and sums of added rows are 0, windows are computed for them too. Periods that the query's conditions on the same
   * calendar exclude are not added; rows outside the range stay (filter them with a where condition). A range that
   * ends before it starts is a {@link dev.grainline.QueryException}.
   */
  MetricQuery fillGaps(LocalDate from, LocalDate to);

  /**
   * This query seeing its facts' timestamps, stored in UTC, in {@code zone}: a day, week or month of a timestamp
   * starts at that zone's midnight. Without it, timestamps are grouped in UTC. Calendar tables are not affected.
   * The zone is a region ({@code Europe/Berlin}); a fixed offset other than UTC is a
   * {@link dev.grainline.QueryException}, since engines read offsets such as {@code +02:00} with the opposite sign.
   */
  MetricQuery inTimeZone(ZoneId zone);
}
