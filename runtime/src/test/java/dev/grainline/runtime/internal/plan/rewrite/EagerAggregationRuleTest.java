package dev.grainline.runtime.internal.plan.rewrite;

import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.AMOUNT;
import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.BY_REGION;
import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.CUSTOMER;
import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.NORTH;
import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.REGION_KEY;
import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.REGION_NAME;
import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.WEB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.grainline.SqlType;
import dev.grainline.internal.model.aggregate.AggFunction;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.runtime.internal.plan.Aggregation;
import dev.grainline.runtime.internal.plan.GrainColumn;
import dev.grainline.runtime.internal.plan.Output;
import dev.grainline.runtime.internal.plan.PlanNode;
import dev.grainline.runtime.internal.plan.PreAggregation;
import dev.grainline.runtime.internal.plan.SharedScan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The eager-aggregation rule on hand-built plans, without a database. */
class EagerAggregationRuleTest {
  private final EagerAggregationRule rule = new EagerAggregationRule();

  private static Aggregation sumByRegion(Optional<Node> where, AggFunction function, Node arg) {
    return new Aggregation("g_sales", SmallPlans.scan(where, false), List.of(BY_REGION),
        List.of(SmallPlans.component("c0", function, arg)), Optional.empty(), false);
  }

  @Test
  void aSumByADimensionIsAggregatedByTheLinkKeyBeforeTheJoin() {
    Aggregation group = sumByRegion(Optional.of(WEB), AggFunction.SUM, AMOUNT);

    PreAggregation pre = assertInstanceOf(PreAggregation.class,
        SmallPlans.groups(rule.apply(SmallPlans.output(List.of(group)))).get(0));

    ColumnRef preKey = new ColumnRef(PlanNode.table("g_sales_pre"), "key_s_region_id", SqlType.INTEGER);
    assertEquals(group, pre.group(), "the group it computes, which explains it");
    assertEquals(List.of(), pre.preGrain(), "the region's name is only known after the join");
    assertEquals(List.of(new GrainColumn("key_s_region_id", REGION_KEY, "link key s.region_id")), pre.linkKeys());
    assertEquals(List.of(preKey), pre.joins().get(0).from(), "the region is joined to the pre-aggregated rows");
    assertEquals(List.of(WEB), pre.preConditions(), "a condition on the fact's own columns is applied first");
    assertEquals(REGION_NAME, pre.mergedGrain().get(0).expr());
  }

  @Test
  void aConditionOnTheDimensionIsAppliedAfterTheJoin() {
    PreAggregation pre = assertInstanceOf(PreAggregation.class, SmallPlans.groups(rule.apply(SmallPlans.output(
        List.of(sumByRegion(Optional.of(new Node.And(List.of(WEB, NORTH))), AggFunction.SUM, AMOUNT))))).get(0));
    assertEquals(List.of(WEB), pre.preConditions());
    assertEquals(List.of(NORTH), pre.postConditions());
  }

  @Test
  void aDistinctCountIsNotPreAggregated() {
    Output plan = SmallPlans.output(List.of(sumByRegion(Optional.empty(), AggFunction.COUNT_DISTINCT, CUSTOMER)));
    assertSame(plan, rule.apply(plan));
  }

  @Test
  void aGroupThatReadsASharedScanIsLeftAlone() {
    Aggregation group = sumByRegion(Optional.empty(), AggFunction.SUM, AMOUNT);
    Output plan = SmallPlans.output(List.of(group.withInput(new SharedScan(group.input().scan(), List.of()))));
    assertSame(plan, rule.apply(plan));
  }
}
