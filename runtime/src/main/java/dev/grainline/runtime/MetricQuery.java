package dev.grainline.runtime;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** What every query can do, however it was built. Queries are immutable and safe to share between threads. */
public interface MetricQuery {
  /**
   * Plans (or reuses the plan of a query of the same shape), runs the SQL, and returns the rows, all of them in
   * memory; for results too large for that, {@link #cursor()}, {@link #stream()} or {@link #forEach}. Running is
   * bounded by the query's {@link #timeout} (by default the layer's {@link SemanticLayer.Builder#queryTimeout}):
   * getting a connection, executing and reading the rows.
   *
   * @throws dev.grainline.DatabaseException {@code [GrainlineQueryTimeout]} when the query did not finish in time
   *     (its statement is cancelled on the database and its connection given back); {@code [GrainlineQueryCancelled]}
   *     when the calling thread is interrupted while it waits (the query is cancelled the same way, and the thread's
   *     interrupt flag stays set); what the database reported otherwise
   */
  Result fetch();

  /**
   * Runs the query and returns its rows unread, to be read from the database as they are iterated, in batches of the
   * layer's {@link SemanticLayer.Builder#fetchSize fetch size}: a result of any size in bounded memory. The cursor
   * holds a connection until it is closed or its last row is read; close it with try-with-resources. The query's
   * {@link #timeout} bounds getting the connection and running the statement until its first rows arrive, and then
   * each wait for more rows (where the driver has a network timeout: PostgreSQL's has), not the whole pass.
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

  /**
   * Like {@link #fetch()}, on the caller's connection and in whatever transaction it is in: Grainline neither
   * commits, rolls back nor closes it. The timeout still applies: the statement is cancelled at the limit (the
   * connection stays open, though one whose database stopped answering may be unusable afterwards).
   */
  Result fetch(Connection connection);

  /**
   * Runs {@link #fetch()} on {@code executor} and completes the future with its result or its exception. Cancelling
   * the future (or completing it otherwise, as {@code orTimeout} does) cancels the query: on the database if it is
   * running, before it starts if it has not.
   */
  CompletableFuture<Result> fetchAsync(Executor executor);

  /**
   * This query with its own time limit instead of the layer's: a positive duration that bounds getting a connection,
   * running the statement and reading its rows. The limit of the last call counts.
   *
   * @throws dev.grainline.QueryException {@code [GrainlineInvalidValue]} if the duration is zero or negative
   */
  MetricQuery timeout(Duration limit);

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
