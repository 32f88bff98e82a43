package dev.grainline.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.grainline.examples.data.StoreDataSet;
import dev.grainline.examples.data.StoreLoader;
import dev.grainline.examples.store.StoreCatalog;
import dev.grainline.runtime.Dialect;
import dev.grainline.runtime.Result;
import dev.grainline.runtime.ResultColumn;
import dev.grainline.runtime.Row;
import dev.grainline.runtime.SemanticLayer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acceptance scenarios of datajunction.md §3.4 without windows (S1–S11 and S16–S17; the window scenarios S12–S15
 * are in differential.StoreWindowScenariosTest, and S18–S20 are about measures SQL and pre-aggregation), plus the §3.3
 * true values, cross-fact ratios the reference gets wrong (§3.5 K1) and the model's named queries, on the toy data,
 * on every engine. Expected values are the
 * hand-checked ones of the reference or hand-computed from the nine toy rows (see each scenario).
 */
class StoreScenariosTest {
  private static final String SCHEMA = "examples_toy";

  @TempDir
  static Path directory;

  private static final Map<Dialect, HikariDataSource> POOLS = new EnumMap<>(Dialect.class);
  private static final Map<Dialect, SemanticLayer> LAYERS = new EnumMap<>(Dialect.class);

  @BeforeAll
  static void loadToyData() throws SQLException {
    for (Dialect dialect : Dialect.values()) {
      java.util.Optional<String> url = TestDatabases.url(dialect, directory.resolve("toy.duckdb"));
      if (url.isEmpty()) {
        continue;
      }
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(url.get());
      config.setMaximumPoolSize(2);
      HikariDataSource pool = new HikariDataSource(config);
      POOLS.put(dialect, pool);
      try (Connection connection = pool.getConnection()) {
        StoreLoader.load(connection, SCHEMA, StoreDataSet.toy());
      }
      LAYERS.put(dialect, SemanticLayer.builder(StoreModel.model()).dataSource(pool).dialect(dialect)
          .mapSchema("v3", TestDatabases.schema(dialect, SCHEMA))
          .build());
    }
  }

  @AfterAll
  static void closePools() throws SQLException {
    try (Connection connection = POOLS.get(Dialect.POSTGRES).getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }
    POOLS.values().forEach(HikariDataSource::close);
  }

  /** A query and its rows, in the query's order; doubles compare to 1e-9 relative. */
  record Scenario(String name, Function<SemanticLayer, Result> query, List<String> columns,
      List<List<Object>> rows) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Scenario scenario(String name, Function<SemanticLayer, Result> query, List<String> columns,
      Object[]... rows) {
    return new Scenario(name, query, columns, Stream.of(rows).map(Arrays::asList).toList());
  }

  private static Object[] row(Object... values) {
    return values;
  }

  private static final List<Scenario> SCENARIOS = List.of(
      scenario("S1 SUM by a local dimension",
          layer -> layer.textQuery("v3.total_revenue").by("v3.order_details.status")
              .orderBy("v3.order_details.status").fetch(),
          List.of("v3.order_details.status", "v3.total_revenue"),
          row("completed", 2580), row("pending", 500)),
      scenario("S2 AVG from SUM and COUNT",
          layer -> layer.textQuery("v3.avg_unit_price").by("v3.order_details.status")
              .orderBy("v3.order_details.status").fetch(),
          List.of("v3.order_details.status", "v3.avg_unit_price"),
          row("completed", 340), row("pending", 500)),
      scenario("S3 SUM and COUNT DISTINCT of one fact",
          layer -> layer.textQuery("v3.total_revenue", "v3.order_count").by("v3.order_details.status")
              .orderBy("v3.order_details.status").fetch(),
          List.of("v3.order_details.status", "v3.total_revenue", "v3.order_count"),
          row("completed", 2580, 5), row("pending", 500, 1)),
      scenario("S4 MAX, MIN, conditional SUM, spread and its percentage, by a local and a joined dimension",
          layer -> layer.textQuery("v3.max_unit_price", "v3.min_unit_price", "v3.completed_order_revenue",
                  "v3.total_revenue", "v3.price_spread", "v3.price_spread_pct")
              .by("v3.order_details.status", "v3.product.category")
              .orderBy("v3.order_details.status, v3.product.category").fetch(),
          List.of("v3.order_details.status", "v3.product.category", "v3.max_unit_price", "v3.min_unit_price",
              "v3.completed_order_revenue", "v3.total_revenue", "v3.price_spread", "v3.price_spread_pct"),
          row("completed", "Books", 20, 20, 80, 80, 0, 0),
          row("completed", "Electronics", 500, 500, 2500, 2500, 0, 0),
          row("pending", "Electronics", 500, 500, 0, 500, 0, 0)),
      scenario("S5 two facts joined on a shared dimension",
          layer -> layer.textQuery("v3.total_revenue", "v3.page_view_count").by("v3.product.category")
              .orderBy("v3.product.category").fetch(),
          List.of("v3.product.category", "v3.total_revenue", "v3.page_view_count"),
          row("Books", 80, 2), row("Electronics", 3000, 7)),
      scenario("S6 SUM of one fact with COUNT DISTINCT of another",
          layer -> layer.textQuery("v3.total_revenue", "v3.visitor_count").by("v3.product.category")
              .orderBy("v3.product.category").fetch(),
          List.of("v3.product.category", "v3.total_revenue", "v3.visitor_count"),
          row("Books", 80, 1), row("Electronics", 3000, 3)),
      scenario("S7 ratio of COUNT DISTINCTs of two facts",
          layer -> layer.textQuery("v3.conversion_rate").by("v3.product.category")
              .orderBy("v3.product.category").fetch(),
          List.of("v3.product.category", "v3.conversion_rate"),
          row("Books", 2), row("Electronics", 5.0 / 3)),
      // Largest completed line: order 2, two phones (1000); the only pending line is a phone.
      scenario("S8 a non-decomposable MAX_BY with a SUM",
          layer -> layer.textQuery("v3.total_revenue", "v3.top_product_by_revenue").by("v3.order_details.status")
              .orderBy("v3.order_details.status").fetch(),
          List.of("v3.order_details.status", "v3.total_revenue", "v3.top_product_by_revenue"),
          row("completed", 2580, 1), row("pending", 500, 1)),
      scenario("S9 two-hop role path customer -> home",
          layer -> layer.textQuery("v3.total_revenue").by("v3.location.country[customer->home]")
              .orderBy("v3.location.country[customer->home]").fetch(),
          List.of("v3.location.country[customer->home]", "v3.total_revenue"),
          row("UK", 2020), row("US", 1060)),
      scenario("S10 filter on a role dimension that is not grouped by",
          layer -> layer.textQuery("v3.total_revenue").by("v3.product.category")
              .where("v3.date.year[order] >= 2024").orderBy("v3.product.category").fetch(),
          List.of("v3.product.category", "v3.total_revenue"),
          row("Books", 80), row("Electronics", 3000)),
      scenario("S11 filter on a metric",
          layer -> layer.textQuery("v3.total_revenue").by("v3.product.category")
              .having("v3.total_revenue > 10000").fetch(),
          List.of("v3.product.category", "v3.total_revenue")),
      scenario("S11 filter on a metric that keeps a row",
          layer -> layer.textQuery("v3.total_revenue").by("v3.product.category")
              .having("v3.total_revenue > 100").fetch(),
          List.of("v3.product.category", "v3.total_revenue"),
          row("Electronics", 3000)),
      scenario("S16 no dimensions",
          layer -> layer.textQuery("v3.total_revenue").fetch(),
          List.of("v3.total_revenue"),
          row(3080)),
      scenario("S17 filter on the key a fact links by",
          layer -> layer.textQuery("v3.total_revenue").by("v3.order_details.status")
              .where("v3.customer.customer_id[customer] = 42").fetch(),
          List.of("v3.order_details.status", "v3.total_revenue")),
      scenario("S17 filter on the key a fact links by, matching",
          layer -> layer.textQuery("v3.total_revenue").by("v3.order_details.status")
              .where("v3.customer.customer_id[customer] = 11").orderBy("v3.order_details.status").fetch(),
          List.of("v3.order_details.status", "v3.total_revenue"),
          row("completed", 1520)),
      // §3.3: sessions Electronics s1..s6, Books s1 and s7; visitors 3 and 1; orders 5 and 2; views 7 and 2.
      scenario("true values of the toy data",
          layer -> layer.textQuery("v3.total_revenue", "v3.order_count", "v3.page_view_count", "v3.session_count",
              "v3.visitor_count").by("v3.product.category").orderBy("v3.product.category").fetch(),
          List.of("v3.product.category", "v3.total_revenue", "v3.order_count", "v3.page_view_count",
              "v3.session_count", "v3.visitor_count"),
          row("Books", 80, 2, 2, 2, 1), row("Electronics", 3000, 5, 7, 6, 3)),
      // §3.5 K1: (3000 / 5) / (7 / 6) = 514.29 and (80 / 2) / (2 / 2) = 40; the reference's SQL gives 617.14.
      scenario("K1 nested cross-fact ratio without fan-out",
          layer -> layer.textQuery("v3.efficiency_ratio", "v3.avg_order_value", "v3.pages_per_session")
              .by("v3.product.category").orderBy("v3.product.category").fetch(),
          List.of("v3.product.category", "v3.efficiency_ratio", "v3.avg_order_value", "v3.pages_per_session"),
          row("Books", 40, 40, 1), row("Electronics", 3600.0 / 7, 600, 7.0 / 6)),
      // §3.5 K1: views of (Electronics, Alice) are 2 (views 1 and 2), not 4. Bob viewed no book: NULL.
      scenario("K1 cross-fact ratios by two dimensions",
          layer -> layer.textQuery("v3.revenue_per_page_view", "v3.revenue_per_visitor")
              .by("v3.product.category", "v3.customer.name")
              .orderBy("v3.product.category, v3.customer.name").fetch(),
          List.of("v3.product.category", "v3.customer.name", "v3.revenue_per_page_view", "v3.revenue_per_visitor"),
          row("Books", "Alice", 30, 60), row("Books", "Bob", null, null), row("Electronics", "Alice", 500, 1000),
          row("Electronics", "Bob", 750, 1500), row("Electronics", "Carol", 500.0 / 3, 500)),
      scenario("named query v3.revenue_by_category",
          layer -> layer.named("v3.revenue_by_category").fetch(),
          List.of("v3.product.category", "v3.total_revenue", "v3.order_count", "v3.avg_order_value"),
          row("Electronics", 3000, 5, 600), row("Books", 80, 2, 40)),
      scenario("named query v3.conversion_by_month",
          layer -> layer.named("v3.conversion_by_month").fetch(),
          List.of("v3.date.year", "v3.date.month", "v3.order_count", "v3.visitor_count", "v3.conversion_rate"),
          row(2024, 1, 6, 3, 2)),
      // Completed orders: UK 2 (1020), 4 (500), 5 (500); US 1 (500), 6 (60).
      scenario("named query v3.revenue_by_home_country",
          layer -> layer.named("v3.revenue_by_home_country").fetch(),
          List.of("v3.location.country[customer->home]", "v3.total_revenue", "v3.order_count"),
          row("UK", 2020, 3), row("US", 560, 2)),
      // Completed orders of 2024: Electronics in orders 1, 2, 4, 5 (500 + 1000 + 500 + 500), Books in orders 2 and 6
      // (20 + 60); at least 100 leaves Electronics. Every toy order is of January 2024.
      scenario("named query v3.revenue_by_category_in_year, bound by name",
          layer -> layer.named("v3.revenue_by_category_in_year").bind("year", 2024).bind("status", "completed")
              .bind("min_revenue", 0.0).fetch(),
          List.of("v3.product.category", "v3.total_revenue", "v3.order_count"),
          row("Electronics", 2500, 4), row("Books", 80, 2)),
      scenario("named query v3.revenue_by_category_in_year, other values",
          layer -> layer.named("v3.revenue_by_category_in_year").bind("year", 2024).bind("status", "completed")
              .bind("min_revenue", 100.0).fetch(),
          List.of("v3.product.category", "v3.total_revenue", "v3.order_count"),
          row("Electronics", 2500, 4)),
      scenario("named query v3.revenue_by_category_in_year, a year without orders",
          layer -> layer.named("v3.revenue_by_category_in_year").bind("year", 2023).bind("status", "completed")
              .bind("min_revenue", 0.0).fetch(),
          List.of("v3.product.category", "v3.total_revenue", "v3.order_count")));

  /** The catalog's method for the tile: the parameters are its arguments, the rows its records. */
  @ParameterizedTest
  @MethodSource("dialects")
  void theCatalogMethodOfATileWithParameters(Dialect dialect) {
    StoreCatalog store = StoreCatalog.using(LAYERS.get(dialect));
    assertEquals(List.of(new StoreCatalog.RevenueByCategoryInYearRow("Electronics", 2500.0, 4L)),
        store.revenueByCategoryInYear(2024, "completed", 100.0));
    assertEquals(List.of(new StoreCatalog.RevenueByCategoryInYearRow("Electronics", 500.0, 1L)),
        store.revenueByCategoryInYear(2024, "pending", 0.0));
  }

  static Stream<Dialect> dialects() {
    return LAYERS.keySet().stream();
  }

  static Stream<Arguments> scenarios() {
    return LAYERS.keySet().stream().flatMap(d -> SCENARIOS.stream().map(s -> Arguments.of(d, s)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("scenarios")
  void scenario(Dialect dialect, Scenario scenario) {
    Result result = scenario.query().apply(LAYERS.get(dialect));
    assertEquals(scenario.columns(), result.columns().stream().map(ResultColumn::name).toList(), "columns");
    List<List<Object>> actual = result.rows().stream().map(Row::values).toList();
    if (actual.size() != scenario.rows().size()) {
      fail("expected rows " + scenario.rows() + " but got " + actual);
    }
    for (int r = 0; r < actual.size(); r++) {
      for (int c = 0; c < scenario.columns().size(); c++) {
        if (!matches(scenario.rows().get(r).get(c), actual.get(r).get(c))) {
          fail("row " + r + ", " + scenario.columns().get(c) + ": expected rows " + scenario.rows() + " but got "
              + actual);
        }
      }
    }
  }

  private static boolean matches(Object expected, Object actual) {
    if (expected instanceof Number e && actual instanceof Number a) {
      double x = e.doubleValue();
      double y = a.doubleValue();
      return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
    }
    return Objects.equals(expected, actual);
  }
}
