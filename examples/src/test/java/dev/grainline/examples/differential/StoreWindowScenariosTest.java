package dev.grainline.examples.differential;

import static dev.grainline.examples.differential.Cond.cmp;
import static dev.grainline.examples.differential.StoreDifferentialTest.CATEGORY;
import static dev.grainline.examples.differential.StoreDifferentialTest.MONTH;
import static dev.grainline.examples.differential.StoreMetric.MOM_REVENUE_CHANGE;
import static dev.grainline.examples.differential.StoreMetric.ORDER_COUNT;
import static dev.grainline.examples.differential.StoreMetric.REVENUE_MTD;
import static dev.grainline.examples.differential.StoreMetric.REVENUE_YTD;
import static dev.grainline.examples.differential.StoreMetric.TOTAL_REVENUE;
import static dev.grainline.examples.differential.StoreMetric.TRAILING_7D_REVENUE;
import static dev.grainline.examples.differential.StoreMetric.TRAILING_7D_REVENUE_INFERRED_DIM;
import static dev.grainline.examples.differential.StoreMetric.TRAILING_7D_VISITORS;
import static dev.grainline.examples.differential.StoreMetric.TRAILING_WOW_REVENUE_CHANGE;
import static dev.grainline.examples.differential.StoreMetric.VISITOR_COUNT;
import static dev.grainline.examples.differential.StoreMetric.WOW_AOV_CHANGE;
import static dev.grainline.examples.differential.StoreMetric.WOW_CONVERSION_RATE_CHANGE;
import static dev.grainline.examples.differential.StoreMetric.WOW_ORDER_GROWTH;
import static dev.grainline.examples.differential.StoreMetric.WOW_REVENUE_CHANGE;
import static dev.grainline.examples.differential.StoreWindowDifferentialTest.DATE_ID;
import static dev.grainline.examples.differential.StoreWindowDifferentialTest.ORDER_DATE_ID;
import static dev.grainline.examples.differential.StoreWindowDifferentialTest.ORDER_MONTH;
import static dev.grainline.examples.differential.StoreWindowDifferentialTest.ORDER_WEEK;
import static dev.grainline.examples.differential.StoreWindowDifferentialTest.WEEK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.grainline.examples.differential.Cond.Op;
import dev.grainline.examples.differential.Differential.Api;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The window scenarios of datajunction.md §3.4 (S12–S15) and the reference's wrong window cases of §3.5 (K3, K4,
 * K5, K8, K9) on its toy data, where every value can be checked by hand: each expected table is derived in a comment
 * from the toy rows, the oracle must give it, and every target (both engines, direct and rolled up) must give the
 * oracle's rows through both front ends.
 *
 * <p>The toy data (ToyData): January 2024 only, which starts on a Monday, so weeks are days 1–7, 8–14, 15–21, 22–28
 * and 29–31. Order lines: 1-01 order 1 Phone 500 and order 2 Phone 2 x 500 + Novel 20 (Books); 1-02 order 4 Phone
 * 500; 1-08 order 3 Phone 500; 1-29 order 5 Phone 500; 1-31 order 6 Novel 3 x 20 = 60 (Books); Phones are
 * Electronics. Page views (customer, day, product): 10 1-01 Phone x2, 11 1-01 Phone, 12 1-08 Phone x2, 10 1-01 Novel,
 * 12 1-02 Phone, 11 1-29 Phone, 10 1-31 Novel. Weekly, Electronics: week 1 revenue 2000 in 3 orders by visitors
 * {10, 11, 12}; week 2 500 in 1 order, visitors {12}; week 5 500 in 1, {11}. Books: week 1 20 in 1, {10}; week 5 60
 * in 1, {10}. Weeks 3 and 4 have nothing, nor does December 2023 (not even calendar rows).
 */
class StoreWindowScenariosTest {
  @AfterAll
  static void printRunCounts() {
    Differential.printRunCounts("StoreWindowScenariosTest");
  }

  private static final List<Api> BOTH = List.of(Api.TYPED, Api.TEXT);

  /** A query with its hand-derived rows (in the oracle's order: by the dimensions), or the rejection expected. */
  private record Scenario(String name, DiffQuery query, List<Api> apis, List<List<Object>> rows,
      Optional<String> rejection) {}

  private static Scenario scenario(String name, DiffQuery query, Object[]... rows) {
    return new Scenario(name, query, BOTH, Stream.of(rows).map(Arrays::asList).toList(), Optional.empty());
  }

  private static Scenario textOnly(String name, DiffQuery query, Object[]... rows) {
    return new Scenario(name, query, List.of(Api.TEXT, Api.TEXT_ALTERNATIVE),
        Stream.of(rows).map(Arrays::asList).toList(), Optional.empty());
  }

  private static Scenario rejected(String name, DiffQuery query, String id) {
    return new Scenario(name, query, BOTH, List.of(), Optional.of(id));
  }

  private static Object[] row(Object... values) {
    return values;
  }

  private static final Double NULL = null;

  private static final List<Scenario> SCENARIOS = List.of(
      // S12: January 3080 against December 2023, which has no rows: no previous month, NULL.
      scenario("S12 month-over-month by the month of the order",
          DiffQuery.of(MOM_REVENUE_CHANGE, ORDER_MONTH),
          row(1, NULL)),
      // S13: each day shows its week's change in its category. Electronics week 2 against week 1: revenue
      // (500 - 2000) / 2000 = -75%, orders (1 - 3) / 3 = -66.67%. Week 1 has no previous week (NULL; no orders there,
      // so the growth divides by 0: NULL). K8: Books week 5 (60) and Electronics week 5 follow the empty week 4:
      // NULL, where the reference compares with the last week present (+200% and 0%).
      scenario("S13 and K8 week-over-week by day and category",
          DiffQuery.of(List.of(WOW_ORDER_GROWTH, WOW_REVENUE_CHANGE), List.of(ORDER_DATE_ID, CATEGORY)),
          row(20240101, "Books", NULL, NULL), row(20240101, "Electronics", NULL, NULL),
          row(20240102, "Electronics", NULL, NULL), row(20240108, "Electronics", -200.0 / 3, -75.0),
          row(20240129, "Electronics", NULL, NULL), row(20240131, "Books", NULL, NULL)),
      scenario("K8 week-over-week by category and week: no comparison across the empty weeks",
          DiffQuery.of(List.of(WOW_REVENUE_CHANGE, TOTAL_REVENUE), List.of(CATEGORY, ORDER_WEEK)),
          row("Books", 1, NULL, 20.0), row("Books", 5, NULL, 60.0), row("Electronics", 1, NULL, 2000.0),
          row("Electronics", 2, -75.0, 500.0), row("Electronics", 5, NULL, 500.0)),
      // S14: conversion = orders / visitors per category and week: Electronics 3/3, 1/1, 1/1; Books 1/1, 1/1. Only
      // Electronics week 2 has a previous week with visitors: (1 - 1) / 1 = 0. Weeks 5 follow the empty week 4: NULL
      // (the reference: 0).
      scenario("S14 conversion rate week-over-week by category and week",
          DiffQuery.of(List.of(WOW_CONVERSION_RATE_CHANGE), List.of(CATEGORY, WEEK)),
          row("Books", 1, NULL), row("Books", 5, NULL), row("Electronics", 1, NULL), row("Electronics", 2, 0.0),
          row("Electronics", 5, NULL)),
      // S14 as the reference requests it, by category alone: weeks are not rows, so there is no previous week.
      rejected("S14 by category alone has no week to compare",
          DiffQuery.of(WOW_CONVERSION_RATE_CHANGE, CATEGORY), "GrainlineWindowGrain"),
      // S15: January 25-31 holds order 5 (500, on the 29th) and order 6 (60, on the 31st): 560.
      scenario("S15 trailing 7 days on one day",
          DiffQuery.of(TRAILING_7D_REVENUE, ORDER_DATE_ID).where(cmp(DATE_ID, Op.EQ, 20240131)),
          row(20240131, 560.0)),
      scenario("S15 trailing 7 days on one day, the filter in the order role",
          DiffQuery.of(TRAILING_7D_REVENUE, ORDER_DATE_ID).where(cmp(ORDER_DATE_ID, Op.EQ, 20240131)),
          row(20240131, 560.0)),
      // K3: a cross-fact window over distinct counts, with the distinct counts beside it, by day and category (the
      // reference's SQL reads a column base_metrics does not have). K4: the ratio is the week's, on every day of it:
      // 1-02 is in week 1 like 1-01, so it has no previous week (NULL; the reference compares it with 1-01). 1-08:
      // week 2 1/1 against week 1 3/3: 0.
      scenario("K3 and K4 cross-fact week-over-week by day and category, beside its counts",
          DiffQuery.of(List.of(WOW_CONVERSION_RATE_CHANGE, ORDER_COUNT, VISITOR_COUNT), List.of(DATE_ID, CATEGORY)),
          row(20240101, "Books", NULL, 1L, 1L), row(20240101, "Electronics", NULL, 2L, 2L),
          row(20240102, "Electronics", NULL, 1L, 1L), row(20240108, "Electronics", 0.0, 1L, 1L),
          row(20240129, "Electronics", NULL, 1L, 1L), row(20240131, "Books", NULL, 1L, 1L)),
      // K4 with a ratio that differs by day: average order value of Electronics week 1 is 2000 / 3, week 2 500 / 1:
      // (500 - 2000/3) / (2000/3) = -25% on 1-08. Day by day it would be 750, 500, 500 (and 1-02 against 1-01
      // -33%).
      scenario("K4 weekly average order value shown by day",
          DiffQuery.of(List.of(WOW_AOV_CHANGE), List.of(ORDER_DATE_ID, CATEGORY)),
          row(20240101, "Books", NULL), row(20240101, "Electronics", NULL), row(20240102, "Electronics", NULL),
          row(20240108, "Electronics", -25.0), row(20240129, "Electronics", NULL), row(20240131, "Books", NULL)),
      // K5: trailing windows of both facts, a trailing distinct count and a ratio of two trailing sums, by the
      // unroled day (rows: days with orders or views). Calendar days, not rows present: revenue of the 7 days to
      // 1-08 is 1-02 500 + 1-08 500 = 1000 (six preceding rows would add 1-01's 1520). Visitors of the 7 days to 1-02
      // are {10, 11, 12} = 3; to 1-08 {12} = 1 (two days of customer 12 count once). The change on 1-08 compares
      // 1000 with the 7 days to 1-01 (1520): (1000 - 1520) / 1520 = -34.21%; the other days' earlier weeks are
      // empty: NULL.
      scenario("K5 trailing windows of both facts and their ratio, by day",
          DiffQuery.of(List.of(TRAILING_7D_REVENUE_INFERRED_DIM, TRAILING_7D_VISITORS, TRAILING_WOW_REVENUE_CHANGE),
              List.of(DATE_ID)),
          row(20240101, 1520.0, 2L, NULL), row(20240102, 2020.0, 3L, NULL),
          row(20240108, 1000.0, 1L, (1000.0 - 1520) / 1520 * 100), row(20240129, 500.0, 1L, NULL),
          row(20240131, 560.0, 2L, NULL)),
      // K9: to-date and trailing windows filtered to one day still read the days before it: 1-01 to 1-08 hold
      // 500 + 1020 + 500 + 500 = 2520 (the reference's cumulative would read 1-08 alone: 500).
      scenario("K9 year- and month-to-date and trailing on one day",
          DiffQuery.of(List.of(REVENUE_YTD, REVENUE_MTD, TRAILING_7D_REVENUE, TOTAL_REVENUE), List.of(DATE_ID))
              .where(cmp(DATE_ID, Op.EQ, 20240108)),
          row(20240108, 2520.0, 2520.0, 1000.0, 500.0)),
      // K9 by month: the row is January, whose year-to-date is the value at its end (3080, all of January)...
      scenario("K9 year-to-date by month with a month filter",
          DiffQuery.of(List.of(REVENUE_YTD, REVENUE_MTD, TOTAL_REVENUE), List.of(MONTH)).where(cmp(MONTH, Op.EQ, 1)),
          row(1, 3080.0, 3080.0, 3080.0)),
      // ...so a filter that keeps part of the month (the rows of 1-08) cannot be shown by month: rejected.
      rejected("K9 year-to-date by month with a one-day filter",
          DiffQuery.of(List.of(REVENUE_YTD, TOTAL_REVENUE), List.of(MONTH)).where(cmp(DATE_ID, Op.EQ, 20240108)),
          "GrainlineWindowGrain"),
      // K9: a bound that is an expression (the reference then keeps the filter in the scan and starves the frame).
      textOnly("K9 trailing 7 days with a computed one-day bound",
          DiffQuery.of(TRAILING_7D_REVENUE, ORDER_DATE_ID).where(new Cond.CompareTerms(
              new Cond.Term.Ref(Cond.dim(DATE_ID)), Op.EQ,
              new Cond.Term.Arith('+', new Cond.Term.Lit(20240130), new Cond.Term.Lit(1)))),
          row(20240131, 560.0)),
      // K9: without a filter, trailing windows count days: 1-29 reads 1-23..1-29 (500), not the six rows before.
      scenario("K9 trailing 7 days count calendar days",
          DiffQuery.of(TRAILING_7D_REVENUE, ORDER_DATE_ID),
          row(20240101, 1520.0), row(20240102, 2020.0), row(20240108, 1000.0), row(20240129, 500.0),
          row(20240131, 560.0)));

  /** Each scenario: the oracle gives the hand-derived rows, and every target the oracle's. */
  @TestFactory
  Stream<DynamicTest> scenarios() {
    DifferentialFixture fixture = DifferentialFixture.toy();
    List<DynamicTest> tests = new ArrayList<>();
    for (Scenario s : SCENARIOS) {
      tests.add(DynamicTest.dynamicTest(s.name() + " [oracle, by hand]", () -> {
        Optional<String> rejection = WindowOracle.rejection(fixture.oracle(), s.query())
            .map(WindowOracle.Rejected::id);
        assertEquals(s.rejection(), rejection, s.query().toString());
        if (rejection.isEmpty()) {
          assertRows(s.rows(), fixture.oracle().evaluate(s.query()).values(), s.query());
        }
      }));
      tests.addAll(Differential.tests(fixture, s.name(), s.query(), s.apis()).toList());
    }
    return tests.stream();
  }

  private static void assertRows(List<List<Object>> expected, List<List<Object>> actual, DiffQuery query) {
    if (expected.size() != actual.size()) {
      fail(query + ": expected " + expected + " but got " + actual);
    }
    for (int r = 0; r < expected.size(); r++) {
      for (int c = 0; c < expected.get(r).size(); c++) {
        Object e = expected.get(r).get(c);
        Object a = actual.get(r).get(c);
        boolean same = e instanceof Double x && a instanceof Double y
            ? ResultMatcher.within(x, y, 1e-12) : Objects.equals(e, a);
        if (!same) {
          fail(query + ", row " + r + ", column " + c + ": expected " + expected + " but got " + actual);
        }
      }
    }
  }
}
