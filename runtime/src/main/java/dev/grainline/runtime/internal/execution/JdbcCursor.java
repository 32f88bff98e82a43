package dev.grainline.runtime.internal.execution;

import dev.grainline.DatabaseException;
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
  private boolean closed;

  private record Settings(boolean autoCommit, boolean readOnly) {}

  private JdbcCursor(Connection connection, PreparedStatement statement, ResultSet rows, RowReader reader,
      Optional<Settings> restore) {
    this.connection = connection;
    this.statement = statement;
    this.rows = rows;
    this.reader = reader;
    this.restore = restore;
  }

  /**
   * Runs the query and leaves its rows unread.
   *
   * @param inTransaction whether to read inside a read-only transaction (what PostgreSQL's driver needs to fetch
   *     rows in batches rather than all at once)
   */
  static JdbcCursor open(DataSource dataSource, PreparedQuery query, boolean inTransaction, int fetchSize) {
    Connection connection = JdbcExecutor.connect(dataSource);
    Optional<Settings> restore = Optional.empty();
    PreparedStatement statement = null;
    try {
      if (inTransaction) {
        Settings settings = new Settings(connection.getAutoCommit(), connection.isReadOnly());
        restore = Optional.of(settings);
        connection.setAutoCommit(false);
        if (!settings.readOnly()) {
          connection.setReadOnly(true);
        }
      }
      statement = connection.prepareStatement(query.sql(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      statement.setFetchSize(fetchSize);
      JdbcExecutor.bind(statement, query.bindValues());
      ResultSet rows = statement.executeQuery();
      return new JdbcCursor(connection, statement, rows, new RowReader(query.columns()), restore);
    } catch (SQLException | RuntimeException e) {
      RuntimeException failure = e instanceof SQLException sql ? JdbcExecutor.failure(sql) : (RuntimeException) e;
      release(connection, statement, null, restore).ifPresent(failure::addSuppressed);
      throw failure;
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
    try {
      if (rows.next()) {
        return Optional.of(reader.read(rows));
      }
    } catch (SQLException e) {
      DatabaseException failure = JdbcExecutor.failure(e);
      closed = true;
      release(connection, statement, rows, restore).ifPresent(failure::addSuppressed);
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
    Optional<SQLException> failure = release(connection, statement, rows, restore);
    if (failure.isPresent()) {
      throw JdbcExecutor.failure(failure.orElseThrow());
    }
  }

  /** Closes each part even if another fails, and returns the first failure with the others suppressed in it. */
  private static Optional<SQLException> release(Connection connection, PreparedStatement statement, ResultSet rows,
      Optional<Settings> restore) {
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
