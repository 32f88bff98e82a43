package dev.grainline.examples.differential;

import static dev.grainline.examples.differential.Cond.cmp;
import static dev.grainline.examples.differential.Cond.in;
import static dev.grainline.examples.differential.Cond.notIn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grainline.SqlType;
import dev.grainline.examples.StoreModel;
import dev.grainline.examples.differential.Cond.Op;
import dev.grainline.examples.differential.Differential.Api;
import dev.grainline.examples.differential.EngineFixture.Target;
import dev.grainline.examples.differential.StoreMetric.Fact;
import dev.grainline.examples.differential.StoreOracle.OracleResult;
import dev.grainline.internal.model.MetricDef;
import dev.grainline.runtime.CatalogSupport;
import dev.grainline.runtime.Dialect;
import dev.grainline.runtime.Result;
import dev.grainline.runtime.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every metric of the store model, under every dimension set it can be grouped by, under filters, and under having,
 * order and limit, on PostgreSQL and DuckDB, aggregated directly and rolled up from partials, compared with the
 * oracle over the same sample data.
 */
@Slow
class StoreDifferentialTest {
  @AfterAll
  static void printRunCounts() {
    Differential.printRunCounts("StoreDifferentialTest");
  }

  static final Dim CATEGORY = Dim.of("v3.product.category");
  static final Dim STATUS = Dim.of("v3.order_details.status");
  static final Dim PAGE_TYPE = Dim.of("v3.page_views_enriched.page_type");
  static final Dim YEAR = Dim.of("v3.date.year");
  static final Dim MONTH = Dim.of("v3.date.month");
  static final Dim HOME_COUNTRY = Dim.of("v3.location.country", "customer", "home");
  static final Dim CUSTOMER_NAME = Dim.of("v3.customer.name");
  static final Dim REGISTRATION_QUARTER = Dim.of("v3.date.quarter", "customer", "registration");
  static final Dim FROM_CITY = Dim.of("v3.location.city", "from");
  static final Dim TO_REGION = Dim.of("v3.location.region", "to");
  static final Dim PAGE_WEEK = Dim.of("v3.date.week", "page");
  static final Dim REGION = Dim.of("v3.location.region");
  static final Dim CUSTOMER_ID = Dim.of("v3.customer.customer_id", "customer");

  /** Named dimension sets; each metric is grouped by every set that all of its facts reach. */
  static final Map<String, List<Dim>> DIMENSION_SETS = dimensionSets();

  private static Map<String, List<Dim>> dimensionSets() {
    Map<String, List<Dim>> sets = new LinkedHashMap<>();
    sets.put("no dimensions", List.of());
    sets.put("category", List.of(CATEGORY));
    sets.put("status", List.of(STATUS));
    sets.put("page type", List.of(PAGE_TYPE));
    sets.put("year and month (each fact's own date)", List.of(YEAR, MONTH));
    sets.put("home country", List.of(HOME_COUNTRY));
    sets.put("customer name", List.of(CUSTOMER_NAME));
    sets.put("category and home country", List.of(CATEGORY, HOME_COUNTRY));
    sets.put("status and category", List.of(STATUS, CATEGORY));
    sets.put("page type and registration quarter", List.of(PAGE_TYPE, REGISTRATION_QUARTER));
    sets.put("from city and to region", List.of(FROM_CITY, TO_REGION));
    sets.put("page week and unroled region", List.of(PAGE_WEEK, REGION));
    return sets;
  }

  static boolean reachable(StoreMetric metric, List<Dim> dims) {
    return metric.facts().stream().allMatch(f -> dims.stream().allMatch(d -> StoreOracle.reachable(f, d)));
  }

  static boolean reachable(StoreMetric metric, Cond cond) {
    List<Dim> dims = new ArrayList<>();
    collectDims(cond, dims);
    return reachable(metric, dims);
  }

  static void collectDims(Cond cond, List<Dim> into) {
    cond.operands(operand -> {
      if (operand instanceof Cond.DimOperand d) {
        into.add(d.dim());
      }
    });
  }

  /** The fact of the store's snapshot metrics. */
  private static final String SNAPSHOT_FACT = "v3.inventory";

  static DifferentialFixture fixture() {
    return DifferentialFixture.get();
  }

  @Test
  void theOracleKnowsEveryMetricOfTheModelWithItsType() {
    Map<String, Class<?>> model = new TreeMap<>();
    // The snapshot metrics (and the attributes of their fact) have an oracle of their own, per-case SQL in
    // SemiAdditiveDifferentialTest: this oracle sums and counts rows, which is not what a snapshot is.
    var storeModel = CatalogSupport.modelOf(StoreModel.model());
    for (MetricDef metric : storeModel.metrics()) {
      if (storeModel.entitiesOf(metric.name()).contains(SNAPSHOT_FACT)) {
        continue;
      }
      model.put(metric.name(), switch (metric.type()) {
        case BIGINT -> Long.class;
        case INTEGER -> Integer.class;
        case DOUBLE -> Double.class;
        default -> throw new AssertionError(metric.name() + " is a " + metric.type());
      });
    }
    Map<String, Class<?>> oracle = new TreeMap<>();
    for (StoreMetric metric : StoreMetric.values()) {
      oracle.put(metric.metricName(), metric.javaType());
    }
    assertEquals(model, oracle);
    for (StoreMetric metric : StoreMetric.values()) {
      assertEquals(new java.util.TreeSet<>(metric.facts().stream().map(Fact::entity).toList()),
          new java.util.TreeSet<>(CatalogSupport.modelOf(StoreModel.model()).entitiesOf(metric.metricName())), metric.metricName());
    }
    // Attributes: the oracle's hand-written list is the model's.
    Map<String, SqlType> attributes = new TreeMap<>();
    storeModel.attributes().forEach((name, a) -> {
      if (!a.entity().equals(SNAPSHOT_FACT)) {
        attributes.put(name, a.type());
      }
    });
    assertEquals(new java.util.TreeSet<>(attributes.keySet()), new java.util.TreeSet<>(Dim.ATTRIBUTES.keySet()));
  }

  @TestFactory
  Stream<DynamicTest> everyMetricByEveryDimensionSet() {
    DifferentialFixture fixture = fixture();
    List<DynamicTest> tests = new ArrayList<>();
    for (StoreMetric metric : StoreMetric.plain()) {
      for (var set : DIMENSION_SETS.entrySet()) {
        if (reachable(metric, set.getValue())) {
          DiffQuery query = DiffQuery.of(List.of(metric), set.getValue());
          tests.addAll(Differential.tests(fixture, metric + " by " + set.getKey(), query, List.of(Api.TYPED))
              .toList());
        }
      }
    }
    return tests.stream();
  }

  /** Every metric of a fact in one request, by each dimension set: components shared and mixed. */
  @TestFactory
  Stream<DynamicTest> allMetricsTogether() {
    DifferentialFixture fixture = fixture();
    List<DynamicTest> tests = new ArrayList<>();
    for (var set : DIMENSION_SETS.entrySet()) {
      List<StoreMetric> metrics = StoreMetric.plain().stream().filter(m -> reachable(m, set.getValue())).toList();
      DiffQuery query = DiffQuery.of(metrics, set.getValue());
      tests.addAll(Differential.tests(fixture, metrics.size() + " metrics by " + set.getKey(), query,
          List.of(Api.TYPED, Api.TEXT)).toList());
    }
    return tests.stream();
  }

  /** Filters of every kind, as each fact's own rows see them, before aggregation. */
  static final Map<String, Cond> FILTERS = filters();

  private static Map<String, Cond> filters() {
    Map<String, Cond> filters = new LinkedHashMap<>();
    filters.put("year = 2024 (each fact's own date)", cmp(YEAR, Op.EQ, 2024));
    filters.put("two categories and a home country other than US",
        Cond.and(in(CATEGORY, "Books", "Electronics"), cmp(HOME_COUNTRY, Op.NE, "US")));
    filters.put("no category, or a name not like A%",
        Cond.or(new Cond.IsNull(Cond.dim(CATEGORY), false),
            Cond.not(new Cond.Like(Cond.dim(CUSTOMER_NAME), "A%", false))));
    filters.put("month between 2 and 4 and a known customer",
        Cond.and(new Cond.Between(Cond.dim(MONTH), 2, 4, false),
            new Cond.IsNull(Cond.dim(CUSTOMER_ID), true)));
    filters.put("registered before the orders (customer->registration)",
        cmp(Dim.of("v3.date.date_id", "customer", "registration"), Op.LT, 20231115));
    filters.put("status not completed or pending (NULL status is unknown)",
        notIn(STATUS, "completed", "pending"));
    filters.put("page type product or checkout", in(PAGE_TYPE, "product", "checkout"));
    filters.put("a category that does not exist", cmp(CATEGORY, Op.EQ, "Garden"));
    filters.put("price >= 100.0 and not between weeks 10 and 40",
        Cond.and(cmp(Dim.of("v3.product.price"), Op.GE, 100.0),
            new Cond.Between(Cond.dim(Dim.of("v3.date.week")), 10, 40, true)));
    return filters;
  }

  /**
   * Every filter with every metric it can apply to, in one request per filter (components shared), both front
   * ends; and each metric alone under the two compound filters.
   */
  @TestFactory
  Stream<DynamicTest> everyMetricUnderFilters() {
    DifferentialFixture fixture = fixture();
    List<DynamicTest> tests = new ArrayList<>();
    for (var filter : FILTERS.entrySet()) {
      List<StoreMetric> metrics = StoreMetric.plain().stream().filter(m -> reachable(m, filter.getValue()))
          .toList();
      for (List<Dim> dims : List.of(List.<Dim>of(), List.of(CATEGORY))) {
        DiffQuery query = DiffQuery.of(metrics, dims).where(filter.getValue());
        tests.addAll(Differential.tests(fixture, metrics.size() + " metrics by " + dims + " where " + filter.getKey(),
            query, List.of(Api.TYPED, Api.TEXT)).toList());
      }
    }
    for (String name : List.of("two categories and a home country other than US",
        "no category, or a name not like A%")) {
      Cond filter = FILTERS.get(name);
      for (StoreMetric metric : StoreMetric.plain()) {
        DiffQuery query = DiffQuery.of(List.of(metric), List.of(CATEGORY)).where(filter);
        tests.addAll(Differential.tests(fixture, metric + " by category where " + name, query,
            List.of(Api.TYPED)).toList());
      }
    }
    return tests.stream();
  }

  /**
   * Having on each metric (a threshold between two of its values by category, so that no engine's rounding can move
   * a row across it), and the metric ordered descending with a limit. Approximate metrics are filtered by order
   * count instead: their estimate may fall on either side of any threshold.
   */
  @TestFactory
  Stream<DynamicTest> everyMetricWithHavingOrderAndLimit() {
    DifferentialFixture fixture = fixture();
    List<DynamicTest> tests = new ArrayList<>();
    for (StoreMetric metric : StoreMetric.plain()) {
      List<Dim> dims = List.of(CATEGORY, YEAR);
      StoreMetric filtered = metric.approximate() ? StoreMetric.ORDER_COUNT : metric;
      DiffQuery base = DiffQuery.of(List.of(metric), dims);
      Object threshold = threshold(fixture.oracle(), base.withMetrics(List.of(metric, filtered)), filtered);
      DiffQuery having = base.having(Cond.or(cmp(filtered, Op.GT, threshold), new Cond.IsNull(Cond.metric(filtered),
          false)));
      tests.addAll(Differential.tests(fixture, metric + " having " + filtered + " > " + threshold + " or NULL",
          having, List.of(Api.TEXT)).toList());
      if (!metric.approximate()) {
        DiffQuery ordered = base.orderBy(List.of(new DiffQuery.Sort(Cond.metric(metric), true, false)))
            .limit(OptionalLong.of(4));
        tests.addAll(Differential.tests(fixture, metric + " order by it desc limit 4", ordered,
            List.of(Api.TYPED)).toList());
        DiffQuery nullsFirst = base.orderBy(List.of(new DiffQuery.Sort(Cond.metric(metric), false, true)))
            .limit(OptionalLong.of(3));
        tests.addAll(Differential.tests(fixture, metric + " order by it asc nulls first limit 3", nullsFirst,
            List.of(Api.TEXT_ALTERNATIVE)).toList());
      }
    }
    return tests.stream();
  }

  /** The model's named queries, as declared (order included), against the oracle. */
  @TestFactory
  Stream<DynamicTest> namedQueries() {
    DifferentialFixture fixture = fixture();
    Map<String, DiffQuery> named = new LinkedHashMap<>();
    named.put("v3.revenue_by_category", DiffQuery.of(
            List.of(StoreMetric.TOTAL_REVENUE, StoreMetric.ORDER_COUNT, StoreMetric.AVG_ORDER_VALUE), List.of(CATEGORY))
        .orderBy(List.of(new DiffQuery.Sort(Cond.metric(StoreMetric.TOTAL_REVENUE), true, false))));
    named.put("v3.conversion_by_month", DiffQuery.of(
            List.of(StoreMetric.ORDER_COUNT, StoreMetric.VISITOR_COUNT, StoreMetric.CONVERSION_RATE),
            List.of(YEAR, MONTH))
        .orderBy(List.of(new DiffQuery.Sort(Cond.dim(YEAR), false, false),
            new DiffQuery.Sort(Cond.dim(MONTH), false, false))));
    named.put("v3.revenue_by_home_country", DiffQuery.of(List.of(StoreMetric.TOTAL_REVENUE, StoreMetric.ORDER_COUNT),
            List.of(HOME_COUNTRY))
        .where(cmp(STATUS, Op.EQ, "completed"))
        .orderBy(List.of(new DiffQuery.Sort(Cond.metric(StoreMetric.TOTAL_REVENUE), true, false))));
    List<DynamicTest> tests = new ArrayList<>();
    for (var entry : named.entrySet()) {
      OracleResult expected = fixture.oracle().evaluate(entry.getValue());
      for (Target target : fixture.targets()) {
        tests.add(DynamicTest.dynamicTest("named query " + entry.getKey() + " [" + target.name() + "]", () ->
            ResultMatcher.mismatch(expected, target.layer().named(entry.getKey()).fetch(), target.dialect())
                .ifPresent(m -> {
                  throw new AssertionError(entry.getKey() + " on " + target.name() + "\n" + m);
                })));
      }
    }
    // The tile with parameters, for two sets of values: each call against the oracle's query with the values in it.
    record Call(int year, String status, double minRevenue) {}
    for (Call call : List.of(new Call(2023, "completed", 0.0), new Call(2024, "completed", 1000.0),
        new Call(2024, "cancelled", 0.0))) {
      OracleResult expected = fixture.oracle().evaluate(DiffQuery.of(
              List.of(StoreMetric.TOTAL_REVENUE, StoreMetric.ORDER_COUNT), List.of(CATEGORY))
          .where(Cond.and(cmp(YEAR, Op.EQ, call.year()), cmp(STATUS, Op.EQ, call.status())))
          .having(cmp(StoreMetric.TOTAL_REVENUE, Op.GE, call.minRevenue()))
          .orderBy(List.of(new DiffQuery.Sort(Cond.metric(StoreMetric.TOTAL_REVENUE), true, false))));
      for (Target target : fixture.targets()) {
        tests.add(DynamicTest.dynamicTest("named query v3.revenue_by_category_in_year " + call + " ["
            + target.name() + "]", () -> ResultMatcher.mismatch(expected,
                target.layer().named("v3.revenue_by_category_in_year").bind("year", call.year())
                    .bind("status", call.status()).bind("min_revenue", call.minRevenue()).fetch(),
                target.dialect())
            .ifPresent(m -> {
              throw new AssertionError(call + " on " + target.name() + "\n" + m);
            })));
      }
    }
    return tests.stream();
  }

  /** A value between the two middle distinct values of the metric in the query's result (never one of them). */
  static Object threshold(StoreOracle oracle, DiffQuery query, StoreMetric metric) {
    int index = query.metrics().indexOf(metric);
    List<Double> values = QueryGenerator.merged(oracle.evaluate(query).rows().stream()
        .map(r -> r.values().get(query.dims().size() + index)).filter(v -> v != null)
        .map(v -> ((Number) v).doubleValue()).distinct().sorted().toList());
    if (values.size() < 2) {
      return metric.javaType() == Double.class ? (Object) 0.5 : (Object) 0L;
    }
    double low = values.get(values.size() / 2 - 1);
    double high = values.get(values.size() / 2);
    if (metric.javaType() == Long.class) {
      return (long) Math.floor((low + high) / 2); // > floor(mid) keeps exactly the values above low
    }
    if (metric.javaType() == Integer.class) {
      return (int) Math.floor((low + high) / 2);
    }
    return QueryGenerator.shortBetween(low, high);
  }

  /**
   * DuckDB's approx_count_distinct and Trino's approx_distinct against the exact count, for every group of the
   * dimension sets: every estimate within the matcher's tolerance. Prints the largest relative error of counts of at
   * least 20.
   */
  @Test
  void approximateCountStaysWithinItsTolerance() {
    DifferentialFixture fixture = fixture();
    for (Target target : fixture.targets()) {
      if (!target.rollUp() && ResultMatcher.estimates(target.dialect())) {
        estimatesStayWithinTheTolerance(fixture, target);
      }
    }
  }

  private static void estimatesStayWithinTheTolerance(DifferentialFixture fixture, Target target) {
    double worst = 0;
    int groups = 0;
    List<String> outside = new ArrayList<>();
    StringBuilder summary = new StringBuilder();
    for (var set : DIMENSION_SETS.entrySet()) {
      if (!reachable(StoreMetric.CUSTOMER_COUNT, set.getValue())) {
        continue;
      }
      DiffQuery query = DiffQuery.of(List.of(StoreMetric.CUSTOMER_COUNT), set.getValue());
      OracleResult expected = fixture.oracle().evaluate(query);
      Result result = query.typed(target.layer()).fetch();
      assertEquals(expected.rows().size(), result.size(), set.getKey());
      double setWorst = 0;
      for (int i = 0; i < result.size(); i++) {
        Row row = result.rows().get(i);
        long exact = (Long) expected.rows().get(i).values().getLast();
        long estimate = (Long) row.values().getLast();
        if (exact >= 20) {
          setWorst = Math.max(setWorst, Math.abs(estimate - exact) / (double) exact);
        }
        if (!ResultMatcher.estimateAllowed(exact, estimate)) {
          outside.add(set.getKey() + " " + row + ": exact " + exact);
        }
        groups++;
      }
      worst = Math.max(worst, setWorst);
      summary.append(String.format("  by %s: %d groups, worst relative error (counts >= 20) %.4f%n", set.getKey(),
          result.size(), setWorst));
    }
    System.out.printf("approximate distinct count on %s, %d groups, worst %.4f:%n%s", target.name(), groups, worst,
        summary);
    assertEquals(List.of(), outside, summary.toString());
  }
}
