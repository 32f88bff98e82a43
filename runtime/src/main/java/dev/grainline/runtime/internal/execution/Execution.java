package dev.grainline.runtime.internal.execution;

import dev.grainline.DatabaseException;
import dev.grainline.internal.model.validation.Message;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

/**
 * One run of JDBC work bounded by a deadline and stoppable from other threads: it owns the connection and the
 * statement for the run's lifetime, so that whoever stops it can cancel the statement on the database and give the
 * connection back, whatever the work does with the rows.
 *
 * <p>The work runs on a virtual thread of its own while the calling thread waits for it, interruptibly and no longer
 * than the deadline. That is what bounds the parts JDBC gives no handle on: {@code DataSource.getConnection()} of a
 * database that accepts the TCP connection and never answers cannot be cancelled, only walked away from. A virtual
 * thread costs a few microseconds, no platform thread is started per query, and one left blocked in a driver holds
 * no platform thread. Virtual threads blocked in socket I/O are interruptible (the JDK closes the socket), which
 * frees a connection attempt stuck in a stalled handshake.
 *
 * <p>Stopping (at the deadline, when the waiting thread is interrupted, or through a {@link Cancellation}) cancels
 * the statement with {@link Statement#cancel()}, waits briefly for the work to end, and if it has not (the database
 * does not answer the cancel either), aborts a connection of the data source and interrupts the work's thread. The
 * caller gets its error within the deadline plus {@link #CANCEL_GRACE_NANOS} and {@link #ABORT_GRACE_NANOS}, never
 * later, even when the cleanup is still blocked in a driver. A network timeout (the time left plus
 * {@link #NETWORK_GRACE_MILLIS}) bounds each socket read as well, where the driver supports it, so that a run on a
 * caller's connection, which is never aborted, cannot block on a stalled socket forever either.
 *
 * <p>A second way of reading rows (a cursor that outlives the call) slots in as another {@link Work}: the lifecycle
 * of connection, statement, deadline and cancel stays here.
 */
final class Execution<T> {
  /** Where a run's connection comes from. */
  sealed interface Source {
    /** A new connection from the layer's data source, closed (given back to its pool) when the run ends. */
    record Owned(DataSource dataSource) implements Source {}

    /** The caller's connection, in whatever transaction it is in: never committed, rolled back or closed. */
    record Borrowed(Connection connection) implements Source {}
  }

  /** What a run does on its connection, on the run's thread; its statements come from {@link #prepare}. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection, Execution<T> execution) throws SQLException;
  }

  /** What a run is doing, for the message that says it took too long. */
  enum Activity {
    QUERY,
    METADATA
  }

  private enum Stop {
    TIMEOUT,
    INTERRUPT,
    CANCEL
  }

  /** How the work ended, or that the run was cancelled before it did. */
  private sealed interface Outcome<T> {
    record Done<T>(T value) implements Outcome<T> {}

    record NoConnection<T>(SQLException cause) implements Outcome<T> {}

    record Failed<T>(SQLException cause) implements Outcome<T> {}

    record Crashed<T>(Throwable cause) implements Outcome<T> {}

    record Cancelled<T>() implements Outcome<T> {}
  }

  private static final ThreadFactory THREADS = Thread.ofVirtual().name("grainline-query-", 0).factory();
  /** Where cancels, aborts and drivers' network-timeout callbacks run: never on the thread that waits. */
  private static final Executor BACKGROUND = task -> THREADS.newThread(task).start();
  /** How long a cancelled statement has to end before its connection is aborted. */
  private static final long CANCEL_GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
  /** How long an aborted run has to end before the caller gets its error anyway. */
  private static final long ABORT_GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(300);
  /** A socket read may block this much longer than the deadline: the deadline itself is Grainline's to enforce. */
  private static final int NETWORK_GRACE_MILLIS = 1_000;
  /** Connection classes whose drivers have no network timeout (DuckDB, in process), so as not to ask each run. */
  private static final Set<Class<?>> NO_NETWORK_TIMEOUT = ConcurrentHashMap.newKeySet();

  private final Source source;
  private final TimeLimit limit;
  private final Activity activity;
  private final Work<T> work;
  private final long deadline;
  private final CompletableFuture<Outcome<T>> outcome = new CompletableFuture<>();
  private final CountDownLatch finished = new CountDownLatch(1);
  // Guarded by this: what a stop needs to reach, set by the run's thread as it gets them.
  private Thread worker;
  private Connection connection;
  private Statement statement;
  private Stop stopped;

  private Execution(Source source, TimeLimit limit, Activity activity, Work<T> work) {
    this.source = source;
    this.limit = limit;
    this.activity = activity;
    this.work = work;
    this.deadline = System.nanoTime() + limit.nanos();
  }

  /**
   * Runs {@code work} on a connection of {@code source} and returns its value, or throws a
   * {@link DatabaseException}: the driver's failure, {@code [GrainlineQueryTimeout]} at the deadline, or
   * {@code [GrainlineQueryCancelled]} when the calling thread is interrupted (its interrupt flag stays set) or the
   * cancellation is cancelled.
   */
  static <T> T run(Source source, TimeLimit limit, Cancellation cancellation, Activity activity, Work<T> work) {
    if (Thread.currentThread().isInterrupted()) {
      throw Message.QUERY_INTERRUPTED.databaseError(null);
    }
    Execution<T> execution = new Execution<>(source, limit, activity, work);
    if (!cancellation.attach(execution)) {
      throw Message.QUERY_CANCELLED.databaseError(null);
    }
    Thread thread = THREADS.newThread(execution::work);
    synchronized (execution) {
      execution.worker = thread;
    }
    thread.start();
    return execution.await();
  }

  /** Stops the run from any thread; the thread waiting for it does the stopping. */
  void cancel() {
    outcome.complete(new Outcome.Cancelled<>());
  }

  /** A statement of this run, which a stop cancels; fails if the run was stopped before it got it. */
  PreparedStatement prepare(Connection on, String sql) throws SQLException {
    PreparedStatement prepared = on.prepareStatement(sql);
    synchronized (this) {
      if (stopped == null) {
        statement = prepared;
        return prepared;
      }
    }
    prepared.close();
    throw new SQLException("the run was stopped before its statement started");
  }

  // --- the run's thread ------------------------------------------------------------------------------------------

  private void work() {
    Outcome<T> result;
    try {
      result = switch (source) {
        case Source.Owned owned -> runOwned(owned.dataSource());
        case Source.Borrowed borrowed -> runOn(borrowed.connection());
      };
    } catch (Throwable e) {
      result = new Outcome.Crashed<>(e);
    }
    // After the connection is closed: a caller that has its rows has its connection back in the pool too.
    outcome.complete(result);
    finished.countDown();
  }

  private Outcome<T> runOwned(DataSource dataSource) {
    Connection owned;
    try {
      owned = dataSource.getConnection();
    } catch (SQLException e) {
      return new Outcome.NoConnection<>(e);
    }
    // A connection that arrives after the caller gave up is closed here at once (runOn does not start work on it).
    try (owned) {
      return runOn(owned);
    } catch (SQLException e) {
      return new Outcome.Failed<>(e);
    }
  }

  private Outcome<T> runOn(Connection on) {
    synchronized (this) {
      if (stopped != null) {
        return new Outcome.Cancelled<>();
      }
      connection = on;
    }
    int previousNetworkTimeout = boundNetwork(on);
    try {
      return new Outcome.Done<>(work.run(on, this));
    } catch (SQLException e) {
      return new Outcome.Failed<>(e);
    } finally {
      if (previousNetworkTimeout >= 0) {
        try {
          on.setNetworkTimeout(BACKGROUND, previousNetworkTimeout);
        } catch (SQLException | RuntimeException e) {
          // A connection broken by a stop or a failure: the pool discards it, the caller's error says why.
        }
      }
    }
  }

  /** Sets the connection's network timeout to the time left plus a grace; its previous value, or -1 if none. */
  private int boundNetwork(Connection on) {
    if (NO_NETWORK_TIMEOUT.contains(on.getClass())) {
      return -1;
    }
    try {
      int previous = on.getNetworkTimeout();
      long left = TimeUnit.NANOSECONDS.toMillis(Math.max(0, deadline - System.nanoTime()));
      on.setNetworkTimeout(BACKGROUND, (int) Math.min(Integer.MAX_VALUE, left + NETWORK_GRACE_MILLIS));
      return previous;
    } catch (SQLFeatureNotSupportedException e) {
      NO_NETWORK_TIMEOUT.add(on.getClass());
      return -1;
    } catch (SQLException e) {
      // A closed or broken connection: the work reports that in its own words.
      return -1;
    }
  }

  // --- the waiting thread ----------------------------------------------------------------------------------------

  private T await() {
    Outcome<T> result;
    try {
      result = outcome.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw stop(Stop.TIMEOUT);
    } catch (InterruptedException e) {
      throw stop(Stop.INTERRUPT);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the outcome of a run is never exceptional", e);
    }
    return switch (result) {
      case Outcome.Done<T> done -> done.value();
      case Outcome.NoConnection<T> none ->
          throw Message.DATABASE_UNAVAILABLE.databaseError(none.cause(), JdbcExecutor.describe(none.cause()));
      case Outcome.Failed<T> failed -> throw JdbcExecutor.failure(failed.cause());
      case Outcome.Crashed<T> crashed -> throw rethrown(crashed.cause());
      case Outcome.Cancelled<T> cancelled -> throw stop(Stop.CANCEL);
    };
  }

  /** Stops the run, waiting a bounded time for its cleanup, and returns the error the caller gets. */
  private DatabaseException stop(Stop reason) {
    Statement running;
    Connection held;
    Thread thread;
    synchronized (this) {
      stopped = reason;
      running = statement;
      held = connection;
      thread = worker;
    }
    if (running != null) {
      // PostgreSQL's cancel opens a connection of its own, which a stalled server leaves hanging: not on this thread.
      BACKGROUND.execute(() -> quietly(running::cancel));
    }
    if (!awaitFinished(CANCEL_GRACE_NANOS)) {
      if (source instanceof Source.Owned) {
        if (held != null) {
          BACKGROUND.execute(() -> abort(held));
        }
        // Closes the socket of a connection attempt or read that is still blocked; the pool discards the connection.
        thread.interrupt();
      }
      awaitFinished(ABORT_GRACE_NANOS);
    }
    if (reason == Stop.INTERRUPT) {
      Thread.currentThread().interrupt();
    }
    return switch (reason) {
      case TIMEOUT -> held == null
          ? Message.CONNECT_TIMEOUT.databaseError(null, limit.text(), limit.origin())
          : switch (activity) {
            case QUERY -> Message.QUERY_TIMEOUT.databaseError(null, limit.text(), limit.origin());
            case METADATA -> Message.METADATA_TIMEOUT.databaseError(null, limit.text(), limit.origin());
          };
      case INTERRUPT -> Message.QUERY_INTERRUPTED.databaseError(null);
      case CANCEL -> Message.QUERY_CANCELLED.databaseError(null);
    };
  }

  /** Waits up to {@code nanos} for the run's thread to end; an interrupt meanwhile is kept for later, not obeyed. */
  private boolean awaitFinished(long nanos) {
    long end = System.nanoTime() + nanos;
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return finished.await(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Ends a connection whose database does not answer; DuckDB's driver has no abort, but its close interrupts. */
  private static void abort(Connection held) {
    try {
      held.abort(BACKGROUND);
    } catch (SQLFeatureNotSupportedException e) {
      quietly(held::close);
    } catch (SQLException | RuntimeException e) {
      // Already closed or broken: nothing left to end.
    }
  }

  @FunctionalInterface
  private interface JdbcAction {
    void run() throws SQLException;
  }

  private static void quietly(JdbcAction action) {
    try {
      action.run();
    } catch (SQLException | RuntimeException e) {
      // Cleanup of a run that is already being reported: its own failure would only hide why.
    }
  }

  private static RuntimeException rethrown(Throwable cause) {
    return switch (cause) {
      case RuntimeException e -> e;
      case Error e -> throw e;
      default -> new IllegalStateException(cause);
    };
  }
}
