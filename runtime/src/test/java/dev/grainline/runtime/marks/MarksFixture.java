package dev.grainline.runtime.marks;

import dev.grainline.runtime.CompiledModel;
import dev.grainline.runtime.Databases;
import dev.grainline.runtime.DimensionRef;
import dev.grainline.runtime.MetricRef;
import dev.grainline.runtime.SemanticLayer;
import java.time.LocalDate;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Marks loaded on each engine, Trino too (schema port_marks):
 *
 * <pre>
 * mark  marked_at
 *    1  2023-12-31 23:59:59.999999   the last microsecond of a Sunday, a month, a quarter and a year
 *    2  2024-03-31 23:59:59.999600   a Sunday and the last day of March, 0.4 ms before midnight
 *    3  2024-04-01 00:00:00          the first instant of the next day, week, month and quarter
 * </pre>
 *
 * Rounded to milliseconds (Trino's plain timestamp), marks 1 and 2 would move to the next day and every period of it.
 * And labels for LIKE patterns: {@code abc}, {@code a\bc} (with a backslash), {@code 50%}, {@code 500},
 * {@code a_b}, {@code axb}, a lone backslash and {@code x}.
 */
public final class MarksFixture {
  public static final CompiledModel MODEL = CompiledModel.ofClasses("MarksCatalog", "marks", Marks.class,
      Labels.class);

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

  private static final String SCHEMA = "port_marks";

  /** The same table on every engine; only the name of a microsecond timestamp differs. */
  private static String[] data(String timestampType) {
    return new String[] {
      "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE",
      "CREATE SCHEMA " + SCHEMA,
      "CREATE TABLE " + SCHEMA + ".marks (mark_id INTEGER, marked_at " + timestampType + ")",
      "INSERT INTO " + SCHEMA + ".marks VALUES (1, TIMESTAMP '2023-12-31 23:59:59.999999'),"
          + " (2, TIMESTAMP '2024-03-31 23:59:59.999600'), (3, TIMESTAMP '2024-04-01 00:00:00.000000')",
      "CREATE TABLE " + SCHEMA + ".labels (label_id INTEGER, label VARCHAR)",
      "INSERT INTO " + SCHEMA + ".labels VALUES (1, 'abc'), (2, 'a\\bc'), (3, '50%'), (4, '500'), (5, 'a_b'),"
          + " (6, 'axb'), (7, '\\'), (8, 'x')",
    };
  }

  private static final DataSource POSTGRES = Databases.loadedPostgres(SCHEMA, data("TIMESTAMP"));
  private static final DataSource DUCKDB = Databases.loaded(Databases.duckdb(), data("TIMESTAMP"));
  private static final java.util.Optional<DataSource> TRINO =
      Databases.trino().map(trino -> Databases.loaded(trino, data("TIMESTAMP(6)")));

  private MarksFixture() {}

  /** Each engine's layer: PostgreSQL, DuckDB and, when the tests have it (Databases.trino()), Trino. */
  public static Stream<Arguments> layers() {
    return Stream.concat(Stream.of(Arguments.of("postgres", layer(POSTGRES)), Arguments.of("duckdb", layer(DUCKDB))),
        TRINO.map(trino -> Arguments.of("trino", layer(trino))).stream());
  }

  private static SemanticLayer layer(DataSource source) {
    return SemanticLayer.create(MODEL, source);
  }
}
