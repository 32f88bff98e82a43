package dev.grainline.examples.differential;

import static org.junit.jupiter.api.Assertions.fail;

import dev.grainline.examples.differential.Cond.Op;
import dev.grainline.examples.differential.EngineFixture.Target;
import dev.grainline.examples.differential.StoreOracle.OracleResult;
import dev.grainline.runtime.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Discrepancies the differential suites found, each reduced to the smallest query that shows it, on every target.
 * A finding's test fails until it is fixed, then stays as a regression test.
 */
class RuntimeFindingsTest {
  private record Finding(String name, DiffQuery meaning, Function<Target, Result> run) {}

  private static Stream<DynamicTest> check(List<Finding> findings) {
    DifferentialFixture fixture = DifferentialFixture.get();
    List<DynamicTest> tests = new ArrayList<>();
    for (Finding finding : findings) {
      OracleResult expected = fixture.oracle().evaluate(finding.meaning());
      for (Target target : fixture.targets()) {
        tests.add(DynamicTest.dynamicTest(finding.name() + " [" + target.name() + "]", () -> {
          Result result;
          try {
            result = finding.run().apply(target);
          } catch (RuntimeException e) {
            throw new AssertionError(finding.meaning() + " on " + target.name() + " failed: " + e, e);
          }
          ResultMatcher.mismatch(expected, result, target.dialect())
              .ifPresent(m -> fail(finding.meaning() + " on " + target.name() + "\n" + m));
        }));
      }
    }
    return tests.stream();
  }

  /**
   * Finding 1 (fixed in 486a506): a decimal literal of a text filter was bound as {@code cast(? as numeric)}. On DuckDB NUMERIC without
   * precision is DECIMAL(18,3), so the literal is rounded to three decimals ({@code 0.9899} became {@code 0.990}, so
   * {@code price > 0.9899} no longer held for a price of 0.99) and a literal of 10^15 or more failed with "value is
   * out of range". PostgreSQL's unconstrained NUMERIC keeps every digit. The typed API passes doubles and was not
   * affected; a typed {@code BigDecimal} literal was.
   */
  @TestFactory
  Stream<DynamicTest> decimalLiteralsKeepTheirDigits() {
    Dim price = Dim.of("v3.product.price");
    Dim orderId = Dim.of("v3.order_details.order_id");
    DiffQuery sample = DiffQuery.of(List.of(StoreMetric.ORDER_COUNT, StoreMetric.TOTAL_REVENUE),
        List.of(Dim.of("v3.product.name"))).where(Cond.cmp(price, Op.GT, 0.9899));
    DiffQuery cheap = DiffQuery.of(List.of(StoreMetric.ORDER_COUNT), List.of())
        .where(Cond.and(Cond.cmp(price, Op.GT, 0.9899), Cond.cmp(price, Op.LT, 0.9901)));
    DiffQuery large = DiffQuery.of(List.of(StoreMetric.ORDER_COUNT), List.of())
        .where(new Cond.Compare(Cond.dim(orderId), Op.LT, 1_000_000_000_000_000.5));
    DiffQuery having = DiffQuery.of(List.of(StoreMetric.MAX_UNIT_PRICE), List.of(Dim.of("v3.product.name")))
        .having(Cond.cmp(StoreMetric.MAX_UNIT_PRICE, Op.LT, 0.9901));
    return check(List.of(
        new Finding("price > 0.9899 keeps the 0.99 products", sample,
            t -> t.layer().textQuery("v3.order_count", "v3.total_revenue").by("v3.product.name")
                .where("v3.product.price > 0.9899").fetch()),
        new Finding("price strictly between 0.9899 and 0.9901 is 0.99", cheap,
            t -> t.layer().textQuery("v3.order_count")
                .where("v3.product.price > 0.9899 AND v3.product.price < 0.9901").fetch()),
        new Finding("a literal of 10^15 and more is a number, not an error", large,
            t -> t.layer().textQuery("v3.order_count").where("v3.order_details.order_id < 1000000000000000.5")
                .fetch()),
        new Finding("having max_unit_price < 0.9901 keeps a maximum of 0.99", having,
            t -> t.layer().textQuery("v3.max_unit_price").by("v3.product.name")
                .having("v3.max_unit_price < 0.9901").fetch()),
        new Finding("typed BigDecimal literal", sample,
            t -> t.layer().query(dev.grainline.runtime.MetricRef.of("v3.order_count", Long.class),
                    dev.grainline.runtime.MetricRef.of("v3.total_revenue", Double.class))
                .by(Dim.of("v3.product.name").ref())
                .where(price.ref().gt(new java.math.BigDecimal("0.9899"))).fetch())));
  }

  /**
   * Finding 2 (DuckDB 2.0.0's optimizer; Grainline's roll-up plan triggers it): with roll-up evaluation, a
   * non-decomposable metric is computed by a second scan of the same fact ({@code g_order_details_raw}) that is FULL
   * JOINed to the partial group's scan. When both scans LEFT JOIN the dates table twice (the order's date and the
   * customer's registration date) under a filter that ORs conditions on both, DuckDB's join-order optimizer returns
   * wrong rows for the join of the two aggregates: each CTE alone is right, the FULL JOIN loses the NULL key and
   * gives another key the wrong value. {@code SET disabled_optimizers = 'join_order'} gives the right rows. Direct
   * evaluation (one scan) and PostgreSQL are right. A third shape needs no OR: one filter on the registration
   * month and a having on a cross-fact metric, which FULL JOINs the page views too (913 rows become 243). Fixed on
   * Grainline's side: groups that aggregate the same entity now read one shared scan, computed once.
   */
  @TestFactory
  Stream<DynamicTest> rolledUpNonDecomposableMetricUnderAnOrFilterOnTwoDateRoles() {
    Dim registrationYear = Dim.of("v3.date.year", "customer", "registration");
    Cond filter = Cond.or(Cond.cmp(Dim.of("v3.date.year"), Op.LE, 2023),
        Cond.in(Dim.of("v3.product.product_id"), 40),
        Cond.cmp(Dim.of("v3.date.quarter", "customer", "registration"), Op.LT, 4));
    DiffQuery first = DiffQuery.of(List.of(StoreMetric.FIRST_PRODUCT_WHEN_ANY_QUANTITY), List.of(registrationYear))
        .where(filter);
    DiffQuery median = DiffQuery.of(List.of(StoreMetric.MEDIAN_UNIT_PRICE, StoreMetric.AVG_UNIT_PRICE),
        List.of(registrationYear)).where(filter);
    // Random query #360 of seed 12, shrunk: MAX_BY beside an approximate count, another OR over joined dimensions.
    DiffQuery top = DiffQuery.of(List.of(StoreMetric.TOP_PRODUCT_BY_REVENUE, StoreMetric.REVENUE_PER_CUSTOMER),
        List.of(Dim.of("v3.date.quarter", "customer", "registration"))).where(Cond.or(
            new Cond.IsNull(Cond.dim(Dim.of("v3.date.quarter")), false),
            Cond.in(Dim.of("v3.location.city", "from"), "Berlin", "Berlin"),
            new Cond.CompareTerms(new Cond.Term.Arith('-', new Cond.Term.Arith('*',
                new Cond.Term.Ref(Cond.dim(Dim.of("v3.product.price"))), new Cond.Term.Lit(2)),
                new Cond.Term.Ref(Cond.dim(Dim.of("v3.product.price")))), Op.GT, new Cond.Term.Lit(22.0))));
    // Random query #510 of seed 22, shrunk: no OR at all, a having on a cross-fact metric (three groups joined).
    DiffQuery crossFact = DiffQuery.of(List.of(StoreMetric.FIRST_PRODUCT_WHEN_ANY_QUANTITY),
            List.of(Dim.of("v3.product.category"), Dim.of("v3.date.date_id")))
        .where(Cond.cmp(Dim.of("v3.date.month", "customer", "registration"), Op.LE, 12.5))
        .having(Cond.cmp(StoreMetric.EFFICIENCY_RATIO, Op.LT, 101.2));
    Stream<DynamicTest> findings = check(List.of(
        new Finding("first_product_when_any_quantity by category and day, registration month <= 12.5, having"
            + " efficiency_ratio < 101.2", crossFact, t -> crossFact.typed(t.layer()).fetch()),
        new Finding("first_product_when_any_quantity by registration year, order year <= 2023 or registration"
            + " quarter < 4 or product 40", first, t -> first.typed(t.layer()).fetch()),
        new Finding("median beside average, same filter", median, t -> median.typed(t.layer()).fetch()),
        new Finding("max_by beside revenue per customer by registration quarter, quarter IS NULL or from Berlin or"
            + " price * 2 - price > 22", top, t -> top.text(t.layer(), false).fetch())));
    // The SQL the roll-up renders is right: DuckDB runs it right with its join-order optimizer off.
    DynamicTest sqlIsRight = DynamicTest.dynamicTest("the rolled-up SQL gives the oracle's rows on DuckDB without"
        + " the join-order optimizer", () -> {
          DifferentialFixture fixture = DifferentialFixture.get();
          Target rollup = fixture.targets().stream().filter(t -> t.rollUp()
              && t.dialect() == dev.grainline.runtime.Dialect.DUCKDB).findFirst().orElseThrow();
          var built = first.typed(rollup.layer());
          List<List<Object>> rows = fixture.sqlWith(dev.grainline.runtime.Dialect.DUCKDB,
              "SET disabled_optimizers = 'join_order'", built.sql(), built.bindValues());
          org.junit.jupiter.api.Assertions.assertEquals(fixture.oracle().evaluate(first).values(), rows);
        });
    return Stream.concat(findings, Stream.of(sqlIsRight));
  }
}
