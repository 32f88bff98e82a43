package dev.grainline.runtime.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.grainline.runtime.CompiledModel;
import dev.grainline.runtime.Dialect;
import dev.grainline.runtime.Explanation;
import dev.grainline.runtime.MetricQuery;
import dev.grainline.runtime.SemanticLayer;
import dev.grainline.runtime.clicks.ClicksFixture;
import dev.grainline.runtime.golden.Calendar;
import dev.grainline.runtime.golden.GoldenMetrics;
import dev.grainline.runtime.golden.Orders;
import dev.grainline.runtime.golden.Stock;
import dev.grainline.runtime.golden.Product;
import dev.grainline.runtime.golden.Visits;
import dev.grainline.runtime.members.MembersModel;
import dev.grainline.runtime.shop.ShopFixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SQL of a representative set of queries, per dialect, and their explanations, compared exactly with the files
 * under {@code src/test/resources/golden/<query>/}: a change to the generated SQL shows as a diff to review, without
 * a database. Rerun with {@code -Dgrainline.updateGoldens=true} to rewrite them from the current output.
 */
class PlanGoldenTest {
  private static final CompiledModel GOLDEN = CompiledModel.ofClasses("GoldenCatalog", "golden",
      Calendar.class, Product.class, Orders.class, Visits.class, Stock.class, GoldenMetrics.class);
  private static final boolean UPDATE = Boolean.getBoolean("grainline.updateGoldens");

  /** One query of the set: on which model, rolled up or not, built on a layer of either dialect. */
  record Case(String name, CompiledModel model, boolean rolledUp, Function<SemanticLayer, MetricQuery> query) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    CompiledModel shop = ShopFixture.MODEL;
    CompiledModel clicks = ClicksFixture.MODEL;
    CompiledModel json = CompiledModel.ofClasses("JsonCatalog", "json", dev.grainline.runtime.json.Docs.class,
        dev.grainline.runtime.json.BadDocs.class, dev.grainline.runtime.json.Owners.class);
    CompiledModel instants = CompiledModel.ofClasses("InstantsCatalog", "instants",
        dev.grainline.runtime.instants.Events.class, dev.grainline.runtime.instants.Users.class);
    CompiledModel derived = CompiledModel.ofClasses("DerivedCatalog", "dv", dev.grainline.runtime.derived.Customer.class,
        dev.grainline.runtime.derived.Orders.class, dev.grainline.runtime.derived.Visits.class,
        dev.grainline.runtime.derived.RepeatMetrics.class);
    CompiledModel tenants = CompiledModel.ofClasses("TenantCatalog", "mt", dev.grainline.runtime.tenants.Account.class,
        dev.grainline.runtime.tenants.Customer.class, dev.grainline.runtime.tenants.Product.class,
        dev.grainline.runtime.tenants.Orders.class, dev.grainline.runtime.tenants.Visits.class);
    return Stream.of(
        new Case("one_fact", shop, false, l -> l.textQuery("shop.revenue", "shop.sales").by("shop.region.name")),
        new Case("no_dimensions", shop, false, l -> l.textQuery("shop.revenue", "shop.visits")),
        new Case("derived_cross_fact", shop, false, l -> l.textQuery("shop.sales_per_visit").by("shop.region.name")),
        new Case("cross_fact", shop, false,
            l -> l.textQuery("shop.revenue", "shop.visits").by("shop.day.month", "shop.region.name")),
        new Case("conditional_on_dimension", shop, false,
            l -> l.textQuery("shop.north_revenue", "shop.web_revenue").by("shop.sales.channel")),
        new Case("distinct_counts", shop, false,
            l -> l.textQuery("shop.customers", "shop.web_customers", "shop.visitors").by("shop.region.name")),
        new Case("ordered_picks", shop, false,
            l -> l.textQuery("shop.median_amount", "shop.p90_amount", "shop.biggest_customer")
                .by("shop.region.name")),
        new Case("rollup", shop, true,
            l -> l.textQuery("shop.revenue", "shop.customers", "shop.avg_amount", "shop.amount_variance",
                "shop.visits").by("shop.region.name")),
        new Case("eager_aggregation", shop, false,
            l -> l.textQuery("shop.revenue", "shop.units").by("shop.day.month")
                .where("shop.region.name = 'North' and shop.sales.channel = 'web'")),
        new Case("shared_scan", shop, true,
            l -> l.textQuery("shop.revenue", "shop.median_amount").by("shop.region.name")),
        new Case("having_order_limit_offset", shop, false,
            l -> l.textQuery("shop.revenue", "shop.sales").by("shop.region.name").having("shop.revenue > 5")
                .orderBy("shop.revenue desc").limit(2).offset(1)),
        new Case("filter_only_metric", shop, false,
            l -> l.textQuery("shop.revenue").by("shop.region.name").having("shop.visits > 1")),
        new Case("lag", clicks, false,
            l -> l.textQuery("clicks.amount", "clicks.amount_last_week", "clicks.wow_amount_change")
                .by("clicks.clicks.week")),
        new Case("trailing_distinct", clicks, false,
            l -> l.textQuery("clicks.users_2w").by("clicks.clicks.week", "clicks.clicks.category")),
        new Case("cumulative_to_date", clicks, false,
            l -> l.textQuery("clicks.running_amount", "clicks.amount_mtd").by("clicks.clicks.day")),
        new Case("window_rolled_up", clicks, true,
            l -> l.textQuery("clicks.amount_7d", "clicks.amount_last_week").by("clicks.clicks.day")),
        new Case("gap_fill_series", clicks, false,
            l -> l.textQuery("clicks.amount", "clicks.users_2w").by("clicks.clicks.week", "clicks.clicks.category")
                .fillGaps(LocalDate.of(2023, 12, 18), LocalDate.of(2024, 1, 29))),
        new Case("time_zone", clicks, false,
            l -> l.textQuery("clicks.amount").by("clicks.clicks.month").inTimeZone(ZoneId.of("America/New_York"))),
        new Case("instant_columns", instants, false,
            l -> l.textQuery("instants.event_count", "instants.last_at").by("instants.events.week",
                "instants.user.signup_week")),
        new Case("instant_time_zone", instants, false,
            l -> l.textQuery("instants.event_count", "instants.last_at").by("instants.events.day")
                .inTimeZone(ZoneId.of("America/New_York"))),
        new Case("time_zone_window", clicks, false,
            l -> l.textQuery("clicks.amount", "clicks.amount_last_week").by("clicks.clicks.week")
                .inTimeZone(ZoneId.of("America/New_York"))),
        new Case("nested_window", GOLDEN, false,
            l -> l.textQuery("golden.trailing_7d_revenue", "golden.trailing_7d_week_ago").by("golden.date.date_id")),
        new Case("cross_fact_window", GOLDEN, false,
            l -> l.textQuery("golden.conversion", "golden.conversion_last_month").by("golden.date.month")),
        new Case("window_reads_past_filter", GOLDEN, false,
            l -> l.textQuery("golden.revenue", "golden.revenue_last_week").by("golden.date.week")
                .where("golden.date.year = 2024 and golden.product.category = 'books'")),
        new Case("window_from_group", GOLDEN, true,
            l -> l.textQuery("golden.revenue_last_week", "golden.order_count")
                .by("golden.date.week", "golden.product.category")),
        new Case("gap_fill_calendar", GOLDEN, false,
            l -> l.textQuery("golden.revenue", "golden.running_revenue", "golden.revenue_mtd")
                .by("golden.date.date_id").fillGaps(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31))),
        new Case("snapshots", GOLDEN, false,
            l -> l.textQuery("golden.on_hand", "golden.average_on_hand", "golden.last_day_total", "golden.revenue")
                .by("golden.date.month", "golden.product.category")),
        new Case("snapshot_lag", GOLDEN, false,
            l -> l.textQuery("golden.on_hand", "golden.on_hand_last_month").by("golden.date.date_id")),
        new Case("eager_cross_fact", GOLDEN, false,
            l -> l.textQuery("golden.revenue", "golden.visits").by("golden.date.month")
                .where("golden.date.year = 2024")),
        // Derived attributes: one CTE from all the orders, joined by both facts' scans on their customer links.
        new Case("derived_attributes", derived, false,
            l -> l.textQuery("dv.revenue", "dv.visit_count").by("dv.customer.first_order_month")
                .where("dv.customer.lifetime_orders >= 2")),
        // Bound to a tenant: the CTE reads the tenant's orders only, keyed by the whole (account_id, customer_id).
        new Case("derived_attributes_tenant", tenants, false,
            l -> l.forTenant(2).textQuery("mt.revenue", "mt.visit_count").by("mt.customer.lifetime_orders")),
        new Case("composite_distinct", MembersModel.MODEL, true,
            l -> l.textQuery("members.members", "members.web_members", "members.members_2w")
                .by("members.visits.week")),
        new Case("composite_distinct_one_pass", MembersModel.MODEL, false,
            l -> l.textQuery("members.members", "members.web_members").by("members.visits.week")),
        new Case("json_properties", json, true,
            l -> l.textQuery("json.total_amount", "json.with_amount", "json.median_price").by("json.docs.currency")
                .where("json.docs.paid = true and json.docs.kind = 'good'")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sqlAndExplanationAreTheGoldenOnes(Case golden) {
    String explained = null;
    for (Dialect dialect : Dialect.values()) {
      SemanticLayer layer = SemanticLayer.builder(golden.model()).dialect(dialect).rollUpPartials(golden.rolledUp())
          .build();
      Explanation explanation = golden.query().apply(layer).explain();
      // Every ? of the SQL is a bind value's place: none is an operator (PostgreSQL's jsonb ?) or in a literal.
      assertEquals(explanation.bindValues().size(), explanation.sql().chars().filter(c -> c == '?').count(),
          golden.name() + " on " + dialect + ": a ? that is not a bind value");
      String sql = explanation.sql() + "\n-- bind values: " + explanation.bindValues() + "\n";
      compare(golden.name() + "/" + dialect.name().toLowerCase(java.util.Locale.ROOT) + ".sql", sql);
      String plan = new Explanation(explanation.grainGroups(), explanation.combination(), "", List.of(),
          explanation.warnings()).render().stripTrailing() + "\n";
      // The plan is the same for every dialect; only its rendering differs.
      if (explained != null) {
        assertEquals(explained, plan, golden.name() + ": the explanation differs between dialects");
      }
      explained = plan;
    }
    compare(golden.name() + "/explain.txt", explained);
  }

  private static void compare(String relative, String actual) {
    if (UPDATE) {
      Path file = Path.of("src/test/resources/golden").resolve(relative);
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    try (InputStream in = PlanGoldenTest.class.getClassLoader().getResourceAsStream("golden/" + relative)) {
      assertNotNull(in, "golden file " + relative + " (create it with -Dgrainline.updateGoldens=true)");
      String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(expected, actual, relative + "; if the change is intended, rerun with -Dgrainline.updateGoldens=true");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
