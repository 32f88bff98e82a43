package dev.grainline.runtime.tenants;

import static dev.grainline.runtime.tenants.TenantOracle.ACCOUNT_ID;
import static dev.grainline.runtime.tenants.TenantOracle.CATEGORY;
import static dev.grainline.runtime.tenants.TenantOracle.COUNTRY;
import static dev.grainline.runtime.tenants.TenantOracle.CUSTOMER_ID;
import static dev.grainline.runtime.tenants.TenantOracle.MONTH;
import static dev.grainline.runtime.tenants.TenantOracle.ORDER_METRICS;
import static dev.grainline.runtime.tenants.TenantOracle.PLAN;
import static dev.grainline.runtime.tenants.TenantOracle.VISIT_COUNT;
import static dev.grainline.runtime.tenants.TenantOracle.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.grainline.QueryException;
import dev.grainline.runtime.CompiledModel;
import dev.grainline.runtime.Databases;
import dev.grainline.runtime.Dialect;
import dev.grainline.runtime.Explanation;
import dev.grainline.runtime.MetricQuery;
import dev.grainline.runtime.Row;
import dev.grainline.runtime.SemanticLayer;
import dev.grainline.runtime.TextQuery;
import dev.grainline.runtime.shop.ShopFixture;
import dev.grainline.runtime.tenants.TenantOracle.Filter;
import dev.grainline.runtime.tenants.TenantOracle.Query;
import dev.grainline.testing.TestTrino;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Tenant-bound queries read one tenant's rows only, on every engine: random queries (metrics of one fact or both,
 * by dimensions of the tenant's customers and accounts and of shared products, with and without a filter) bound to
 * each tenant equal the oracle over that tenant's rows, and the all-tenants view equals the oracle over every row.
 * Customer ids repeat in every account, so a read that let another tenant's rows in would change a number; the
 * property also checks that tenants' answers differ, so the data can tell. Then the rules around binding: a
 * required tenant, a bound layer that cannot be rebound, a value of the key's type, one plan for every tenant, the
 * restriction inside every read of a scoped table.
 */
class TenantQueryTest {
  static final CompiledModel MODEL = TenantModel.MODEL;
  private static final String SCHEMA = "mt";
  private static final TenantData DATA = new TenantData(20261204L);
  private static final TenantOracle ORACLE = new TenantOracle(DATA);
  private static final int QUERIES = 40;

  /** Each engine, aggregating directly and rolling partials up; Trino when this JVM runs it. */
  private static Map<String, SemanticLayer> layers() {
    Map<String, SemanticLayer> layers = new LinkedHashMap<>();
    DataSource postgres = Databases.loadedPostgres(SCHEMA,
        DATA.statements(SCHEMA, List.of("DROP SCHEMA IF EXISTS mt CASCADE", "CREATE SCHEMA mt")));
    DataSource duckdb = Databases.loaded(Databases.duckdb(), DATA.statements(SCHEMA, List.of("CREATE SCHEMA mt")));
    for (boolean rollUp : List.of(false, true)) {
      String suffix = rollUp ? " rolled up" : "";
      layers.put("postgres" + suffix, SemanticLayer.builder(MODEL).dataSource(postgres).rollUpPartials(rollUp).build());
      layers.put("duckdb" + suffix, SemanticLayer.builder(MODEL).dataSource(duckdb).rollUpPartials(rollUp).build());
    }
    TestTrino.url().ifPresent(url -> {
      String schema = TestTrino.CATALOG + ".mt_tenants";
      List<String> setUp = new ArrayList<>(List.of("CREATE SCHEMA IF NOT EXISTS " + schema));
      TenantData.TABLES.forEach(t -> setUp.add("DROP TABLE IF EXISTS " + schema + "." + t));
      DataSource trino = Databases.loaded(Databases.trino().orElseThrow(), DATA.statements(schema, setUp));
      layers.put("trino", SemanticLayer.builder(MODEL).dataSource(trino).mapSchema(SCHEMA, schema).build());
    });
    return layers;
  }

  private static final Map<String, SemanticLayer> LAYERS = layers();

  /** Random queries: metrics of orders, of visits or both, by dimensions both reach, filtered or not. */
  private static List<Query> queries(long seed, boolean withCustomerIds) {
    Random random = new Random(seed);
    List<Query> queries = new ArrayList<>();
    for (int i = 0; i < QUERIES; i++) {
      List<String> metrics = new ArrayList<>();
      int facts = random.nextInt(3);
      if (facts != 1) {
        ORDER_METRICS.stream().filter(m -> random.nextBoolean()).forEach(metrics::add);
        if (metrics.isEmpty()) {
          metrics.add(ORDER_METRICS.get(random.nextInt(ORDER_METRICS.size())));
        }
      }
      if (facts != 0) {
        metrics.add(VISIT_COUNT);
      }
      List<String> reachable = new ArrayList<>(List.of(COUNTRY, PLAN));
      if (withCustomerIds) {
        reachable.add(CUSTOMER_ID);
      }
      if (facts == 0) {
        reachable.addAll(List.of(CATEGORY, MONTH));
      }
      List<String> dimensions = reachable.stream().filter(d -> random.nextInt(3) == 0).toList();
      Optional<Filter> filter = switch (random.nextInt(5)) {
        case 0 -> Optional.of(new Filter(COUNTRY, "DE"));
        case 1 -> Optional.of(new Filter(COUNTRY, null));
        case 2 -> Optional.of(new Filter(PLAN, "pro"));
        default -> Optional.empty();
      };
      queries.add(new Query(metrics, dimensions, filter));
    }
    return queries;
  }

  private static TextQuery text(SemanticLayer layer, Query query) {
    TextQuery text = layer.textQuery(query.metrics()).by(query.dimensions());
    return query.filter().map(f -> text.where(f.text())).orElse(text);
  }

  /** Every third query also in a time zone: its scans are then read through a CTE, which must keep the tenant. */
  private static MetricQuery query(SemanticLayer layer, Query query, int index) {
    TextQuery text = text(layer, query);
    return index % 3 == 0 ? text.inTimeZone(java.time.ZoneId.of("Asia/Kolkata")) : text;
  }

  private static List<List<Object>> rows(MetricQuery query) {
    return sorted(query.fetch().rows().stream().map(Row::values).toList());
  }

  @TestFactory
  Stream<DynamicTest> queriesBoundToATenantEqualTheOracleOverItsRows() {
    List<DynamicTest> tests = new ArrayList<>();
    List<Query> queries = queries(11L, true);
    LAYERS.forEach((engine, layer) -> tests.add(dynamicTest(engine, () -> {
      int differing = 0;
      // Trino, the slowest to start a query, runs every other one: each kind of query still runs there.
      int step = engine.equals("trino") ? 2 : 1;
      for (int i = 0; i < queries.size(); i += step) {
        Query query = queries.get(i);
        List<List<Object>> previous = null;
        boolean differs = false;
        for (int tenant : TenantData.TENANTS) {
          List<List<Object>> expected = sorted(ORACLE.rows(query, Optional.of(tenant)));
          assertEquals(expected, rows(query(layer.forTenant(tenant), query, i)), "tenant " + tenant + ": " + query);
          differs |= previous != null && !previous.equals(expected);
          previous = expected;
        }
        differing += differs ? 1 : 0;
      }
      // The tenants' data differ enough that most queries answer differently per tenant: a leak would show.
      assertTrue(differing > QUERIES / step / 2, differing + " of " + QUERIES / step + " queries differ between tenants");
    })));
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> theAllTenantsViewEqualsTheOracleOverEveryRow() {
    List<DynamicTest> tests = new ArrayList<>();
    LAYERS.forEach((engine, layer) -> tests.add(dynamicTest(engine, () -> {
      for (Query query : queries(12L, false)) {
        assertEquals(sorted(ORACLE.rows(query, Optional.empty())), rows(text(layer.allTenants(), query)),
            query.toString());
      }
      // Customer ids repeat across tenants: by customer id, every tenant's view needs a tenant column beside it.
      Query byCustomer = new Query(List.of("mt.revenue", VISIT_COUNT), List.of(ACCOUNT_ID, CUSTOMER_ID),
          Optional.empty());
      assertEquals(sorted(ORACLE.rows(byCustomer, Optional.empty())), rows(text(layer.allTenants(), byCustomer)));
    })));
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> windowsAndNamedQueriesOfATenantReadItsRowsOnly() {
    List<DynamicTest> tests = new ArrayList<>();
    List<Query> windows = List.of(
        new Query(List.of(TenantOracle.REVENUE_2M), List.of(MONTH), Optional.empty()),
        new Query(List.of("mt.revenue", TenantOracle.REVENUE_2M), List.of(MONTH, COUNTRY), Optional.empty()),
        new Query(List.of(TenantOracle.REVENUE_2M), List.of(PLAN, MONTH), Optional.of(new Filter(COUNTRY, "DE"))));
    Query named = new Query(List.of("mt.revenue"), List.of(COUNTRY), Optional.empty());
    LAYERS.forEach((engine, layer) -> tests.add(dynamicTest(engine, () -> {
      for (int tenant : TenantData.TENANTS) {
        for (Query query : windows) {
          assertEquals(sorted(ORACLE.rows(query, Optional.of(tenant))), rows(text(layer.forTenant(tenant), query)),
              "tenant " + tenant + ": " + query);
        }
        assertEquals(sorted(ORACLE.rows(named, Optional.of(tenant))),
            rows(layer.forTenant(tenant).named("mt.revenue_by_country")), "tenant " + tenant);
      }
    })));
    return tests.stream();
  }

  @Test
  void aQueryThatNamesNoTenantIsRefused() {
    SemanticLayer layer = LAYERS.get("postgres");
    QueryException refused = assertThrows(QueryException.class, () -> layer.textQuery("mt.revenue").fetch());
    assertEquals("GrainlineTenantRequired", refused.id());
    assertTrue(refused.getMessage().contains("this model's queries are per tenant (tenant key account_id): query"
        + " through forTenant(account_id) or, for every tenant's rows, allTenants()"), refused.getMessage());
    // Rendering its SQL is refused alike: nothing of an unbound query is produced.
    assertEquals("GrainlineTenantRequired",
        assertThrows(QueryException.class, () -> layer.textQuery("mt.revenue").sql()).id());
  }

  @Test
  void aBoundLayerCannotBeRebound() {
    SemanticLayer bound = LAYERS.get("duckdb").forTenant(1);
    QueryException rebound = assertThrows(QueryException.class, () -> bound.forTenant(2));
    assertEquals("GrainlineTenantRebind", rebound.id());
    assertTrue(rebound.getMessage().contains("forTenant(): this layer is bound to tenant 1"), rebound.getMessage());
    assertEquals("GrainlineTenantRebind",
        assertThrows(QueryException.class, () -> LAYERS.get("duckdb").allTenants().forTenant(2)).id());
    assertEquals("GrainlineTenantRebind", assertThrows(QueryException.class, bound::allTenants).id());
  }

  @Test
  void aTenantIsAValueOfTheKeysType() {
    SemanticLayer layer = LAYERS.get("duckdb");
    QueryException wrong = assertThrows(QueryException.class, () -> layer.forTenant("1"));
    assertEquals("GrainlineTenantValue", wrong.id());
    assertTrue(wrong.getMessage().contains("forTenant(1): tenant key account_id holds Integer values, so a tenant is"
        + " an Integer, not a String"), wrong.getMessage());
    assertEquals("GrainlineTenantValue", assertThrows(QueryException.class, () -> layer.forTenant(1L)).id());
    assertEquals("GrainlineInvalidValue", assertThrows(QueryException.class, () -> layer.forTenant(null)).id());
  }

  @Test
  void aModelWithoutATenantKeyHasNoTenantToBind() {
    SemanticLayer shop = SemanticLayer.offline(ShopFixture.MODEL, Dialect.POSTGRES);
    assertEquals("GrainlineTenantNone", assertThrows(QueryException.class, () -> shop.forTenant(1)).id());
    assertEquals("GrainlineTenantNone", assertThrows(QueryException.class, shop::allTenants).id());
  }

  @Test
  void everyTenantsViewGroupedByACustomerIdNeedsATenantColumn() {
    SemanticLayer all = LAYERS.get("postgres").allTenants();
    QueryException merged = assertThrows(QueryException.class,
        () -> all.textQuery("mt.revenue").by(COUNTRY, CUSTOMER_ID).fetch());
    assertEquals("GrainlineTenantGrain", merged.id());
    assertTrue(merged.getMessage().contains("an all-tenants query groups by mt.customer.customer_id, whose values"
        + " repeat across tenants: group by a tenant column too (mt.account.account_id or mt.customer.account_id)"),
        merged.getMessage());
    assertEquals("dimensions", merged.errors().get(0).position().orElseThrow().part());
    // One tenant's customers do not merge: the bound query may group by the id alone.
    assertEquals(sorted(ORACLE.rows(new Query(List.of("mt.revenue"), List.of(CUSTOMER_ID), Optional.empty()),
        Optional.of(2))), rows(LAYERS.get("postgres").forTenant(2).textQuery("mt.revenue").by(CUSTOMER_ID)));
  }

  @Test
  void everyTenantSharesOnePlanAndTheTenantIsABindValue() {
    SemanticLayer layer = SemanticLayer.offline(MODEL, Dialect.POSTGRES);
    List<String> sql = new ArrayList<>();
    for (int tenant : TenantData.TENANTS) {
      MetricQuery query = layer.forTenant(tenant).textQuery("mt.revenue", VISIT_COUNT).by(COUNTRY);
      sql.add(query.sql());
      assertTrue(query.bindValues().contains(tenant), query.bindValues().toString());
      assertTrue(query.bindValues().stream().allMatch(v -> v.equals(tenant)), query.bindValues().toString());
    }
    assertEquals(1, sql.stream().distinct().count(), sql.toString());
    assertEquals(1, layer.planStats().planned(), "one plan for the three tenants' queries");
    assertTrue(!sql.get(0).contains("'1'") && !sql.get(0).contains("= 1"), sql.get(0));
  }

  @Test
  void everyReadOfATenantScopedTableIsRestrictedInsideIt() {
    SemanticLayer layer = SemanticLayer.offline(MODEL, Dialect.POSTGRES);
    MetricQuery query = layer.forTenant(3).textQuery("mt.revenue", VISIT_COUNT).by(COUNTRY, PLAN);
    Explanation plan = query.explain();
    assertEquals(2, plan.grainGroups().size());
    for (Explanation.GrainGroup group : plan.grainGroups()) {
      assertEquals("tenant: " + (group.entity().equals("mt.orders") ? "orders" : "visits") + ".account_id = ?"
          + " (bound)", group.filters().get(0), group.toString());
      assertTrue(group.joins().stream().allMatch(j -> j.endsWith(" restricted to the tenant")), group.joins()
          .toString());
    }
    // orders and visits in their scans, their customers and accounts in the joins' ONs: six restrictions
    String sql = query.sql();
    assertEquals(6, count(sql, "\"account_id\" = ?"), sql);
    // a shared table is not restricted: it has no tenant column
    MetricQuery byCategory = layer.forTenant(3).textQuery("mt.revenue").by(CATEGORY);
    assertEquals(1, count(byCategory.sql(), "\"account_id\" = ?"), byCategory.sql());
    assertTrue(byCategory.explain().grainGroups().get(0).joins().stream().noneMatch(j -> j.contains("restricted")));
  }

  /**
   * Queries of distinct counts of one key alone (one column under two filters; a composite customer key), which
   * DistinctKeyRule computes by one grouping per grain and key: bound to each tenant and over every tenant, they
   * equal the oracle, and the grouping reads the tenant's restricted rows, its joins restricted too.
   */
  @TestFactory
  Stream<DynamicTest> distinctCountsOfOneKeyCountedInOnePassKeepTheTenant() {
    List<List<String>> metrics = List.of(List.of("mt.products_sold", "mt.big_products_sold"), List.of("mt.buyers"));
    List<Query> queries = new ArrayList<>();
    for (List<String> counted : metrics) {
      queries.add(new Query(counted, List.of(), Optional.empty()));
      queries.add(new Query(counted, List.of(COUNTRY, CATEGORY), Optional.empty()));
      queries.add(new Query(counted, List.of(PLAN, MONTH), Optional.of(new Filter(COUNTRY, "DE"))));
      queries.add(new Query(counted, List.of(CUSTOMER_ID), Optional.of(new Filter(COUNTRY, null))));
    }
    List<DynamicTest> tests = new ArrayList<>();
    LAYERS.forEach((engine, layer) -> tests.add(dynamicTest(engine, () -> {
      for (Query query : queries) {
        for (int tenant : TenantData.TENANTS) {
          MetricQuery bound = text(layer.forTenant(tenant), query);
          assertEquals(sorted(ORACLE.rows(query, Optional.of(tenant))), rows(bound), "tenant " + tenant + ": "
              + query);
          Explanation.GrainGroup group = bound.explain().grainGroups().get(0);
          assertEquals(!engine.endsWith("rolled up"), group.name().contains("(distinct keys counted in one pass)"),
              engine + ": " + group);
          assertTrue(group.filters().get(0).startsWith("tenant: "), engine + ": " + group);
          group.joins().stream().filter(j -> !j.contains("mt.product"))
              .forEach(j -> assertTrue(j.endsWith(" restricted to the tenant"), engine + ": " + group));
        }
        if (!query.dimensions().contains(CUSTOMER_ID)) {
          assertEquals(sorted(ORACLE.rows(query, Optional.empty())), rows(text(layer.allTenants(), query)),
              engine + ", every tenant: " + query);
        }
      }
    })));
    return tests.stream();
  }

  /**
   * The invariant behind the oracle tests, for every random query's plan, aggregating directly and rolling up, in
   * every dialect: each grain group reads its fact restricted to the tenant, and each join to a tenant-scoped
   * dimension (every one but the shared products) is restricted too.
   */
  @Test
  void everyPlanRestrictsEveryReadOfATenantScopedTable() {
    for (Dialect dialect : Dialect.values()) {
      for (boolean rollUp : List.of(false, true)) {
        SemanticLayer layer = SemanticLayer.builder(MODEL).dialect(dialect).rollUpPartials(rollUp).build()
            .forTenant(2);
        for (Query query : queries(13L, true)) {
          for (Explanation.GrainGroup group : text(layer, query).explain().grainGroups()) {
            String where = dialect + (rollUp ? " rolled up: " : ": ") + query + ": " + group;
            assertTrue(group.filters().get(0).startsWith("tenant: "), where);
            for (String join : group.joins()) {
              assertEquals(!join.contains("mt.product"), join.endsWith(" restricted to the tenant"), where);
            }
          }
        }
      }
    }
  }

  /**
   * Attributes derived from orders (a customer's lifetime order count and first order month), bound to each tenant and
   * for every tenant, equal a Java computation over all the customer's orders: the derived attributes' CTE reads the
   * tenant's rows only, restricted inside it, and is keyed by (account_id, customer_id), so no value mixes accounts.
   */
  @TestFactory
  Stream<DynamicTest> derivedAttributesAreEachCustomersOwnInEveryTenantScope() {
    List<DynamicTest> tests = new ArrayList<>();
    String lifetime = "mt.customer.lifetime_orders";
    String firstMonth = "mt.customer.first_order_month";
    LAYERS.forEach((engine, layer) -> tests.add(dynamicTest(engine, () -> {
      List<Optional<Integer>> scopes = new ArrayList<>();
      TenantData.TENANTS.forEach(t -> scopes.add(Optional.of(t)));
      scopes.add(Optional.empty());
      for (Optional<Integer> tenant : scopes) {
        SemanticLayer scoped = tenant.map(layer::forTenant).orElseGet(layer::allTenants);
        MetricQuery query = scoped.textQuery("mt.revenue", VISIT_COUNT).by(lifetime, firstMonth);
        assertEquals(derivedOracle(tenant), rows(query), engine + ", tenant " + tenant + ": " + query.sql());
      }
    })));
    return tests.stream();
  }

  @Test
  void theDerivedAttributesCteOfABoundQueryReadsTheTenantsRowsOnly() {
    String sql = SemanticLayer.offline(MODEL, Dialect.POSTGRES).forTenant(2).textQuery(VISIT_COUNT)
        .by("mt.customer.first_order_month").sql();
    int start = sql.indexOf("\"ea_customer\" as (");
    String cte = sql.substring(start, sql.indexOf("\n  ),", start));
    assertEquals(1, count(cte, "\"orders\".\"account_id\" = ?"), sql);
    assertTrue(cte.contains("group by \"orders\".\"account_id\", \"orders\".\"customer_id\""), sql);
  }

  /** Revenue and visits by each row's customer's lifetime order count and first order month, in plain Java. */
  private static List<List<Object>> derivedOracle(Optional<Integer> tenant) {
    Map<List<Integer>, List<TenantData.OrderRow>> byCustomer = new LinkedHashMap<>();
    DATA.orders.forEach(o -> byCustomer.computeIfAbsent(List.of(o.accountId(), o.customerId()),
        k -> new ArrayList<>()).add(o));
    java.util.function.Function<List<Integer>, List<Object>> key = customer -> {
      List<TenantData.OrderRow> orders = byCustomer.getOrDefault(customer, List.of());
      List<Object> values = new ArrayList<>();
      values.add((long) orders.size());
      values.add(orders.stream().map(TenantData.OrderRow::orderedOn).min(java.util.Comparator.naturalOrder())
          .map(d -> d.withDayOfMonth(1)).orElse(null));
      return values;
    };
    Map<List<Object>, Long[]> groups = new LinkedHashMap<>();
    for (TenantData.OrderRow order : DATA.orders) {
      if (tenant.isEmpty() || tenant.get() == order.accountId()) {
        Long[] values = groups.computeIfAbsent(key.apply(List.of(order.accountId(), order.customerId())),
            k -> new Long[] {null, 0L});
        if (order.amount() != null) {
          values[0] = values[0] == null ? order.amount() : values[0] + order.amount();
        }
      }
    }
    for (TenantData.VisitRow visit : DATA.visits) {
      if (tenant.isEmpty() || tenant.get() == visit.accountId()) {
        groups.computeIfAbsent(key.apply(List.of(visit.accountId(), visit.customerId())),
            k -> new Long[] {null, 0L})[1]++;
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    groups.forEach((k, values) -> {
      List<Object> row = new ArrayList<>(k);
      row.add(values[0]);
      row.add(values[1]);
      rows.add(row);
    });
    return sorted(rows);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
