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
 * <p>The work runs on the calling thread: running it on a virtual thread cost about 45 microseconds more per cached
 * PostgreSQL query (a virtual thread's socket reads go through the JDK's poller), more than the query itself took.
 * (A virtual caller's work does run on a virtual thread beside it, see {@link #runBeside}.) Two things need another
 * thread. Getting a connection: {@code DataSource.getConnection()} of a database that accepts the TCP
 * connection and never answers cannot be cancelled, only walked away from, so it runs on a virtual thread while the
 * caller waits up to the deadline (a virtual thread blocked in socket I/O is interruptible, so an abandoned attempt is
 * ended too, and a connection that arrives late is closed). And noticing the deadline or an interrupt while the
 * caller is blocked in the driver: the {@link Watchdog} does that.
 *
 * <p>Stopping (at the deadline, when the waiting thread is interrupted, or through a {@link Cancellation}) cancels
 * the statement with {@link Statement#cancel()}, which makes the caller's blocked call fail; if the database does
 * not answer the cancel within {@link #CANCEL_GRACE_NANOS} either, a connection of the data source is aborted, which
 * closes its socket. A network timeout (the time left plus {@link #NETWORK_GRACE_MILLIS}) bounds each socket read as
 * well, where the driver supports it, so that a run on a caller's connection, which is never aborted, cannot block on
 * a stalled socket forever either.
 *
 * <p>Binding and reading rows are the {@link Work}'s ({@link JdbcExecutor}); this class keeps only the lifecycle. A
 * second way of reading (a cursor that outlives the call) is another {@code Work} plus a second exit from
 * {@link #run()} that hands the open statement and connection to the cursor, which closes them, instead of closing
 * them here; deadline, cancel and watchdog stay as they are.
 */
final class Execution<T> {
  /** Where a run's connection comes from. */
  sealed interface Source {
    /** A new connection from the layer's data source, closed (given back to its pool) when the run ends. */
    record Owned(DataSource dataSource) implements Source {}

    /** The caller's connection, in whatever transaction it is in: never committed, rolled back or closed. */
    record Borrowed(Connection connection) implements Source {}

    /**
     * A new connection from the layer's data source that the work keeps when it succeeds (a cursor, which closes it
     * after its last row); closed if the run fails.
     */
    record Kept(DataSource dataSource) implements Source {}
  }

  /** What a run does on its connection, on the calling thread; its statements come from {@link #prepare}. */
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

  /** Completes a connection attempt that the caller no longer waits for. */
  private static final class Abandoned extends Exception {
    private static final long serialVersionUID = 1L;

    Abandoned() {
      super(null, null, false, false);
    }
  }

  private static final ThreadFactory THREADS = Thread.ofVirtual().name("grainline-query-", 0).factory();
  /** Where connection attempts, cancels, aborts and drivers' network-timeout callbacks run. */
  private static final Executor BACKGROUND = task -> THREADS.newThread(task).start();
  /** How long a cancelled statement has to end its run before the connection is aborted. */
  private static final long CANCEL_GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
  /** A socket read may block this much longer than the deadline: the deadline itself is Grainline's to enforce. */
  private static final int NETWORK_GRACE_MILLIS = 1_000;
  /** Connection classes whose drivers have no network timeout (DuckDB, in process), so as not to ask each run. */
  private static final Set<Class<?>> NO_NETWORK_TIMEOUT = ConcurrentHashMap.newKeySet();

  private final Source source;
  private final TimeLimit limit;
  private final Activity activity;
  private final Work<T> work;
  private final Thread caller = Thread.currentThread();
  private final long deadline;
  /** Counted down when the caller leaves the run: what a stop waits for before it aborts. */
  private final CountDownLatch finished = new CountDownLatch(1);
  // Guarded by this: what a stop needs to reach, set by the caller as it gets them.
  private CompletableFuture<Connection> connecting;
  private Connection connection;
  private Statement statement;
  private Stop stopped;
  /** Whether the caller is giving the connection back: from then on it may be another run's, never to be aborted. */
  private boolean released;

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
    if (Thread.currentThread().isVirtual()) {
      return execution.runBeside();
    }
    try {
      return execution.run();
    } finally {
      execution.finished.countDown();
    }
  }

  /**
   * Runs the work on a virtual thread of its own while the calling virtual thread waits. An interrupted virtual
   * thread's socket is closed by the JDK at once, before anyone can cancel: PostgreSQL would go on running the query
   * (a sleep, to its end). Interrupting the waiting thread instead leaves the socket to the cancel. Virtual callers
   * pay no poller cost for this that they did not pay already.
   */
  private T runBeside() {
    CompletableFuture<T> result = new CompletableFuture<>();
    THREADS.newThread(() -> {
      try {
        result.complete(run());
      } catch (Throwable e) {
        result.completeExceptionally(e);
      } finally {
        finished.countDown();
      }
    }).start();
    try {
      // The work ends by itself by then (the watchdog stops it at the deadline); this only guards against a driver
      // that ignores both the cancel and the abort.
      long bound = Math.max(0, deadline - System.nanoTime()) + CANCEL_GRACE_NANOS + TimeUnit.SECONDS.toNanos(1);
      return result.get(bound, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      stop(Stop.INTERRUPT);
      awaitFinished(CANCEL_GRACE_NANOS + TimeUnit.MILLISECONDS.toNanos(300));
      Thread.currentThread().interrupt();
      throw Message.QUERY_INTERRUPTED.databaseError(null);
    } catch (TimeoutException e) {
      stop(Stop.TIMEOUT);
      throw error(Stop.TIMEOUT, null);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException failure) {
        throw failure;
      }
      if (cause instanceof Error failure) {
        throw failure;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Waits up to {@code nanos} for the work to end; an interrupt meanwhile is dropped (the caller sets it again). */
  private void awaitFinished(long nanos) {
    long end = System.nanoTime() + nanos;
    while (true) {
      try {
        finished.await(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
        return;
      } catch (InterruptedException e) {
        // waiting on: the run is being stopped already
      }
    }
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

  /** Stops the run from any thread, without waiting: the caller gets its error as soon as its driver call ends. */
  void cancel() {
    stop(Stop.CANCEL);
  }

  /** The watchdog's look at the run: past its deadline, or its caller interrupted? Never blocks. */
  void check(long now) {
    if (now - deadline >= 0) {
      stop(Stop.TIMEOUT);
    } else if (caller.isInterrupted()) {
      stop(Stop.INTERRUPT);
    }
  }

  // --- the calling thread ----------------------------------------------------------------------------------------

  private T run() {
    Connection on = switch (source) {
      case Source.Owned owned -> connect(owned.dataSource());
      case Source.Kept kept -> connect(kept.dataSource());
      case Source.Borrowed borrowed -> borrowed.connection();
    };
    // A failed run closes every connection it got; a successful one closes it unless the work keeps it.
    boolean owned = !(source instanceof Source.Borrowed);
    boolean kept = source instanceof Source.Kept;
    synchronized (this) {
      if (stopped != null) {
        if (owned) {
          quietly(on::close);
        }
        throw error(stopped, null);
      }
      connection = on;
    }
    Watchdog.watch(this);
    try {
      int previousNetworkTimeout = boundNetwork(on);
      T value;
      try {
        value = work.run(on, this);
      } finally {
        if (previousNetworkTimeout >= 0) {
          quietly(() -> on.setNetworkTimeout(BACKGROUND, previousNetworkTimeout));
        }
      }
      release();
      Stop reason = stoppedBy();
      if (owned && (!kept || reason != null)) {
        on.close();
      }
      if (reason != null) {
        // Finished, but only after it was stopped (the rows were already read when the cancel came): still too late.
        throw error(reason, null);
      }
      return value;
    } catch (SQLException e) {
      release();
      if (owned) {
        quietly(on::close);
      }
      Stop reason;
      synchronized (this) {
        if (stopped == null && Thread.currentThread().isInterrupted()) {
          // A virtual thread's interrupt closes its socket: the driver's failure is the interrupt.
          stopped = Stop.INTERRUPT;
        }
        reason = stopped;
      }
      throw reason != null ? error(reason, e) : JdbcExecutor.failure(e);
    } catch (RuntimeException | Error e) {
      release();
      if (owned) {
        quietly(on::close);
      }
      throw e;
    } finally {
      Watchdog.unwatch(this);
    }
  }

  /** A connection of the data source within the deadline, got on a virtual thread that the caller can walk away from. */
  private Connection connect(DataSource dataSource) {
    CompletableFuture<Connection> attempt = new CompletableFuture<>();
    synchronized (this) {
      if (stopped != null) {
        throw error(stopped, null); // cancelled before it started
      }
      connecting = attempt;
    }
    Thread thread = THREADS.newThread(() -> {
      try {
        Connection arrived = dataSource.getConnection();
        if (!attempt.complete(arrived)) {
          quietly(arrived::close); // the caller gave up on it
        }
      } catch (Throwable e) {
        attempt.completeExceptionally(e);
      }
    });
    thread.start();
    try {
      return attempt.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw abandon(attempt, thread, Stop.TIMEOUT);
    } catch (InterruptedException e) {
      DatabaseException error = abandon(attempt, thread, Stop.INTERRUPT);
      Thread.currentThread().interrupt();
      throw error;
    } catch (ExecutionException e) {
      Stop reason = stoppedBy();
      if (reason != null) {
        throw abandon(attempt, thread, reason);
      }
      Throwable cause = e.getCause();
      if (cause instanceof SQLException failure) {
        throw Message.DATABASE_UNAVAILABLE.databaseError(failure, JdbcExecutor.describe(failure));
      }
      if (cause instanceof RuntimeException failure) {
        throw failure;
      }
      if (cause instanceof Error failure) {
        throw failure;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Leaves a connection attempt behind: closed if it succeeds, its socket closed by the interrupt if it is stuck. */
  private DatabaseException abandon(CompletableFuture<Connection> attempt, Thread thread, Stop reason) {
    synchronized (this) {
      if (stopped == null) {
        stopped = reason;
      }
      reason = stopped;
    }
    if (!attempt.completeExceptionally(new Abandoned())) {
      attempt.thenAccept(arrived -> quietly(arrived::close)); // it arrived just now: nobody will use it
    }
    thread.interrupt();
    return error(reason, null);
  }

  private synchronized void release() {
    released = true;
  }

  private synchronized Stop stoppedBy() {
    return stopped;
  }

  /**
   * Bounds every later socket read of {@code on} by {@code limit} plus a grace, where its driver can: what keeps a
   * cursor's reads of its next rows from waiting forever on a database that stopped answering. Returns the previous
   * network timeout to restore, or -1 if the driver has none.
   */
  static int boundReads(Connection on, TimeLimit limit) {
    return boundNetwork(on, TimeUnit.NANOSECONDS.toMillis(limit.nanos()));
  }

  /** Gives a connection back the network timeout {@link #boundReads} replaced. */
  static void restoreReads(Connection on, int previous) throws SQLException {
    if (previous >= 0) {
      on.setNetworkTimeout(BACKGROUND, previous);
    }
  }

  /** Sets the connection's network timeout to the time left plus a grace; its previous value, or -1 if none. */
  private int boundNetwork(Connection on) {
    return boundNetwork(on, TimeUnit.NANOSECONDS.toMillis(Math.max(0, deadline - System.nanoTime())));
  }

  /** Sets the connection's network timeout to {@code millis} plus a grace; its previous value, or -1 if none. */
  private static int boundNetwork(Connection on, long millis) {
    if (NO_NETWORK_TIMEOUT.contains(on.getClass())) {
      return -1;
    }
    try {
      int previous = on.getNetworkTimeout();
      on.setNetworkTimeout(BACKGROUND, (int) Math.min(Integer.MAX_VALUE, millis + NETWORK_GRACE_MILLIS));
      return previous;
    } catch (SQLFeatureNotSupportedException | UnsupportedOperationException | AbstractMethodError e) {
      // AbstractMethodError: a driver written before JDBC 4.1 added network timeouts.
      NO_NETWORK_TIMEOUT.add(on.getClass());
      return -1;
    } catch (SQLException e) {
      // A closed or broken connection: the work reports that in its own words.
      return -1;
    }
  }

  private DatabaseException error(Stop reason, SQLException cause) {
    return switch (reason) {
      case TIMEOUT -> switch (activity) {
        case QUERY -> connectionOf() == null
            ? Message.CONNECT_TIMEOUT.databaseError(cause, limit.text(), limit.origin())
            : Message.QUERY_TIMEOUT.databaseError(cause, limit.text(), limit.origin());
        case METADATA -> Message.METADATA_TIMEOUT.databaseError(cause, limit.text(), limit.origin());
      };
      case INTERRUPT -> Message.QUERY_INTERRUPTED.databaseError(cause);
      case CANCEL -> Message.QUERY_CANCELLED.databaseError(cause);
    };
  }

  private synchronized Connection connectionOf() {
    return connection;
  }

  // --- stopping, from any thread ---------------------------------------------------------------------------------

  private void stop(Stop reason) {
    CompletableFuture<Connection> attempt;
    Statement running;
    Connection held;
    synchronized (this) {
      if (stopped != null || released || finished.getCount() == 0) {
        return; // stopped already, or over: nothing of it is left to stop
      }
      stopped = reason;
      attempt = connecting;
      running = statement;
      held = connection;
    }
    if (held == null) {
      // Still connecting: the caller, waiting for the attempt, wakes up and abandons it.
      if (attempt != null) {
        attempt.completeExceptionally(new Abandoned());
      }
      return;
    }
    BACKGROUND.execute(() -> enforce(running, held));
  }

  /** Cancels the statement; aborts the connection if that does not end the run in time. On a virtual thread. */
  private void enforce(Statement running, Connection held) {
    if (running != null) {
      // PostgreSQL's cancel opens a connection of its own, which a stalled server leaves hanging: not on this thread.
      BACKGROUND.execute(() -> quietly(running::cancel));
    }
    boolean ended;
    try {
      ended = finished.await(CANCEL_GRACE_NANOS, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      ended = false;
    }
    if (!ended && source instanceof Source.Owned) {
      synchronized (this) {
        // Not once the caller gives the connection back: the pool may have handed it to another run. Aborting does
        // not block (PostgreSQL's closes the socket on the given executor), so holding the lock is brief.
        if (!released) {
          abort(held);
        }
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
}
