package dev.grainline.internal.model.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.Aggregability;
import dev.grainline.SqlType;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.expr.ArithmeticOp;
import dev.grainline.internal.model.expr.ComparisonOp;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.Arithmetic;
import dev.grainline.internal.model.expr.Node.Case;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Node.Comparison;
import dev.grainline.internal.model.expr.Node.Literal;
import dev.grainline.internal.model.expr.Nodes;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How each aggregate function rolls up from partials, without a database: the trees the renderer receives. */
class RollupTest {
  private static final TableRef ROWS = new TableRef("v3", "order_lines", "ol");
  private static final TableRef PARTIALS = new TableRef("", "g_lines_p", "g_lines_p");
  private static final Node AMOUNT = new ColumnRef(ROWS, "amount", SqlType.INTEGER, ColumnRef.Storage.PLAIN);
  private static final Node PAID = new Comparison(ComparisonOp.EQ, new ColumnRef(ROWS, "status", SqlType.TEXT, ColumnRef.Storage.PLAIN),
      new Literal("paid", SqlType.TEXT));
  private static final String FACT = "v3.order_lines";

  private static Aggregate call(AggFunction function, Node... args) {
    return new Aggregate(function, List.of(args), Optional.empty(), FACT);
  }

  private static Rollup rollup(Aggregate call, SqlType type) {
    return Rollup.of(call, type, "c1", PARTIALS, "l0").orElseThrow();
  }

  private static List<String> aliases(Rollup rollup) {
    return rollup.partials().stream().map(Rollup.Accumulated::alias).toList();
  }

  @Test
  void aSumIsTheSumOfItsPartialSums() {
    Rollup rollup = rollup(call(AggFunction.SUM, AMOUNT), SqlType.BIGINT);
    assertEquals(List.of("c1_p"), aliases(rollup));
    assertEquals(call(AggFunction.SUM, AMOUNT), rollup.partials().get(0).aggregate());
    assertEquals("sum(g_lines_p.c1_p)", Nodes.describe(rollup.combine()));
    assertEquals(Optional.empty(), rollup.level());
  }

  @Test
  void minimaAndMaximaMergeWithThemselves() {
    assertEquals("min(g_lines_p.c1_p)", Nodes.describe(rollup(call(AggFunction.MIN, AMOUNT), SqlType.INTEGER)
        .combine()));
    assertEquals("max(g_lines_p.c1_p)", Nodes.describe(rollup(call(AggFunction.MAX, AMOUNT), SqlType.INTEGER)
        .combine()));
  }

  @Test
  void countsAreSummedAsBigints() {
    for (Aggregate count : List.of(call(AggFunction.COUNT_STAR), call(AggFunction.COUNT, AMOUNT))) {
      Rollup rollup = rollup(count, SqlType.BIGINT);
      assertEquals(List.of("c1_n"), aliases(rollup));
      assertEquals(count, rollup.partials().get(0).aggregate());
      Aggregate merge = assertInstanceOf(Aggregate.class, rollup.combine());
      assertEquals(AggFunction.SUM, merge.function());
      assertEquals(ColumnRef.derived(PARTIALS, "c1_n", SqlType.BIGINT), merge.args().get(0));
    }
  }

  @Test
  void anAverageDividesTheSumOfSumsByTheSumOfCountsAndKeepsTheFilterOnBoth() {
    Aggregate avg = new Aggregate(AggFunction.AVG, List.of(AMOUNT), Optional.of(PAID), FACT);
    Rollup rollup = rollup(avg, SqlType.DOUBLE);
    assertEquals(List.of("c1_s", "c1_n"), aliases(rollup));
    assertEquals(new Aggregate(AggFunction.SUM, List.of(AMOUNT), Optional.of(PAID), FACT),
        rollup.partials().get(0).aggregate());
    assertEquals(new Aggregate(AggFunction.COUNT, List.of(AMOUNT), Optional.of(PAID), FACT),
        rollup.partials().get(1).aggregate());
    assertEquals("(sum(g_lines_p.c1_s) / sum(g_lines_p.c1_n))", Nodes.describe(rollup.combine()));
  }

  @Test
  void aDecimalAverageSumsDecimals() {
    Aggregate sum = assertInstanceOf(Aggregate.class,
        ((Arithmetic) rollup(call(AggFunction.AVG, AMOUNT), SqlType.DECIMAL).combine()).first());
    assertEquals(SqlType.DECIMAL, ((ColumnRef) sum.args().get(0)).type());
  }

  @Test
  void theSampleVarianceDividesTheWholeNumeratorByNTimesNMinusOne() {
    Rollup rollup = rollup(call(AggFunction.VAR_SAMP, AMOUNT), SqlType.DOUBLE);
    assertEquals(List.of("c1_s", "c1_q", "c1_n"), aliases(rollup));
    Case clamped = assertInstanceOf(Case.class, rollup.combine());
    Arithmetic quotient = assertInstanceOf(Arithmetic.class, clamped.otherwise().orElseThrow());
    assertEquals(ArithmeticOp.DIVIDE, quotient.steps().get(0).op());
    String n = "cast(sum(g_lines_p.c1_n) as double)";
    assertEquals("((" + n + " * sum(g_lines_p.c1_q)) - (sum(g_lines_p.c1_s) * sum(g_lines_p.c1_s)))",
        Nodes.describe(quotient.first()));
    assertEquals("(" + n + " * (" + n + " - 1.0))", Nodes.describe(quotient.steps().get(0).operand()));
  }

  @Test
  void thePopulationVarianceDividesByNSquaredAndAStandardDeviationTakesTheRootOfTheClampedVariance() {
    Case population = assertInstanceOf(Case.class, rollup(call(AggFunction.VAR_POP, AMOUNT), SqlType.DOUBLE)
        .combine());
    Arithmetic quotient = (Arithmetic) population.otherwise().orElseThrow();
    String n = "cast(sum(g_lines_p.c1_n) as double)";
    assertEquals("(" + n + " * " + n + ")", Nodes.describe(quotient.steps().get(0).operand()));
    Node deviation = rollup(call(AggFunction.STDDEV_POP, AMOUNT), SqlType.DOUBLE).combine();
    assertEquals(new Node.Call(dev.grainline.internal.model.expr.ScalarFunction.SQRT, List.of(population)),
        deviation);
  }

  @Test
  void varianceAccumulatesDoublesSoThatSquaresDoNotOverflow() {
    Rollup rollup = rollup(call(AggFunction.STDDEV_SAMP, AMOUNT), SqlType.DOUBLE);
    assertEquals("sum((cast(ol.amount as double) * cast(ol.amount as double)))",
        Nodes.describe(rollup.partials().get(1).aggregate()));
  }

  @Test
  void distinctAggregatesKeepTheirValuesInALevelColumnAndApplyThemselvesAgain() {
    for (AggFunction distinct : List.of(AggFunction.COUNT_DISTINCT, AggFunction.SUM_DISTINCT,
        AggFunction.APPROX_COUNT_DISTINCT)) {
      Rollup rollup = rollup(call(distinct, AMOUNT), SqlType.BIGINT);
      assertEquals(List.of(), rollup.partials());
      Rollup.Level level = rollup.level().orElseThrow();
      assertEquals(List.of("l0"), level.aliases());
      assertEquals(List.of(AMOUNT), level.values());
      assertEquals(new Aggregate(distinct, List.of(ColumnRef.derived(PARTIALS, "l0", SqlType.BIGINT)),
          Optional.empty(), FACT), rollup.combine());
    }
  }

  @Test
  void aFilteredDistinctCountKeepsOnlyTheValuesOfTheRowsItReads() {
    Aggregate filtered = new Aggregate(AggFunction.COUNT_DISTINCT, List.of(AMOUNT), Optional.of(PAID), FACT);
    Rollup.Level level = rollup(filtered, SqlType.BIGINT).level().orElseThrow();
    assertEquals("CASE WHEN ol.status = 'paid' THEN ol.amount END", Nodes.describe(level.values().get(0)));
    assertEquals(Optional.empty(), ((Aggregate) rollup(filtered, SqlType.BIGINT).combine()).filter());
  }

  @Test
  void aCompositeDistinctCountKeepsEachComponentInALevelColumnAndCountsTheTuplesAgain() {
    Node account = new ColumnRef(ROWS, "account_id", SqlType.INTEGER, ColumnRef.Storage.PLAIN);
    Node user = new ColumnRef(ROWS, "user_id", SqlType.BIGINT, ColumnRef.Storage.PLAIN);
    CountDistinct users = new CountDistinct(false, 2).named("USER");
    Rollup rollup = rollup(new Aggregate(users, List.of(account, user), Optional.of(PAID), FACT), SqlType.BIGINT);
    Rollup.Level level = rollup.level().orElseThrow();
    assertEquals(List.of("l0_0", "l0_1"), level.aliases());
    // Rows the filter leaves out keep no component: (NULL, NULL), which the merge's non-NULL rule leaves out.
    assertEquals(List.of("CASE WHEN ol.status = 'paid' THEN ol.account_id END",
        "CASE WHEN ol.status = 'paid' THEN ol.user_id END"), level.values().stream().map(Nodes::describe).toList());
    assertEquals(new Aggregate(users, List.of(ColumnRef.derived(PARTIALS, "l0_0", SqlType.BIGINT),
        ColumnRef.derived(PARTIALS, "l0_1", SqlType.BIGINT)), Optional.empty(), FACT), rollup.combine());
    assertEquals("countDistinct(USER)", Nodes.describe(rollup.combine()));
    assertEquals(2, users.arity());
    assertEquals("count distinct tuples", users.explainMerge());
  }

  @Test
  void holisticAggregatesRefuseToRollUp() {
    for (AggFunction holistic : List.of(AggFunction.MEDIAN, AggFunction.PERCENTILE, AggFunction.MAX_BY,
        AggFunction.MIN_BY)) {
      Node[] args = holistic.arity() == 1 ? new Node[] {AMOUNT} : new Node[] {AMOUNT, AMOUNT};
      assertEquals(Optional.empty(), Rollup.of(call(holistic, args), SqlType.DOUBLE, "c1", PARTIALS, "l0"));
      assertEquals(Aggregability.NONE, holistic.aggregability());
      assertEquals(Optional.empty(), holistic.windowMerge());
    }
  }

  @Test
  void theKindOfAFunctionIsItsAggregability() {
    for (AggFunction function : List.of(AggFunction.COUNT_STAR, AggFunction.COUNT, AggFunction.SUM,
        AggFunction.AVG, AggFunction.MIN, AggFunction.MAX, AggFunction.VAR_SAMP, AggFunction.STDDEV_POP)) {
      assertEquals(Aggregability.FULL, function.aggregability(), function.dslName());
      assertTrue(function.eagerlyAggregable(), function.dslName());
    }
    for (AggFunction function : List.of(AggFunction.COUNT_DISTINCT, AggFunction.SUM_DISTINCT,
        AggFunction.APPROX_COUNT_DISTINCT)) {
      assertEquals(Aggregability.LIMITED, function.aggregability(), function.dslName());
      assertEquals(false, function.eagerlyAggregable(), function.dslName());
    }
  }

  @Test
  void windowsReMergeSumsCountsMinimaAndMaximaOnly() {
    assertEquals(Optional.of(AggFunction.SUM), AggFunction.SUM.windowMerge());
    assertEquals(Optional.of(AggFunction.SUM), AggFunction.COUNT.windowMerge());
    assertEquals(Optional.of(AggFunction.SUM), AggFunction.COUNT_STAR.windowMerge());
    assertEquals(Optional.of(AggFunction.MIN), AggFunction.MIN.windowMerge());
    assertEquals(Optional.of(AggFunction.MAX), AggFunction.MAX.windowMerge());
    assertEquals(Optional.empty(), AggFunction.AVG.windowMerge());
    assertEquals(Optional.empty(), AggFunction.VAR_POP.windowMerge());
    assertEquals(Optional.empty(), AggFunction.COUNT_DISTINCT.windowMerge());
  }

  @Test
  void gapsShowZeroForCountsAndSumsAndAMissingRowIsZeroOnlyForCounts() {
    List<AggFunction> all = List.of(AggFunction.COUNT_STAR, AggFunction.COUNT, AggFunction.SUM, AggFunction.AVG,
        AggFunction.MIN, AggFunction.MAX, AggFunction.VAR_SAMP, AggFunction.VAR_POP, AggFunction.STDDEV_SAMP,
        AggFunction.STDDEV_POP, AggFunction.COUNT_DISTINCT, AggFunction.SUM_DISTINCT,
        AggFunction.APPROX_COUNT_DISTINCT, AggFunction.MEDIAN, AggFunction.PERCENTILE, AggFunction.MAX_BY,
        AggFunction.MIN_BY);
    assertEquals(List.of("count", "count", "sum", "countDistinct", "sumDistinct", "approxCountDistinct"),
        all.stream().filter(AggFunction::zeroOnGap).map(AggFunction::dslName).toList());
    assertEquals(List.of("count", "count", "countDistinct", "approxCountDistinct"),
        all.stream().filter(AggFunction::zeroWhenMissing).map(AggFunction::dslName).toList());
    assertEquals(List.of("count", "count", "sum", "avg", "varSamp", "varPop", "stddevSamp", "stddevPop", "median",
        "percentile"), all.stream().filter(AggFunction::duplicationSensitive).map(AggFunction::dslName).toList());
  }
}
