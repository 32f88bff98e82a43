package dev.grainline.runtime.internal.execution;

import dev.grainline.DatabaseException;
import dev.grainline.internal.model.validation.Message;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The rows of a running query, read from the database as they are asked for: the connection, statement and result
 * set stay open until the last row is read or the cursor is closed. The driver fetches {@code fetchSize} rows at a
 * time. PostgreSQL's driver only does that inside a transaction (otherwise it reads the whole result into the heap
 * on execute), so there the rows are read in a read-only transaction that closing rolls back, and the connection
 * gets its auto-commit and read-only settings back before it returns to its pool. DuckDB's driver ignores the fetch
 * size and copies its (natively held) result into the heap one vector of rows at a time, so the heap stays bounded
 * without a transaction. Not thread-safe: one thread reads and closes it.
 */
public final class JdbcCursor implements AutoCloseable {
  private final Connection connection;
  private final PreparedStatement statement;
  private final ResultSet rows;
  private final RowReader reader;
  /** The settings to give the connection back, if this cursor opened a transaction on it. */
  private final Optional<Settings> restore;
  private final TimeLimit limit;
  /** What {@link Execution#boundReads} replaced, to give back with the connection; -1 if nothing. */
  private int previousNetworkTimeout = -1;
  private boolean closed;

  private record Settings(boolean autoCommit, boolean readOnly) {}

  private JdbcCursor(Connection connection, PreparedStatement statement, ResultSet rows, RowReader reader,
      Optional<Settings> restore, TimeLimit limit) {
    this.connection = connection;
    this.statement = statement;
    this.rows = rows;
    this.reader = reader;
    this.restore = restore;
    this.limit = limit;
  }

  /**
   * Runs the query and leaves its rows unread. Getting the connection and running the statement until its first rows
   * arrive are one run within {@code limit}, cancelled at the limit or through {@code cancellation} as a fetch is;
   * after that, each wait for more rows is bounded by the limit (where the driver has a network timeout), not the
   * whole pass, so that an export may take longer than one query may.
   *
   * @param inTransaction whether to read inside a read-only transaction (what PostgreSQL's driver needs to fetch
   *     rows in batches rather than all at once)
   */
  static JdbcCursor open(DataSource dataSource, PreparedQuery query, boolean inTransaction, int fetchSize,
      TimeLimit limit, Cancellation cancellation) {
    JdbcCursor cursor = Execution.run(new Execution.Source.Kept(dataSource), limit, cancellation,
        Execution.Activity.QUERY, (connection, execution) -> {
          Optional<Settings> restore = Optional.empty();
          try {
            if (inTransaction) {
              Settings settings = new Settings(connection.getAutoCommit(), connection.isReadOnly());
              restore = Optional.of(settings);
              connection.setAutoCommit(false);
              if (!settings.readOnly()) {
                connection.setReadOnly(true);
              }
            }
            PreparedStatement statement = execution.prepare(connection, query.sql());
            statement.setFetchSize(fetchSize);
            JdbcExecutor.bind(statement, query.bindValues());
            ResultSet rows = statement.executeQuery();
            return new JdbcCursor(connection, statement, rows, new RowReader(query.columns()), restore,
                limit);
          } catch (SQLException | RuntimeException e) {
            // The run closes the connection; first it gets back what this changed, for a pool that keeps it.
            restore.ifPresent(settings -> {
              quietly(connection::rollback);
              quietly(() -> connection.setReadOnly(settings.readOnly()));
              quietly(() -> connection.setAutoCommit(settings.autoCommit()));
            });
            throw e;
          }
        });
    // After the run, which gives the connection back the network timeout it bounded the opening with.
    cursor.previousNetworkTimeout = Execution.boundReads(cursor.connection, limit);
    return cursor;
  }

  private static void quietly(Failures.Step step) {
    try {
      step.run();
    } catch (SQLException e) {
      // the connection is closed next, which reports nothing either
    }
  }

  /**
   * The values of the next row, or empty once every row has been read, which closes the cursor.
   *
   * @throws DatabaseException if the driver fails to read the next rows (the cursor is then closed)
   */
  public Optional<Object[]> next() {
    if (closed) {
      return Optional.empty();
    }
    long waiting = System.nanoTime();
    try {
      if (rows.next()) {
        return Optional.of(reader.read(rows));
      }
    } catch (SQLException e) {
      // A read that failed after waiting the whole limit is the network timeout that bounds it: say so.
      DatabaseException failure = System.nanoTime() - waiting >= limit.nanos()
          ? Message.QUERY_TIMEOUT.databaseError(e, limit.text(), limit.origin())
          : JdbcExecutor.failure(e);
      closed = true;
      release(connection, statement, rows, restore, previousNetworkTimeout).ifPresent(failure::addSuppressed);
      throw failure;
    }
    close();
    return Optional.empty();
  }

  /**
   * Closes the result set and the statement, ends the transaction and releases the connection; again, it does
   * nothing.
   *
   * @throws DatabaseException if the driver fails to release them (everything is released all the same)
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    Optional<SQLException> failure = release(connection, statement, rows, restore, previousNetworkTimeout);
    if (failure.isPresent()) {
      throw JdbcExecutor.failure(failure.orElseThrow());
    }
  }

  /** Closes each part even if another fails, and returns the first failure with the others suppressed in it. */
  private static Optional<SQLException> release(Connection connection, PreparedStatement statement, ResultSet rows,
      Optional<Settings> restore, int previousNetworkTimeout) {
    Failures failures = new Failures();
    if (rows != null) {
      failures.run(rows::close);
    }
    if (statement != null) {
      failures.run(statement::close);
    }
    restore.ifPresent(settings -> {
      // Only read, so nothing is lost; the connection goes back to its pool as it came.
      failures.run(connection::rollback);
      failures.run(() -> connection.setReadOnly(settings.readOnly()));
      failures.run(() -> connection.setAutoCommit(settings.autoCommit()));
    });
    failures.run(() -> Execution.restoreReads(connection, previousNetworkTimeout));
    failures.run(connection::close);
    return failures.first;
  }

  private static final class Failures {
    private Optional<SQLException> first = Optional.empty();

    interface Step {
      void run() throws SQLException;
    }

    void run(Step step) {
      try {
        step.run();
      } catch (SQLException e) {
        first.ifPresentOrElse(f -> f.addSuppressed(e), () -> first = Optional.of(e));
      }
    }
  }
}
