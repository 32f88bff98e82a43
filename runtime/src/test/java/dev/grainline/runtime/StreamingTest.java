package dev.grainline.runtime;

import static dev.grainline.runtime.bulk.BulkFixture.AMOUNT;
import static dev.grainline.runtime.bulk.BulkFixture.BUCKET;
import static dev.grainline.runtime.bulk.BulkFixture.LABEL;
import static dev.grainline.runtime.bulk.BulkFixture.LINE_COUNT;
import static dev.grainline.runtime.bulk.BulkFixture.LINE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.DatabaseException;
import dev.grainline.QueryException;
import dev.grainline.runtime.bulk.BulkFixture;
import dev.grainline.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Streaming: a cursor, a stream and forEach give the rows fetch() gives, read ten at a time, and release their
 * connection (as it was lent) when closed, exhausted or failed. Runs on both engines over 1,000 lines.
 */
class StreamingTest {
  private static final String SCHEMA = "stream_lines";
  private static final int LINES = 1_000;
  private static final int FETCH_SIZE = 10;
  private static final DataSource POSTGRES = Databases.loaded(Databases.postgres(),
      BulkFixture.load(SCHEMA, LINES, true));
  private static final DataSource DUCKDB = Databases.loaded(Databases.duckdb(), BulkFixture.load(SCHEMA, LINES, false));

  @AfterAll
  static void dropSchema() throws SQLException {
    TestPostgres.drop(SCHEMA);
  }

  static Stream<Arguments> engines() {
    return Stream.of(Arguments.of("postgres", POSTGRES), Arguments.of("duckdb", DUCKDB));
  }

  private static SemanticLayer layer(DataSource source) {
    return SemanticLayer.builder(BulkFixture.MODEL).dataSource(source).mapSchema("bulk", SCHEMA)
        .fetchSize(FETCH_SIZE).build();
  }

  private static List<List<Object>> values(List<Row> rows) {
    return rows.stream().map(Row::values).toList();
  }

  /** The queries compared, from one row to one per line, with a filter, an order and a page. */
  private static List<MetricQuery> queries(SemanticLayer layer) {
    return List.of(
        layer.query(AMOUNT, LINE_COUNT),
        layer.query(AMOUNT, LINE_COUNT).by(BUCKET),
        layer.query(AMOUNT).by(LINE_ID, LABEL),
        layer.query(AMOUNT).by(LABEL).where(BUCKET.eq(3)).orderBy(AMOUNT.desc()),
        layer.textQuery("bulk.amount").by("bulk.lines.line_id").having("bulk.amount > 50").limit(123).offset(45));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void aStreamGivesTheRowsFetchGives(String engine, DataSource source) {
    SemanticLayer layer = layer(source);
    for (MetricQuery query : queries(layer)) {
      Result fetched = query.fetch();
      List<Row> streamed;
      try (Stream<Row> rows = query.stream()) {
        streamed = rows.toList();
      }
      assertEquals(values(fetched.rows()), values(streamed), query.sql());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void aCursorAndForEachGiveTheRowsAndColumnsFetchGives(String engine, DataSource source) {
    SemanticLayer layer = layer(source);
    for (MetricQuery query : queries(layer)) {
      Result fetched = query.fetch();
      List<Row> iterated = new ArrayList<>();
      try (Cursor cursor = query.cursor()) {
        assertEquals(fetched.columns(), cursor.columns());
        for (Row row : cursor) {
          iterated.add(row);
        }
      }
      List<Row> visited = new ArrayList<>();
      query.forEach(visited::add);
      assertEquals(values(fetched.rows()), values(iterated), query.sql());
      assertEquals(values(fetched.rows()), values(visited), query.sql());
    }
  }

  /** The numbers themselves, against totals computed here: line i has amount i % 100 and bucket i % 10. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void streamedTotalsAreTheLinesTotals(String engine, DataSource source) {
    long[] amounts = new long[10];
    for (int i = 1; i <= LINES; i++) {
      amounts[i % 10] += i % 100;
    }
    List<List<Object>> expected = new ArrayList<>();
    for (int bucket = 0; bucket < 10; bucket++) {
      expected.add(List.of(bucket, amounts[bucket], (long) LINES / 10));
    }
    try (Stream<Row> rows = layer(source).query(AMOUNT, LINE_COUNT).by(BUCKET).stream()) {
      assertEquals(expected, values(rows.toList()));
    }
    List<Integer> ids = new ArrayList<>();
    layer(source).query(AMOUNT).by(LINE_ID).forEach(row -> {
      assertEquals((long) row.get(LINE_ID) % 100, row.get(AMOUNT));
      ids.add(row.get(LINE_ID));
    });
    assertEquals(java.util.stream.IntStream.rangeClosed(1, LINES).boxed().toList(), ids);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void aCursorClosedEarlyGivesItsConnectionBackAsItWasLent(String engine, DataSource source) throws SQLException {
    OneConnectionPool pool = new OneConnectionPool(source);
    try {
      SemanticLayer layer = layer(pool);
      Cursor cursor = layer.query(AMOUNT).by(LINE_ID).cursor();
      Iterator<Row> rows = cursor.iterator();
      for (int i = 1; i <= 10; i++) {
        assertEquals(i, rows.next().get(LINE_ID));
      }
      // While the cursor is open, the pool has nothing to lend: the check below could fail.
      assertThrows(DatabaseException.class, () -> layer.query(AMOUNT).fetch());
      cursor.close();
      cursor.close();
      assertFalse(pool.lent());
      assertTrue(pool.physical().getAutoCommit(), "auto-commit is restored");
      assertFalse(pool.physical().isReadOnly(), "read-only is restored");
      assertFalse(rows.hasNext(), "a closed cursor has no more rows");
      assertThrows(NoSuchElementException.class, rows::next);
      assertEquals(List.of(List.of(amountOfAllLines())), values(layer.query(AMOUNT).fetch().rows()));
    } finally {
      pool.physical().close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void readingTheLastRowOrClosingAStreamGivesTheConnectionBack(String engine, DataSource source)
      throws SQLException {
    OneConnectionPool pool = new OneConnectionPool(source);
    try {
      SemanticLayer layer = layer(pool);
      Cursor cursor = layer.query(AMOUNT).by(BUCKET).cursor();
      int read = 0;
      for (Row row : cursor) {
        read++;
        assertTrue(pool.lent());
      }
      assertEquals(10, read);
      assertFalse(pool.lent(), "the last row read closes the cursor");

      try (Stream<Row> rows = layer.query(AMOUNT).by(LINE_ID).stream()) {
        assertEquals(5, rows.limit(5).count());
        assertTrue(pool.lent());
      }
      assertFalse(pool.lent(), "closing the stream closes its cursor");

      layer.query(AMOUNT).by(LINE_ID).forEach(row -> assertTrue(pool.lent()));
      assertFalse(pool.lent());
      RuntimeException stop = new IllegalStateException("the consumer gives up");
      assertEquals(stop, assertThrows(IllegalStateException.class,
          () -> layer.query(AMOUNT).by(LINE_ID).forEach(row -> { throw stop; })));
      assertFalse(pool.lent(), "forEach releases the connection when the consumer throws");
      assertEquals(5, pool.loans());
      assertTrue(pool.physical().getAutoCommit());
    } finally {
      pool.physical().close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void aQueryThatFailsToStartGivesTheConnectionBack(String engine, DataSource source) throws SQLException {
    OneConnectionPool pool = new OneConnectionPool(source);
    try {
      SemanticLayer layer = SemanticLayer.builder(BulkFixture.MODEL).dataSource(pool)
          .mapSchema("bulk", "no_such_schema").build();
      DatabaseException e = assertThrows(DatabaseException.class, () -> layer.query(AMOUNT).cursor());
      assertEquals("GrainlineQueryFailed", e.id());
      assertFalse(pool.lent());
      assertTrue(pool.physical().getAutoCommit());
      assertFalse(pool.physical().isReadOnly());
    } finally {
      pool.physical().close();
    }
  }

  /**
   * The server ends the session after ten rows of a thousand: the next batch fails as a DatabaseException, as a
   * failing fetch() would, and the cursor is closed. (DuckDB's result is complete once the query has run.)
   */
  @Test
  void aDatabaseThatDiesMidResultFailsTheIterationWithADatabaseException() throws SQLException {
    OneConnectionPool pool = new OneConnectionPool(POSTGRES);
    try (Connection other = POSTGRES.getConnection(); Statement kill = other.createStatement()) {
      int pid;
      try (Statement statement = pool.physical().createStatement();
          ResultSet rs = statement.executeQuery("SELECT pg_backend_pid()")) {
        rs.next();
        pid = rs.getInt(1);
      }
      Cursor cursor = layer(pool).query(AMOUNT).by(LINE_ID).cursor();
      Iterator<Row> rows = cursor.iterator();
      for (int i = 0; i < FETCH_SIZE; i++) {
        rows.next();
      }
      kill.execute("SELECT pg_terminate_backend(" + pid + ")");
      DatabaseException e = assertThrows(DatabaseException.class, () -> {
        while (rows.hasNext()) {
          rows.next();
        }
      });
      assertTrue(List.of("GrainlineDatabaseUnavailable", "GrainlineQueryFailed").contains(e.id()), e.getMessage());
      assertFalse(pool.lent(), "a failed cursor is closed");
      assertFalse(rows.hasNext());
      cursor.close();
    } finally {
      pool.physical().close();
    }
  }

  @Test
  void aFetchSizeIsAtLeastOne() {
    QueryException e = assertThrows(QueryException.class,
        () -> SemanticLayer.builder(BulkFixture.MODEL).fetchSize(0));
    assertEquals("GrainlineInvalidValue", e.errors().get(0).id());
  }

  private static long amountOfAllLines() {
    long sum = 0;
    for (int i = 1; i <= LINES; i++) {
      sum += i % 100;
    }
    return sum;
  }
}
