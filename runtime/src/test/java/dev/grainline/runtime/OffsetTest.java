package dev.grainline.runtime;

import static dev.grainline.runtime.bulk.BulkFixture.AMOUNT;
import static dev.grainline.runtime.bulk.BulkFixture.BUCKET;
import static dev.grainline.runtime.bulk.BulkFixture.LINE_COUNT;
import static dev.grainline.runtime.bulk.BulkFixture.LINE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.QueryException;
import dev.grainline.runtime.bulk.BulkFixture;
import dev.grainline.testing.TestPostgres;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * offset(n): pages of a query, with and without a limit, are the slices of the whole result (computed here, from
 * what line i holds); the offset is a bind value, so pages share one plan. On every engine, over 100 lines.
 */
class OffsetTest {
  private static final String SCHEMA = "stream_offset";
  private static final int LINES = 100;
  private static final DataSource POSTGRES = Databases.loaded(Databases.postgres(),
      BulkFixture.load(SCHEMA, LINES, true));
  private static final DataSource DUCKDB = Databases.loaded(Databases.duckdb(), BulkFixture.load(SCHEMA, LINES, false));
  private static final Optional<DataSource> TRINO = Databases.trino()
      .map(trino -> Databases.loaded(trino, BulkFixture.loadTrino(SCHEMA, LINES)));

  @AfterAll
  static void dropSchema() throws SQLException {
    TestPostgres.drop(SCHEMA);
  }

  static Stream<Arguments> layers() {
    // Trino takes OFFSET only before LIMIT: pages run there too.
    return Stream.concat(Stream.of(Arguments.of("postgres", layer(POSTGRES)), Arguments.of("duckdb", layer(DUCKDB))),
        TRINO.map(trino -> Arguments.of("trino", layer(trino))).stream());
  }

  private static SemanticLayer layer(DataSource source) {
    return SemanticLayer.builder(BulkFixture.MODEL).dataSource(source).mapSchema("bulk", SCHEMA).build();
  }

  /** Line ids from {@code from} to {@code to}, both included, as the rows of a query by line id. */
  private static List<List<Object>> lines(int from, int to) {
    return IntStream.rangeClosed(from, to).<List<Object>>mapToObj(i -> List.of(i, (long) i % 100)).toList();
  }

  private static List<List<Object>> rows(MetricQuery query) {
    return query.fetch().rows().stream().map(Row::values).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layers")
  void pagesWithALimitAreSlicesOfTheWholeResult(String engine, SemanticLayer layer) {
    List<List<Object>> pages = new ArrayList<>();
    for (int offset = 0; offset < LINES; offset += 30) {
      List<List<Object>> page = rows(layer.query(AMOUNT).by(LINE_ID).limit(30).offset(offset));
      assertEquals(lines(offset + 1, Math.min(offset + 30, LINES)), page, "offset " + offset);
      pages.addAll(page);
    }
    assertEquals(lines(1, LINES), pages);
    // offset before or after limit: the same page
    assertEquals(lines(11, 15), rows(layer.query(AMOUNT).by(LINE_ID).offset(10).limit(5)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layers")
  void anOffsetAloneSkipsRowsAndAnOffsetPastTheEndGivesNone(String engine, SemanticLayer layer) {
    assertEquals(lines(96, 100), rows(layer.query(AMOUNT).by(LINE_ID).offset(95)));
    assertEquals(lines(1, 100), rows(layer.query(AMOUNT).by(LINE_ID).offset(0)));
    assertEquals(List.of(), rows(layer.query(AMOUNT).by(LINE_ID).offset(100)));
    assertEquals(List.of(), rows(layer.query(AMOUNT).by(LINE_ID).offset(Long.MAX_VALUE)));
  }

  /** The page follows the requested order, then the dimensions: by amount descending, ties by bucket. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("layers")
  void aPageFollowsTheQuerysOrder(String engine, SemanticLayer layer) {
    // bucket b (0..9) holds lines b, b+10, ..., whose amounts i % 100 sum to 10 * b + 450, and 10 lines each
    List<List<Object>> all = new ArrayList<>();
    for (int bucket = 9; bucket >= 0; bucket--) {
      all.add(List.of(bucket, 10L * bucket + 450, 10L));
    }
    assertEquals(all, rows(layer.query(AMOUNT, LINE_COUNT).by(BUCKET).orderBy(AMOUNT.desc())));
    assertEquals(all.subList(3, 7),
        rows(layer.query(AMOUNT, LINE_COUNT).by(BUCKET).orderBy(AMOUNT.desc()).offset(3).limit(4)));
    assertEquals(all.subList(3, 7), rows(layer.textQuery("bulk.amount", "bulk.line_count").by("bulk.lines.bucket")
        .orderBy("bulk.amount desc").limit(4).offset(3)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layers")
  void aStreamedPageIsThePageFetched(String engine, SemanticLayer layer) {
    MetricQuery page = layer.query(AMOUNT).by(LINE_ID).offset(40).limit(25);
    try (Stream<Row> rows = page.stream()) {
      assertEquals(lines(41, 65), rows.map(Row::values).toList());
    }
  }

  @Test
  void anOffsetIsABindValueAndPagesShareAPlan() {
    SemanticLayer layer = SemanticLayer.offline(BulkFixture.MODEL, Dialect.POSTGRES);
    MetricQuery first = layer.query(AMOUNT).by(LINE_ID).limit(30).offset(0);
    MetricQuery second = layer.query(AMOUNT).by(LINE_ID).limit(30).offset(60);
    assertEquals(first.sql(), second.sql());
    // OFFSET before LIMIT, the one order all three engines take (Trino rejects LIMIT before OFFSET)
    assertTrue(first.sql().endsWith("\noffset ?\nlimit ?"), first.sql());
    assertEquals(List.of(60L, 30L), second.bindValues());
    for (Dialect dialect : Dialect.values()) {
      String sql = SemanticLayer.offline(BulkFixture.MODEL, dialect).query(AMOUNT).by(LINE_ID).limit(3).offset(4)
          .sql();
      // DuckDB's placeholders are cast: "offset cast(? as bigint)"
      int offset = sql.lastIndexOf("\noffset ");
      assertTrue(offset > 0 && sql.indexOf("\nlimit ", offset) > offset, dialect + ": " + sql);
    }
    assertEquals(1, layer.planStats().planned());
    MetricQuery alone = layer.textQuery("bulk.amount").by("bulk.lines.line_id").offset(7);
    assertTrue(alone.sql().endsWith("\noffset ?"), alone.sql());
    assertEquals(List.of(7L), alone.bindValues());
  }

  @Test
  void aNegativeOffsetIsAnInvalidValue() {
    SemanticLayer layer = SemanticLayer.offline(BulkFixture.MODEL, Dialect.DUCKDB);
    QueryException typed = assertThrows(QueryException.class, () -> layer.query(AMOUNT).offset(-1));
    QueryException text = assertThrows(QueryException.class, () -> layer.textQuery("bulk.amount").offset(-1));
    assertEquals("[GrainlineInvalidValue] offset -1: an offset is at least 0", typed.getMessage());
    assertEquals(typed.getMessage(), text.getMessage());
    assertEquals("GrainlineInvalidValue", text.id());
  }
}
