package dev.grainline.runtime;

import static dev.grainline.runtime.timeouts.TimeoutFixture.AMOUNT;
import static dev.grainline.runtime.timeouts.TimeoutFixture.SLOW_AMOUNT;
import static dev.grainline.runtime.timeouts.TimeoutFixture.TICK_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.DatabaseException;
import dev.grainline.QueryException;
import dev.grainline.runtime.timeouts.TimeoutFixture;
import dev.grainline.testing.StallingProxy;
import dev.grainline.testing.TestPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A service built on Grainline never hangs: a database that accepts connections and stops answering (at the
 * handshake, at the query, in the middle of a result), a query that runs too long, an interrupted thread and a
 * cancelled future all end in a clear error within the timeout plus about a second, with the query cancelled on the
 * database. The bound asserted is generous (ten seconds for a one-second limit): these tests are about bounded, not
 * fast.
 */
class TimeoutTest {
  private static final Duration LIMIT = Duration.ofSeconds(1);
  private static final long BOUND_NANOS = TimeUnit.SECONDS.toNanos(10);

  // --- the limits themselves -------------------------------------------------------------------------------------

  @Test
  void aTimeoutIsPositive() {
    SemanticLayer layer = SemanticLayer.offline(TimeoutFixture.MODEL, Dialect.POSTGRES);
    QueryException zero = assertThrows(QueryException.class, () -> layer.query(AMOUNT).timeout(Duration.ZERO));
    assertEquals("[GrainlineInvalidValue] timeout(PT0S): a timeout is a positive duration", zero.getMessage());
    assertThrows(QueryException.class, () -> layer.textQuery("tm.amount").timeout(Duration.ofSeconds(-1)));
    QueryException builder = assertThrows(QueryException.class,
        () -> SemanticLayer.builder(TimeoutFixture.MODEL).queryTimeout(Duration.ZERO));
    assertEquals("[GrainlineInvalidValue] queryTimeout(PT0S): a timeout is a positive duration",
        builder.getMessage());
  }

  @Test
  void aTimeoutDoesNotChangeTheQuery() {
    SemanticLayer layer = SemanticLayer.create(TimeoutFixture.MODEL, TimeoutFixture.DUCKDB);
    TypedQuery query = layer.query(AMOUNT);
    MetricQuery timed = query.timeout(Duration.ofMinutes(5));
    assertEquals(query.sql(), timed.sql());
    assertEquals(TimeoutFixture.TOTAL, timed.fetch().rows().get(0).get(AMOUNT));
    java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
    assertEquals(query.inTimeZone(berlin).sql(), timed.inTimeZone(berlin).sql());
    assertEquals(query.inTimeZone(berlin).sql(), query.inTimeZone(berlin).timeout(Duration.ofMinutes(1)).sql());
  }

  // --- a database that stops answering, through a stalling proxy --------------------------------------------------

  @Test
  void aHandshakeThatNeverAnswersTimesOutAndTheAttemptIsNotLeftBehind() throws Exception {
    try (StallingProxy proxy = proxy(StallingProxy.Mode.HANDSHAKE)) {
      SemanticLayer layer = SemanticLayer.builder(TimeoutFixture.MODEL).dataSource(through(proxy))
          .dialect(Dialect.POSTGRES).queryTimeout(LIMIT).build();
      DatabaseException e = assertFailsWithin(() -> layer.query(AMOUNT).fetch());
      assertEquals("[GrainlineQueryTimeout] the query did not finish within 1 s (the layer's query timeout): the"
          + " data source gave no connection in that time", e.getMessage());
      // The connection attempt, still blocked in the driver when the caller got its error, was ended too.
      eventually(() -> proxy.openConnections() == 0, "the stalled connection attempt is closed");
    }
  }

  @Test
  void aConnectionThatArrivesAfterTheTimeoutIsClosed() throws Exception {
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    AtomicReference<Connection> late = new AtomicReference<>();
    DataSource slow = new LateDataSource(() -> {
      // A data source that ignores interrupts, as one blocked in native code would.
      while (true) {
        try {
          release.await();
          break;
        } catch (InterruptedException e) {
          // ignored on purpose
        }
      }
      late.set(TimeoutFixture.DUCKDB.getConnection());
      return late.get();
    });
    SemanticLayer layer = SemanticLayer.builder(TimeoutFixture.MODEL).dataSource(slow).dialect(Dialect.DUCKDB)
        .queryTimeout(Duration.ofMillis(200)).build();
    DatabaseException e = assertFailsWithin(() -> layer.query(AMOUNT).fetch());
    assertEquals("[GrainlineQueryTimeout] the query did not finish within 200 ms (the layer's query timeout): the"
        + " data source gave no connection in that time", e.getMessage());
    release.countDown();
    eventually(() -> {
      try {
        return late.get() != null && late.get().isClosed();
      } catch (SQLException x) {
        throw new IllegalStateException(x);
      }
    }, "the late connection is closed");
  }

  @Test
  void readingTheDialectOfADatabaseThatNeverAnswersTimesOut() throws Exception {
    try (StallingProxy proxy = proxy(StallingProxy.Mode.HANDSHAKE)) {
      SemanticLayer layer = SemanticLayer.builder(TimeoutFixture.MODEL).dataSource(through(proxy))
          .queryTimeout(LIMIT).build();
      DatabaseException e = assertFailsWithin(() -> layer.query(AMOUNT).sql());
      assertEquals("GrainlineQueryTimeout", e.id());
    }
  }

  @Test
  void aQueryThatNeverReachesTheDatabaseTimesOutWithTheQuerysOwnLimit() throws Exception {
    try (StallingProxy proxy = proxy(StallingProxy.Mode.QUERY)) {
      SemanticLayer layer = SemanticLayer.builder(TimeoutFixture.MODEL).dataSource(through(proxy))
          .dialect(Dialect.POSTGRES).build();
      DatabaseException e = assertFailsWithin(() -> layer.query(AMOUNT).timeout(Duration.ofMillis(1500)).fetch());
      assertEquals("[GrainlineQueryTimeout] the query did not finish within 1.5 s (the query's timeout); it was"
          + " cancelled", e.getMessage());
      eventually(() -> proxy.openConnections() == 0, "the stalled connection is closed");
    }
  }

  @Test
  void aResultThatStallsHalfwayTimesOutAndTheServerStopsSendingIt() throws Exception {
    try (StallingProxy proxy = proxy(StallingProxy.Mode.MID_RESULT)) {
      SemanticLayer layer = SemanticLayer.builder(TimeoutFixture.MODEL).dataSource(through(proxy))
          .dialect(Dialect.POSTGRES).queryTimeout(LIMIT).build();
      DatabaseException e = assertFailsWithin(() -> layer.query(AMOUNT).by(TICK_ID).fetch());
      assertEquals("[GrainlineQueryTimeout] the query did not finish within 1 s (the layer's query timeout); it was"
          + " cancelled", e.getMessage());
      eventually(() -> proxy.openConnections() == 0, "the stalled connection is closed");
      eventually(() -> TimeoutFixture.runningQueries() == 0, "the server no longer runs the query");
    }
  }

  @Test
  void aCursorWhoseQueryNeverReachesTheDatabaseTimesOutWhenItOpens() throws Exception {
    try (StallingProxy proxy = proxy(StallingProxy.Mode.QUERY)) {
      SemanticLayer layer = SemanticLayer.builder(TimeoutFixture.MODEL).dataSource(through(proxy))
          .dialect(Dialect.POSTGRES).queryTimeout(LIMIT).build();
      DatabaseException e = assertFailsWithin(() -> layer.query(AMOUNT).by(TICK_ID).cursor());
      assertEquals("[GrainlineQueryTimeout] the query did not finish within 1 s (the layer's query timeout); it was"
          + " cancelled", e.getMessage());
      eventually(() -> proxy.openConnections() == 0, "the stalled connection is closed");
    }
  }

  @Test
  void aCursorWhoseRowsStallHalfwayTimesOutAndGivesItsConnectionBack() throws Exception {
    try (StallingProxy proxy = proxy(StallingProxy.Mode.MID_RESULT)) {
      SemanticLayer layer = SemanticLayer.builder(TimeoutFixture.MODEL).dataSource(through(proxy))
          .dialect(Dialect.POSTGRES).queryTimeout(LIMIT).fetchSize(10).build();
      long[] read = {0};
      DatabaseException e = assertFailsWithin(() -> {
        try (Cursor cursor = layer.query(AMOUNT).by(TICK_ID).cursor()) {
          cursor.forEach(row -> read[0]++);
        }
      });
      assertEquals("GrainlineQueryTimeout", e.id(), e.getMessage());
      assertTrue(read[0] < TimeoutFixture.TICKS, "the stall came before the last row: " + read[0]);
      eventually(() -> proxy.openConnections() == 0, "the stalled connection is closed");
    }
  }

  @Test
  void aConnectionClosedHalfwayThroughAResultIsReportedAsUnavailable() throws Exception {
    try (StallingProxy proxy = proxy(StallingProxy.Mode.CLOSE_MID_RESULT)) {
      SemanticLayer layer = SemanticLayer.builder(TimeoutFixture.MODEL).dataSource(through(proxy))
          .dialect(Dialect.POSTGRES).queryTimeout(Duration.ofMinutes(1)).build();
      DatabaseException e = assertFailsWithin(() -> layer.query(AMOUNT).by(TICK_ID).fetch());
      assertEquals("GrainlineDatabaseUnavailable", e.id(), e.getMessage());
    }
  }

  @Test
  void theSameQueryThroughAProxyThatForwardsEverythingAnswers() throws Exception {
    // The proxy itself is sound: what the other tests see is its stalling, not a broken connection.
    try (StallingProxy proxy = proxy(StallingProxy.Mode.MID_RESULT)) {
      SemanticLayer layer = SemanticLayer.builder(TimeoutFixture.MODEL).dataSource(through(proxy))
          .dialect(Dialect.POSTGRES).queryTimeout(LIMIT).build();
      assertEquals(TimeoutFixture.TOTAL, layer.query(AMOUNT).fetch().rows().get(0).get(AMOUNT));
    }
  }

  // --- a query that runs too long, cancelled on the database -----------------------------------------------------

  @Test
  void aLongPostgresQueryIsCancelledOnTheServerAtTheTimeout() {
    SemanticLayer layer = SemanticLayer.builder(TimeoutFixture.MODEL).dataSource(TimeoutFixture.POSTGRES)
        .queryTimeout(LIMIT).build();
    DatabaseException e = assertFailsWithin(() -> layer.query(SLOW_AMOUNT).fetch());
    assertEquals("[GrainlineQueryTimeout] the query did not finish within 1 s (the layer's query timeout); it was"
        + " cancelled", e.getMessage());
    eventually(() -> TimeoutFixture.runningQueries() == 0, "the server no longer runs the query");
  }

  @Test
  void aLongDuckdbQueryIsInterruptedAtTheTimeout() {
    SemanticLayer layer = SemanticLayer.builder(TimeoutFixture.MODEL).dataSource(TimeoutFixture.DUCKDB)
        .queryTimeout(LIMIT).build();
    DatabaseException e = assertFailsWithin(() -> layer.query(SLOW_AMOUNT).fetch());
    assertEquals("GrainlineQueryTimeout", e.id());
    // The connection is usable again at once: the interrupted query no longer holds the database.
    assertEquals(TimeoutFixture.TOTAL, layer.query(AMOUNT).fetch().rows().get(0).get(AMOUNT));
  }

  @Test
  void interruptingTheWaitingThreadCancelsTheQuery() throws Exception {
    assertInterruptCancels(Thread.ofPlatform());
  }

  @Test
  void interruptingAWaitingVirtualThreadCancelsTheQuery() throws Exception {
    // The JDK closes an interrupted virtual thread's socket at once; the query must be cancelled all the same.
    assertInterruptCancels(Thread.ofVirtual());
  }

  private static void assertInterruptCancels(Thread.Builder threads) throws Exception {
    SemanticLayer layer = SemanticLayer.create(TimeoutFixture.MODEL, TimeoutFixture.POSTGRES);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
    Thread caller = threads.unstarted(() -> {
      try {
        layer.query(SLOW_AMOUNT).timeout(Duration.ofMinutes(5)).fetch();
      } catch (RuntimeException e) {
        thrown.set(e);
      }
      stillInterrupted.set(Thread.currentThread().isInterrupted());
    });
    caller.start();
    eventually(() -> TimeoutFixture.runningQueries() == 1, "the query runs");
    long start = System.nanoTime();
    caller.interrupt();
    caller.join(TimeUnit.NANOSECONDS.toMillis(BOUND_NANOS));
    assertFalse(caller.isAlive(), "the interrupted thread still waits");
    assertTrue(System.nanoTime() - start < BOUND_NANOS);
    DatabaseException e = assertInstanceOf(thrown.get());
    assertEquals("[GrainlineQueryCancelled] the query was cancelled: the thread waiting for it was interrupted",
        e.getMessage());
    assertTrue(stillInterrupted.get(), "the interrupt flag is kept");
    eventually(() -> TimeoutFixture.runningQueries() == 0, "the server no longer runs the query");
  }

  @Test
  void anInterruptedThreadDoesNotStartAQuery() {
    SemanticLayer layer = SemanticLayer.create(TimeoutFixture.MODEL, TimeoutFixture.DUCKDB);
    Thread.currentThread().interrupt();
    try {
      DatabaseException e = assertThrows(DatabaseException.class, () -> layer.query(AMOUNT).fetch());
      assertEquals("GrainlineQueryCancelled", e.id());
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
  }

  // --- asynchronous execution --------------------------------------------------------------------------------------

  @Test
  void fetchAsyncCompletesWithTheRowsOfFetch() throws Exception {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      SemanticLayer layer = SemanticLayer.create(TimeoutFixture.MODEL, TimeoutFixture.POSTGRES);
      Result async = layer.query(AMOUNT).by(TICK_ID).fetchAsync(executor).get(1, TimeUnit.MINUTES);
      assertEquals(layer.query(AMOUNT).by(TICK_ID).fetch().rows().size(), async.rows().size());
      assertEquals(TimeoutFixture.TICKS, async.rows().size());
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void cancellingTheFutureOfFetchAsyncCancelsTheQueryOnTheServer() throws Exception {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      SemanticLayer layer = SemanticLayer.create(TimeoutFixture.MODEL, TimeoutFixture.POSTGRES);
      CompletableFuture<Result> future = layer.query(SLOW_AMOUNT).timeout(Duration.ofMinutes(5))
          .fetchAsync(executor);
      eventually(() -> TimeoutFixture.runningQueries() == 1, "the query runs");
      assertTrue(future.cancel(true));
      assertThrows(CancellationException.class, future::join);
      eventually(() -> TimeoutFixture.runningQueries() == 0, "the server no longer runs the query");
      // The executor's thread is free again: the query's task ended.
      assertEquals(TimeoutFixture.TOTAL,
          layer.query(AMOUNT).fetchAsync(executor).get(1, TimeUnit.MINUTES).rows().get(0).get(AMOUNT));
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void aFutureCancelledBeforeItsTaskStartsRunsNoQuery() throws Exception {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      SemanticLayer layer = SemanticLayer.create(TimeoutFixture.MODEL, TimeoutFixture.POSTGRES);
      CompletableFuture<Void> blocker = new CompletableFuture<>();
      executor.execute(blocker::join);
      CompletableFuture<Result> future = layer.query(SLOW_AMOUNT).fetchAsync(executor);
      assertTrue(future.cancel(true));
      blocker.complete(null);
      executor.shutdown();
      // Had the task run the query, it would sleep until the layer's 30 s timeout.
      assertTrue(executor.awaitTermination(5, TimeUnit.SECONDS), "the cancelled task ran its query");
      assertTrue(future.isCancelled());
      assertEquals(0, TimeoutFixture.runningQueries());
    } finally {
      executor.shutdownNow();
    }
  }

  // --- the caller's connection -----------------------------------------------------------------------------------

  @Test
  void aQueryOnTheCallersConnectionSeesItsTransactionAndLeavesItOpen() throws SQLException {
    SemanticLayer layer = SemanticLayer.create(TimeoutFixture.MODEL, TimeoutFixture.POSTGRES);
    try (Connection connection = TimeoutFixture.POSTGRES.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("INSERT INTO tm_time.ticks VALUES (0, 1000)");
      }
      assertEquals(TimeoutFixture.TOTAL + 1000, layer.query(AMOUNT).fetch(connection).rows().get(0).get(AMOUNT));
      // Other connections do not see the uncommitted row: Grainline did not commit it.
      assertEquals(TimeoutFixture.TOTAL, layer.query(AMOUNT).fetch().rows().get(0).get(AMOUNT));
      assertFalse(connection.isClosed());
      assertFalse(connection.getAutoCommit());
      connection.rollback();
      assertEquals(TimeoutFixture.TOTAL, layer.query(AMOUNT).fetch(connection).rows().get(0).get(AMOUNT));
    }
  }

  @Test
  void anOfflineLayerRunsOnTheCallersConnection() throws SQLException {
    SemanticLayer layer = SemanticLayer.offline(TimeoutFixture.MODEL, Dialect.DUCKDB);
    try (Connection connection = TimeoutFixture.DUCKDB.getConnection()) {
      assertEquals(TimeoutFixture.TOTAL, layer.query(AMOUNT).fetch(connection).rows().get(0).get(AMOUNT));
    }
  }

  @Test
  void aTimeoutOnTheCallersConnectionCancelsTheStatementAndKeepsTheConnection() throws SQLException {
    SemanticLayer layer = SemanticLayer.create(TimeoutFixture.MODEL, TimeoutFixture.POSTGRES);
    try (Connection connection = TimeoutFixture.POSTGRES.getConnection()) {
      DatabaseException e = assertFailsWithin(() -> layer.query(SLOW_AMOUNT).timeout(LIMIT).fetch(connection));
      assertEquals("GrainlineQueryTimeout", e.id());
      assertFalse(connection.isClosed());
      assertEquals(TimeoutFixture.TOTAL, layer.query(AMOUNT).fetch(connection).rows().get(0).get(AMOUNT));
    }
  }

  // --- helpers ---------------------------------------------------------------------------------------------------

  @FunctionalInterface
  private interface ConnectionSupplier {
    Connection get() throws SQLException;
  }

  /** A data source that gets its connections however the test says. */
  private record LateDataSource(ConnectionSupplier supplier) implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      return supplier.get();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      throw new java.sql.SQLFeatureNotSupportedException();
    }

    @Override
    public java.io.PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(java.io.PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public java.util.logging.Logger getParentLogger() throws java.sql.SQLFeatureNotSupportedException {
      throw new java.sql.SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }

  private static final Pattern HOST_AND_PORT = Pattern.compile("^jdbc:postgresql://([^/:?]+)(?::(\\d+))?/");

  private static StallingProxy proxy(StallingProxy.Mode mode) throws IOException {
    Matcher m = matcher();
    return new StallingProxy(mode, m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)));
  }

  /** The test database through the proxy, pool-less, with the startup message first (no SSL or GSS request). */
  private static DataSource through(StallingProxy proxy) {
    String url = TestPostgres.url();
    Matcher m = matcher();
    String proxied = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + url.substring(m.end());
    return new Databases.DriverManagerDataSource(
        proxied + (proxied.contains("?") ? "&" : "?") + "sslmode=disable&gssEncMode=disable");
  }

  private static Matcher matcher() {
    Matcher m = HOST_AND_PORT.matcher(TestPostgres.url());
    if (!m.find()) {
      throw new IllegalStateException("not a PostgreSQL URL: " + TestPostgres.url());
    }
    return m;
  }

  /** Runs {@code action}, which must fail with a DatabaseException within the bound. */
  private static DatabaseException assertFailsWithin(Executable action) {
    long start = System.nanoTime();
    DatabaseException e = assertThrows(DatabaseException.class, action);
    long took = System.nanoTime() - start;
    assertTrue(took < BOUND_NANOS, "the error took " + TimeUnit.NANOSECONDS.toMillis(took) + " ms");
    return e;
  }

  private static DatabaseException assertInstanceOf(Throwable thrown) {
    return org.junit.jupiter.api.Assertions.assertInstanceOf(DatabaseException.class, thrown);
  }

  /** Waits up to the bound for {@code condition}. */
  private static void eventually(BooleanSupplier condition, String what) {
    long end = System.nanoTime() + BOUND_NANOS;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("not within " + TimeUnit.NANOSECONDS.toSeconds(BOUND_NANOS) + " s: " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting until " + what);
      }
    }
  }
}
