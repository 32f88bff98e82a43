package dev.grainline.examples.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grainline.examples.data.StoreDataSet;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The oracle itself, on the reference's toy data (datajunction.md §3.3), whose true values were checked by hand:
 * before the oracle judges the runtime, it has to give these.
 */
class OracleSelfTest {
  private final StoreOracle oracle = new StoreOracle(StoreDataSet.toy());

  private List<List<Object>> rows(DiffQuery query) {
    return oracle.evaluate(query).values();
  }

  private static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }

  @Test
  void trueValuesOfTheToyData() {
    // §3.3: revenue Electronics 3000, Books 80; orders 5 and 2; views 7 and 2; sessions 6 and 2; visitors 3 and 1.
    assertEquals(List.of(row("Books", 80.0, 2L, 2L, 2L, 1L), row("Electronics", 3000.0, 5L, 7L, 6L, 3L)),
        rows(DiffQuery.of(List.of(StoreMetric.TOTAL_REVENUE, StoreMetric.ORDER_COUNT, StoreMetric.PAGE_VIEW_COUNT,
            StoreMetric.SESSION_COUNT, StoreMetric.VISITOR_COUNT), List.of(StoreDifferentialTest.CATEGORY))));
  }

  @Test
  void scenariosOfTheReference() {
    // S1, S2, S3 by status; S16 no dimensions; S9 by home country.
    assertEquals(List.of(row("completed", 2580.0, 340.0, 5L), row("pending", 500.0, 500.0, 1L)),
        rows(DiffQuery.of(List.of(StoreMetric.TOTAL_REVENUE, StoreMetric.AVG_UNIT_PRICE, StoreMetric.ORDER_COUNT),
            List.of(StoreDifferentialTest.STATUS))));
    assertEquals(List.of(row(3080.0)), rows(DiffQuery.of(StoreMetric.TOTAL_REVENUE)));
    assertEquals(List.of(row("UK", 2020.0), row("US", 1060.0)),
        rows(DiffQuery.of(StoreMetric.TOTAL_REVENUE, StoreDifferentialTest.HOME_COUNTRY)));
    // S8: the largest completed line is order 2's two phones; the only pending line is a phone.
    assertEquals(List.of(row("completed", 1), row("pending", 1)),
        rows(DiffQuery.of(StoreMetric.TOP_PRODUCT_BY_REVENUE, StoreDifferentialTest.STATUS)));
    // S7: conversion 2 / 1 and 5 / 3.
    assertEquals(List.of(row("Books", 2.0), row("Electronics", 5.0 / 3)),
        rows(DiffQuery.of(StoreMetric.CONVERSION_RATE, StoreDifferentialTest.CATEGORY)));
  }

  @Test
  void crossFactRatiosOfTheReferenceK1() {
    // (3000 / 5) / (7 / 6) = 514.29 and (80 / 2) / (2 / 2) = 40; the reference's SQL gives 617.14.
    assertEquals(List.of(row("Books", 40.0), row("Electronics", (3000.0 / 5) / (7.0 / 6))),
        rows(DiffQuery.of(StoreMetric.EFFICIENCY_RATIO, StoreDifferentialTest.CATEGORY)));
    // Views of (Electronics, Alice) are 2, not 4; Bob viewed no book: NULL ratios.
    assertEquals(List.of(row("Books", "Alice", 30.0, 60.0), row("Books", "Bob", null, null),
            row("Electronics", "Alice", 500.0, 1000.0), row("Electronics", "Bob", 750.0, 1500.0),
            row("Electronics", "Carol", 500.0 / 3, 500.0)),
        rows(DiffQuery.of(List.of(StoreMetric.REVENUE_PER_PAGE_VIEW, StoreMetric.REVENUE_PER_VISITOR),
            List.of(StoreDifferentialTest.CATEGORY, StoreDifferentialTest.CUSTOMER_NAME))));
  }

  @Test
  void filtersHavingOrderAndLimit() {
    // K2 on the toy data: Books only, both facts keep their rows.
    assertEquals(List.of(row("Books", 80.0, 2L)),
        rows(DiffQuery.of(List.of(StoreMetric.TOTAL_REVENUE, StoreMetric.PAGE_VIEW_COUNT),
            List.of(StoreDifferentialTest.CATEGORY)).where(Cond.cmp(StoreDifferentialTest.CATEGORY, Cond.Op.EQ,
            "Books"))));
    // Having and order: revenue > 100 keeps Electronics; descending with limit 1.
    assertEquals(List.of(row("Electronics", 3000.0)),
        rows(DiffQuery.of(StoreMetric.TOTAL_REVENUE, StoreDifferentialTest.CATEGORY)
            .having(Cond.cmp(StoreMetric.TOTAL_REVENUE, Cond.Op.GT, 100.0))));
    assertEquals(List.of(row("Electronics", 3000.0)),
        rows(DiffQuery.of(StoreMetric.TOTAL_REVENUE, StoreDifferentialTest.CATEGORY)
            .orderBy(List.of(new DiffQuery.Sort(Cond.metric(StoreMetric.TOTAL_REVENUE), true, false)))
            .limit(java.util.OptionalLong.of(1))));
    // Three-valued logic: NOT (status = 'completed') drops nothing unknown here, and keeps the pending order.
    assertEquals(List.of(row(500.0)), rows(DiffQuery.of(StoreMetric.TOTAL_REVENUE)
        .where(Cond.not(Cond.cmp(StoreDifferentialTest.STATUS, Cond.Op.EQ, "completed")))));
    // Nothing matches: one row, counts 0, sums NULL.
    assertEquals(List.of(row(null, 0L, null)), rows(DiffQuery.of(List.of(StoreMetric.TOTAL_REVENUE,
            StoreMetric.ORDER_COUNT, StoreMetric.PRODUCT_VIEW_COUNT), List.of())
        .where(Cond.cmp(StoreDifferentialTest.CATEGORY, Cond.Op.EQ, "Garden"))));
  }

  @Test
  void threeValuedLogicAndLike() {
    Cond.Operand x = Cond.dim(StoreDifferentialTest.STATUS);
    java.util.function.Function<Cond.Operand, Object> none = o -> null;
    assertEquals(null, StoreOracle.eval(new Cond.Compare(x, Cond.Op.EQ, "a"), none));
    assertEquals(null, StoreOracle.eval(new Cond.Not(new Cond.Compare(x, Cond.Op.EQ, "a")), none));
    assertEquals(false, StoreOracle.eval(new Cond.And(List.of(new Cond.Compare(x, Cond.Op.EQ, "a"),
        new Cond.IsNull(x, true))), none));
    assertEquals(true, StoreOracle.eval(new Cond.Or(List.of(new Cond.Compare(x, Cond.Op.EQ, "a"),
        new Cond.IsNull(x, false))), none));
    assertEquals(null, StoreOracle.eval(new Cond.In(x, List.of("a"), true), none));
    assertEquals(true, StoreOracle.likePattern("a\\%b_c%").matcher("a%bXc").matches());
    assertEquals(false, StoreOracle.likePattern("a\\%b_c%").matcher("aXbXc").matches());
    assertEquals(Optional.empty(), StoreOracle.hop(StoreMetric.Fact.ORDERS, Dim.of("v3.location.country")));
    assertEquals(Optional.of(StoreOracle.Hop.HOME_LOCATION),
        StoreOracle.hop(StoreMetric.Fact.VIEWS, Dim.of("v3.location.country")));
  }
}
