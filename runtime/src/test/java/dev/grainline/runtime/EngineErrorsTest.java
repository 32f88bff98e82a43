package dev.grainline.runtime;

import static dev.grainline.runtime.marks.MarksFixture.BIG_SUM;
import static dev.grainline.runtime.marks.MarksFixture.HEAVY_AMOUNT;
import static dev.grainline.runtime.marks.MarksFixture.MARK_COUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.DatabaseException;
import dev.grainline.runtime.marks.MarksFixture;
import dev.grainline.testing.TestTrino;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Trino's errors get the ids the other engines' get, though its driver gives no SQLSTATE: an overflow is
 * {@code [GrainlineOverflow]}, a server that refuses the connection {@code [GrainlineDatabaseUnavailable]}, a query
 * beyond its timeout {@code [GrainlineQueryTimeout]}, each within seconds. Without a Trino server (a JDK that cannot
 * run it, no {@code -Ptrino}) the Trino-only tests check that TestTrino left it out with a reason.
 */
class EngineErrorsTest {
  private static final long BOUND_NANOS = TimeUnit.SECONDS.toNanos(10);

  /** A bigint sum beyond a long: Trino's own error, PostgreSQL's NUMERIC and DuckDB's HUGEINT sums read back. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.grainline.runtime.marks.MarksFixture#layers")
  void anIntegerSumBeyondABigintIsAnOverflowOnEveryEngine(String engine, SemanticLayer layer) {
    DatabaseException e = assertThrows(DatabaseException.class, () -> layer.query(BIG_SUM).fetch());
    assertEquals("GrainlineOverflow", e.id(), e.getMessage());
    // the marks alone are fine: the same table answers other queries
    assertEquals(3L, layer.query(MARK_COUNT).fetch().rows().get(0).get(MARK_COUNT));
  }

  @Test
  void aTrinoServerThatRefusesTheConnectionIsUnavailable() {
    Optional<SemanticLayer> running = MarksFixture.trino();
    if (running.isEmpty()) {
      TestTrino.assertLeftOut();
      return;
    }
    // trino-jdbc opens no connection before the first statement: the query's failure is the refusal
    SemanticLayer layer = SemanticLayer.builder(MarksFixture.MODEL)
        .dataSource(new Databases.DriverManagerDataSource("jdbc:trino://127.0.0.1:1/memory/x?user=grainline"))
        .dialect(Dialect.TRINO).build();
    long start = System.nanoTime();
    DatabaseException e = assertThrows(DatabaseException.class, () -> layer.query(MARK_COUNT).fetch());
    assertTrue(System.nanoTime() - start < BOUND_NANOS, "took " + (System.nanoTime() - start) / 1_000_000 + " ms");
    assertEquals("GrainlineDatabaseUnavailable", e.id(), e.getMessage());
    assertTrue(e.getMessage().startsWith("[GrainlineDatabaseUnavailable] cannot reach the database: "),
        e.getMessage());
  }

  @Test
  void aTrinoQueryBeyondItsTimeoutTimesOutAndIsCancelledOnTheServer() throws Exception {
    Optional<SemanticLayer> running = MarksFixture.trino();
    if (running.isEmpty()) {
      TestTrino.assertLeftOut();
      return;
    }
    long start = System.nanoTime();
    DatabaseException e = assertThrows(DatabaseException.class,
        () -> running.get().query(HEAVY_AMOUNT).timeout(Duration.ofSeconds(1)).fetch());
    assertTrue(System.nanoTime() - start < BOUND_NANOS, "took " + (System.nanoTime() - start) / 1_000_000 + " ms");
    assertEquals("GrainlineQueryTimeout", e.id(), e.getMessage());
    // Left running, the query would take the server's CPU for hours: it ends on the server too.
    DataSource trino = MarksFixture.trinoDatabase().orElseThrow();
    long deadline = System.nanoTime() + BOUND_NANOS;
    long left;
    while ((left = runningOverHeavy(trino)) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertEquals(0, left, "queries over the heavy view still running on Trino");
  }

  private static long runningOverHeavy(DataSource trino) throws SQLException {
    try (Connection connection = trino.getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM system.runtime.queries WHERE state IN"
            + " ('QUEUED', 'PLANNING', 'STARTING', 'RUNNING', 'FINISHING') AND query LIKE '%heavy%'"
            + " AND query NOT LIKE '%system.runtime.queries%'")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
