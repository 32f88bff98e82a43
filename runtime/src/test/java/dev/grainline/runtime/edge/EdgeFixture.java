package dev.grainline.runtime.edge;

import dev.grainline.runtime.CompiledModel;
import dev.grainline.runtime.Databases;
import dev.grainline.runtime.DimensionRef;
import dev.grainline.runtime.MetricRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Two items, loaded once per engine (schema edge_values):
 *
 * <pre>
 * item  name   price       big                  ratio  n           qty   wide        day         seen_at
 *    1  a\b    10.00       9223372036854775807  1e308  2000000000  2.00  1           2024-01-01  2024-01-01 00:00
 *    2  plain  3238510.64  1                    1e308  2000000000  2.50  3000000000  2024-01-03  2024-01-03 12:00
 * </pre>
 *
 * Each item alone is fine; together their big values overflow a bigint and their ratios a double, and each n
 * squared overflows an integer. Item 2's qty is no integer and its wide value does not fit one.
 */
public final class EdgeFixture {
  public static final CompiledModel MODEL = CompiledModel.ofClasses("EdgeCatalog", "edge", Items.class);

  public static final MetricRef<Long> ITEMS = MetricRef.of("edge.items", Long.class);
  public static final MetricRef<Long> BIG_SUM = MetricRef.of("edge.big_sum", Long.class);
  public static final MetricRef<Double> RATIO_SUM = MetricRef.of("edge.ratio_sum", Double.class);
  public static final MetricRef<Long> SQUARES = MetricRef.of("edge.squares", Long.class);
  public static final MetricRef<Long> QTY_SUM = MetricRef.of("edge.qty_sum", Long.class);
  public static final DimensionRef<Integer> ITEM_ID = DimensionRef.of("edge.items", "item_id", Integer.class);
  public static final DimensionRef<String> NAME = DimensionRef.of("edge.items", "name", String.class);
  public static final DimensionRef<BigDecimal> PRICE = DimensionRef.of("edge.items", "price", BigDecimal.class);
  public static final DimensionRef<LocalDate> DAY = DimensionRef.of("edge.items", "day", LocalDate.class);
  public static final DimensionRef<LocalDateTime> SEEN_AT =
      DimensionRef.of("edge.items", "seen_at", LocalDateTime.class);
  public static final DimensionRef<Integer> QTY = DimensionRef.of("edge.items", "qty", Integer.class);
  public static final DimensionRef<Integer> WIDE = DimensionRef.of("edge.items", "wide", Integer.class);

  private static final String[] DATA = {
    "DROP SCHEMA IF EXISTS edge_values CASCADE",
    "CREATE SCHEMA edge_values",
    "CREATE TABLE edge_values.items (item_id INTEGER, name VARCHAR, price NUMERIC(12, 2), big BIGINT,"
        + " ratio DOUBLE PRECISION, n INTEGER, qty NUMERIC(10, 2), wide BIGINT, day DATE, seen_at TIMESTAMP)",
    "INSERT INTO edge_values.items VALUES"
        + " (1, 'a\\b', 10.00, 9223372036854775807, 1e308, 2000000000, 2.00, 1, DATE '2024-01-01',"
        + " TIMESTAMP '2024-01-01 00:00:00'),"
        + " (2, 'plain', 3238510.64, 1, 1e308, 2000000000, 2.50, 3000000000, DATE '2024-01-03',"
        + " TIMESTAMP '2024-01-03 12:00:00')",
  };

  private static final DataSource POSTGRES = Databases.loadedPostgres("edge_values", DATA);
  private static final DataSource DUCKDB = Databases.loaded(Databases.duckdb(), DATA);

  private EdgeFixture() {}

  /** Each engine, aggregating directly and rolling partial aggregates up. */
  public static Stream<Arguments> layers() {
    return Databases.layers(MODEL, POSTGRES, DUCKDB);
  }

  /** Each engine's loaded database, for the schema check. */
  public static Stream<Arguments> engines() {
    return Stream.of(Arguments.of("postgres", POSTGRES), Arguments.of("duckdb", DUCKDB));
  }

  public static List<DataSource> dataSources() {
    return List.of(POSTGRES, DUCKDB);
  }
}
