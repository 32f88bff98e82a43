package dev.grainline.runtime.shop;

import dev.grainline.runtime.CompiledModel;
import dev.grainline.runtime.Databases;
import dev.grainline.runtime.DimensionRef;
import dev.grainline.runtime.MetricRef;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The shop model and a small data set built to hit edge cases: a region with a NULL name, a sale with an orphan
 * region key and one with a NULL region key (all three group under a NULL region name), a region with visits only,
 * a NULL amount, a NULL customer, repeated amounts. Loaded once per engine.
 */
public final class ShopFixture {
  public static final CompiledModel MODEL = CompiledModel.ofClasses("ShopCatalog", "shop",
      Sales.class, Visits.class, Day.class, Region.class, ShopMetrics.class);

  public static final MetricRef<Double> REVENUE = MetricRef.of("shop.revenue", Double.class);
  public static final MetricRef<Long> SALES = MetricRef.of("shop.sales", Long.class);
  public static final MetricRef<Long> VISITS = MetricRef.of("shop.visits", Long.class);
  public static final MetricRef<Long> VISITORS = MetricRef.of("shop.visitors", Long.class);
  public static final MetricRef<Double> SALES_PER_VISIT = MetricRef.of("shop.sales_per_visit", Double.class);
  public static final DimensionRef<String> REGION = DimensionRef.of("shop.region", "name", String.class);
  public static final DimensionRef<String> CHANNEL = DimensionRef.of("shop.sales", "channel", String.class);
  public static final DimensionRef<Integer> MONTH = DimensionRef.of("shop.day", "month", Integer.class);

  private static final String[] DATA = {
    "DROP SCHEMA IF EXISTS shop CASCADE",
    "CREATE SCHEMA shop",
    "CREATE TABLE shop.days (day_id INTEGER, day DATE, month INTEGER)",
    "CREATE TABLE shop.regions (region_id INTEGER, name VARCHAR)",
    "CREATE TABLE shop.sales (sale_id INTEGER, day_id INTEGER, region_id INTEGER, amount DOUBLE PRECISION,"
        + " qty INTEGER, customer VARCHAR, channel VARCHAR)",
    "CREATE TABLE shop.visits (visit_id INTEGER, day_id INTEGER, region_id INTEGER, visitor VARCHAR)",
    "INSERT INTO shop.days VALUES (1, DATE '2024-01-01', 1), (2, DATE '2024-01-02', 1), (3, DATE '2024-01-03', 1),"
        + " (4, DATE '2024-01-04', 1), (5, DATE '2024-02-01', 2)",
    "INSERT INTO shop.regions VALUES (1, 'North'), (2, 'South'), (3, NULL), (4, 'East')",
    "INSERT INTO shop.sales VALUES"
        + " (1, 1, 1, 1.0, 1, 'a', 'web'), (2, 1, 1, 2.0, 2, 'b', 'store'), (3, 2, 1, 3.0, 1, 'a', 'web'),"
        + " (4, 2, 1, 10.0, 3, 'c', 'web'), (5, 3, 2, 5.0, 1, 'a', 'store'), (6, 3, 2, NULL, 2, 'b', NULL),"
        + " (7, 4, 3, 7.0, 1, 'd', 'web'), (8, 4, 9, 4.0, 1, NULL, 'web'), (9, 5, NULL, 6.0, 2, 'e', 'store'),"
        + " (10, 5, 2, 5.0, 1, 'a', 'store')",
    "INSERT INTO shop.visits VALUES (1, 1, 1, 'a'), (2, 1, 1, 'a'), (3, 2, 1, 'b'), (4, 3, 2, 'a'),"
        + " (5, 3, 4, 'x'), (6, 4, 3, 'd'), (7, 4, NULL, 'y'), (8, 5, 9, 'z')",
  };

  private static final DataSource POSTGRES = Databases.loadedPostgres("shop", DATA);
  private static final DataSource DUCKDB = Databases.loaded(Databases.duckdb(), DATA);

  private ShopFixture() {}

  /** The layers to test: each engine, aggregating directly and rolling partial aggregates up. */
  public static Stream<Arguments> layers() {
    return Databases.layers(MODEL, POSTGRES, DUCKDB);
  }

  public static List<DataSource> engines() {
    return List.of(POSTGRES, DUCKDB);
  }
}
