package dev.grainline.runtime.derived;

import static dev.grainline.runtime.derived.DerivedOracle.COUNTRY;
import static dev.grainline.runtime.derived.DerivedOracle.FIRST_ORDER_MONTH;
import static dev.grainline.runtime.derived.DerivedOracle.LIFETIME_ORDERS;
import static dev.grainline.runtime.derived.DerivedOracle.ORDER_COUNT;
import static dev.grainline.runtime.derived.DerivedOracle.PAID_REVENUE;
import static dev.grainline.runtime.derived.DerivedOracle.REPEAT_REVENUE;
import static dev.grainline.runtime.derived.DerivedOracle.REVENUE;
import static dev.grainline.runtime.derived.DerivedOracle.VISIT_COUNT;
import static dev.grainline.runtime.derived.DerivedOracle.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.grainline.runtime.CompiledModel;
import dev.grainline.runtime.Databases;
import dev.grainline.runtime.Explanation;
import dev.grainline.runtime.MetricQuery;
import dev.grainline.runtime.Row;
import dev.grainline.runtime.SemanticLayer;
import dev.grainline.runtime.TextQuery;
import dev.grainline.runtime.derived.DerivedOracle.Query;
import dev.grainline.testing.TestTrino;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Attributes derived from a fact per entity ({@code perEntity}), on every engine and both evaluations, against
 * {@link DerivedOracle}: a customer's lifetime order count, first order month and paid revenue as dimensions, in
 * filters and in a measure's filter; a filter on another attribute that keeps some orders must not change them
 * (they are per customer, from all its orders); a second fact (visits) grouped by them, alone and beside orders,
 * and by a cohort offset anchored on one (months from the customer's first order month to the visit's).
 */
class DerivedAttributeTest {
  static final CompiledModel MODEL = CompiledModel.ofClasses("DerivedCatalog", "dv", Customer.class, Orders.class,
      Visits.class, RepeatMetrics.class);
  private static final String SCHEMA = "dv";

  private static Map<String, SemanticLayer> layers() {
    Map<String, SemanticLayer> layers = new LinkedHashMap<>();
    DataSource postgres = Databases.loadedPostgres(SCHEMA,
        DerivedOracle.statements(SCHEMA, List.of("DROP SCHEMA IF EXISTS dv CASCADE", "CREATE SCHEMA dv")));
    DataSource duckdb = Databases.loaded(Databases.duckdb(),
        DerivedOracle.statements(SCHEMA, List.of("CREATE SCHEMA dv")));
    Databases.layers(MODEL, postgres, duckdb)
        .forEach(arguments -> layers.put((String) arguments.get()[0], (SemanticLayer) arguments.get()[1]));
    TestTrino.url().ifPresent(url -> {
      String schema = TestTrino.CATALOG + ".dv_derived";
      List<String> setUp = new ArrayList<>(List.of("CREATE SCHEMA IF NOT EXISTS " + schema));
      DerivedOracle.TABLES.forEach(t -> setUp.add("DROP TABLE IF EXISTS " + schema + "." + t));
      DataSource trino = Databases.loaded(Databases.trino().orElseThrow(), DerivedOracle.statements(schema, setUp));
      layers.put("trino", SemanticLayer.builder(MODEL).dataSource(trino).mapSchema(SCHEMA, schema).build());
    });
    return layers;
  }

  private static final Map<String, SemanticLayer> LAYERS = layers();

  private static final List<Query> QUERIES = List.of(
      query(List.of(REVENUE, ORDER_COUNT), List.of(LIFETIME_ORDERS)),
      query(List.of(REVENUE), List.of(FIRST_ORDER_MONTH)),
      query(List.of(ORDER_COUNT), List.of(PAID_REVENUE, COUNTRY)),
      query(List.of(REVENUE, ORDER_COUNT), List.of(COUNTRY), LIFETIME_ORDERS + " >= 2",
          row -> lifetime(row) != null && lifetime(row) >= 2),
      query(List.of(REVENUE), List.of(COUNTRY), FIRST_ORDER_MONTH + " = DATE '2024-02-01'",
          row -> LocalDate.of(2024, 2, 1).equals(DerivedOracle.attribute(FIRST_ORDER_MONTH, row.customer()))),
      // Keeps some orders: the derived values stay those of all the customers' orders.
      query(List.of(ORDER_COUNT, REVENUE), List.of(LIFETIME_ORDERS, FIRST_ORDER_MONTH),
          DerivedOracle.STATUS + " = 'paid'", row -> row.order().orElseThrow().status().equals("paid")),
      query(List.of(REVENUE), List.of(PAID_REVENUE), DerivedOracle.STATUS + " = 'open'",
          row -> row.order().orElseThrow().status().equals("open")),
      query(List.of(REPEAT_REVENUE, REVENUE), List.of(COUNTRY)),
      // A second fact by the attributes derived from the first, alone and beside it.
      query(List.of(VISIT_COUNT), List.of(LIFETIME_ORDERS)),
      query(List.of(VISIT_COUNT), List.of(COUNTRY, LIFETIME_ORDERS), LIFETIME_ORDERS + " = 0",
          row -> Long.valueOf(0).equals(lifetime(row))),
      query(List.of(REVENUE, VISIT_COUNT), List.of(FIRST_ORDER_MONTH)),
      // A cohort offset anchored on a derived attribute: the visit's month from the customer's first order month.
      query(List.of(VISIT_COUNT), List.of(DerivedOracle.MONTHS_SINCE_FIRST_ORDER, FIRST_ORDER_MONTH)),
      query(List.of(VISIT_COUNT), List.of(DerivedOracle.MONTHS_SINCE_FIRST_ORDER),
          COUNTRY + " = 'DE'",
          row -> "DE".equals(DerivedOracle.attribute(COUNTRY, row.customer()))),
      query(List.of(VISIT_COUNT, ORDER_COUNT), List.of(LIFETIME_ORDERS, COUNTRY), FIRST_ORDER_MONTH
          + " < DATE '2024-03-01'", row -> {
            Object month = DerivedOracle.attribute(FIRST_ORDER_MONTH, row.customer());
            return month != null && ((LocalDate) month).isBefore(LocalDate.of(2024, 3, 1));
          }));

  private static Long lifetime(DerivedOracle.FactRow row) {
    return (Long) DerivedOracle.attribute(LIFETIME_ORDERS, row.customer());
  }

  private static TextQuery text(SemanticLayer layer, Query query) {
    TextQuery text = layer.textQuery(query.metrics()).by(query.dimensions());
    return query.where().map(text::where).orElse(text);
  }

  private static List<List<Object>> rows(MetricQuery query) {
    return DerivedOracle.sorted(query.fetch().rows().stream().map(Row::values).toList());
  }

  @TestFactory
  Stream<DynamicTest> derivedAttributesEqualTheOracle() {
    List<DynamicTest> tests = new ArrayList<>();
    LAYERS.forEach((engine, layer) -> {
      for (Query query : QUERIES) {
        tests.add(dynamicTest(engine + ": " + query,
            () -> assertEquals(DerivedOracle.rows(query), rows(text(layer, query)), text(layer, query).sql())));
      }
    });
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> aFilterOnOrdersLeavesTheDerivedValuesAlone() {
    // Customer 2 has three orders, one of them open: filtered to paid orders, it shows two orders and three in all.
    String customerId = "dv.customer.customer_id";
    return LAYERS.entrySet().stream().map(entry -> dynamicTest(entry.getKey(), () -> {
      List<List<Object>> rows = rows(entry.getValue().textQuery(ORDER_COUNT).by(customerId, LIFETIME_ORDERS,
          FIRST_ORDER_MONTH).where(DerivedOracle.STATUS + " = 'paid' and " + customerId + " = 2"));
      assertEquals(List.of(List.of(2, 3L, LocalDate.of(2024, 2, 1), 2L)), rows);
    }));
  }

  @TestFactory
  Stream<DynamicTest> aQueryInATimeZoneReadsTheDerivedValuesThroughItsScansCte() {
    // A time zone makes each scan a CTE of its own (SharedScan), which projects the derived attributes' columns.
    Query byMonth = query(List.of(REVENUE, VISIT_COUNT), List.of(FIRST_ORDER_MONTH, LIFETIME_ORDERS));
    return LAYERS.entrySet().stream().map(entry -> dynamicTest(entry.getKey(), () -> {
      MetricQuery query = text(entry.getValue(), byMonth).inTimeZone(java.time.ZoneId.of("Europe/Berlin"));
      assertEquals(DerivedOracle.rows(byMonth), rows(query), query.sql());
    }));
  }

  @Test
  void theCteIsComputedOnceFromTheUnfilteredFactAndJoinedOnTheLinkColumns() {
    TextQuery query = LAYERS.get("postgres").textQuery(REVENUE, VISIT_COUNT).by(FIRST_ORDER_MONTH, LIFETIME_ORDERS)
        .where(COUNTRY + " = 'DE'");
    String sql = query.sql();
    assertEquals(1, count(sql, "\"ea_customer\" as ("), sql);
    assertEquals(2, count(sql, "left outer join \"ea_customer\""), sql);
    Explanation plan = query.explain();
    assertEquals(2, plan.grainGroups().size(), plan.render());
    for (Explanation.GrainGroup group : plan.grainGroups()) {
      assertTrue(group.joins().stream().anyMatch(j -> j.startsWith("derived attributes ea_customer of dv.customer"
          + " from dv.orders by k_customer_id: c0 = ")), plan.render());
    }
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
