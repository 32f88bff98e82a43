package dev.grainline.runtime.marks;

import dev.grainline.runtime.CompiledModel;
import dev.grainline.runtime.Databases;
import dev.grainline.runtime.DimensionRef;
import dev.grainline.runtime.MetricRef;
import dev.grainline.runtime.SemanticLayer;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Marks loaded on each engine, Trino too (schema port_marks):
 *
 * <pre>
 * mark  marked_at                    big
 *    1  2023-12-31 23:59:59.999999   9223372036854775807  the last microsecond of a Sunday, a month, a year
 *    2  2024-03-31 23:59:59.999600   1                    a Sunday and the last day of March, 0.4 ms before midnight
 *    3  2024-04-01 00:00:00          0                    the first instant of the next day, week, month, quarter
 * </pre>
 *
 * Rounded to milliseconds (Trino's plain timestamp), marks 1 and 2 would move to the next day and every period of it.
 * And labels for LIKE patterns: {@code abc}, {@code a\bc} (with a backslash), {@code 50%}, {@code 500},
 * {@code a_b}, {@code axb}, a lone backslash and {@code x}. And a view {@code heavy}: on Trino a cross join of
 * 10^12 rows, for a query timeout to stop; elsewhere the three marks.
 */
public final class MarksFixture {
  public static final CompiledModel MODEL = CompiledModel.ofClasses("MarksCatalog", "marks", Marks.class,
      Labels.class, Heavy.class);

  public static final MetricRef<Long> MARK_COUNT = MetricRef.of("marks.mark_count", Long.class);
  public static final DimensionRef<LocalDate> DAY = DimensionRef.of("marks.marks", "day", LocalDate.class);
  public static final DimensionRef<LocalDate> WEEK = DimensionRef.of("marks.marks", "week", LocalDate.class);
  public static final DimensionRef<LocalDate> MONTH = DimensionRef.of("marks.marks", "month", LocalDate.class);
  public static final DimensionRef<LocalDate> QUARTER = DimensionRef.of("marks.marks", "quarter", LocalDate.class);
  public static final DimensionRef<LocalDate> YEAR = DimensionRef.of("marks.marks", "year", LocalDate.class);
  public static final MetricRef<Long> LABEL_COUNT = MetricRef.of("marks.label_count", Long.class);
  public static final MetricRef<Long> LIKE_A_B_C = MetricRef.of("marks.like_a_b_c", Long.class);
  public static final MetricRef<Long> LIKE_FIFTY_PERCENT = MetricRef.of("marks.like_fifty_percent", Long.class);
  public static final DimensionRef<String> LABEL = DimensionRef.of("marks.labels", "label", String.class);
  public static final MetricRef<Long> BIG_SUM = MetricRef.of("marks.big_sum", Long.class);
  public static final MetricRef<Long> HEAVY_AMOUNT = MetricRef.of("marks.heavy_amount", Long.class);

  private static final String SCHEMA = "port_marks";

  /** A view over every combination of three sequences of 10,000 numbers: Trino's {@code sequence} makes no more. */
  private static final String TRINO_HEAVY = "SELECT CAST(a.x AS INTEGER) AS heavy_id, CAST(b.y % 7 AS INTEGER)"
      + " AS amount FROM UNNEST(sequence(1, 10000)) a(x) CROSS JOIN UNNEST(sequence(1, 10000)) b(y)"
      + " CROSS JOIN UNNEST(sequence(1, 10000)) c(z)";
  private static final String LIGHT = "SELECT mark_id AS heavy_id, 1 AS amount FROM " + SCHEMA + ".marks";

  /** The same tables on every engine; only the name of a microsecond timestamp and the heavy view differ. */
  private static String[] data(String timestampType, String heavy) {
    return new String[] {
      "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE",
      "CREATE SCHEMA " + SCHEMA,
      "CREATE TABLE " + SCHEMA + ".marks (mark_id INTEGER, marked_at " + timestampType + ", big BIGINT)",
      "INSERT INTO " + SCHEMA + ".marks VALUES (1, TIMESTAMP '2023-12-31 23:59:59.999999', 9223372036854775807),"
          + " (2, TIMESTAMP '2024-03-31 23:59:59.999600', 1), (3, TIMESTAMP '2024-04-01 00:00:00.000000', 0)",
      "CREATE VIEW " + SCHEMA + ".heavy AS " + heavy,
      "CREATE TABLE " + SCHEMA + ".labels (label_id INTEGER, label VARCHAR)",
      "INSERT INTO " + SCHEMA + ".labels VALUES (1, 'abc'), (2, 'a\\bc'), (3, '50%'), (4, '500'), (5, 'a_b'),"
          + " (6, 'axb'), (7, '\\'), (8, 'x')",
    };
  }

  private static final DataSource POSTGRES = Databases.loadedPostgres(SCHEMA, data("TIMESTAMP", LIGHT));
  private static final DataSource DUCKDB = Databases.loaded(Databases.duckdb(), data("TIMESTAMP", LIGHT));
  private static final Optional<DataSource> TRINO =
      Databases.trino().map(trino -> Databases.loaded(trino, data("TIMESTAMP(6)", TRINO_HEAVY)));

  private MarksFixture() {}

  /** Each engine's layer: PostgreSQL, DuckDB and, when the tests have it (Databases.trino()), Trino. */
  public static Stream<Arguments> layers() {
    return Stream.concat(Stream.of(Arguments.of("postgres", layer(POSTGRES)), Arguments.of("duckdb", layer(DUCKDB))),
        TRINO.map(trino -> Arguments.of("trino", layer(trino))).stream());
  }

  /** Trino's layer, when the tests have Trino (else TestTrino.assertLeftOut() is what a Trino-only test checks). */
  public static Optional<SemanticLayer> trino() {
    return TRINO.map(MarksFixture::layer);
  }

  /** Trino's loaded database, when the tests have Trino. */
  public static Optional<DataSource> trinoDatabase() {
    return TRINO;
  }

  private static SemanticLayer layer(DataSource source) {
    return SemanticLayer.create(MODEL, source);
  }
}
