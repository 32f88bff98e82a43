package dev.grainline.runtime.internal.plan.rewrite;

import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.AMOUNT;
import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.BY_MONTH;
import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.BY_REGION;
import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.CUSTOMER;
import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.DAY_JOIN;
import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.DAY_KEY;
import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.JANUARY;
import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.MONTH;
import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.NORTH;
import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.REGION_JOIN;
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
import dev.grainline.runtime.internal.plan.DimensionColumn;
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
  private static final ColumnRef PRE_DAY_KEY =
      ColumnRef.derived(PlanNode.table("g_sales_pre"), "key_s_day_id", SqlType.INTEGER);

  private final EagerAggregationRule rule = new EagerAggregationRule();

  private static Aggregation group(DimensionColumn by, Optional<Node> where, AggFunction function, Node arg) {
    return new Aggregation("g_sales", SmallPlans.scan(where, false), List.of(by),
        List.of(SmallPlans.component("c0", function, arg)), Optional.empty(), false);
  }

  private PreAggregation rewritten(Aggregation group) {
    return assertInstanceOf(PreAggregation.class,
        SmallPlans.groups(rule.apply(SmallPlans.output(List.of(group)))).get(0));
  }

  @Test
  void aSumByADimensionIsAggregatedByTheLinkKeysBeforeTheJoins() {
    Aggregation group = group(BY_REGION, Optional.of(WEB), AggFunction.SUM, AMOUNT);

    PreAggregation pre = rewritten(group);

    assertEquals(group, pre.group(), "the group it computes, which explains it");
    assertEquals(List.of(), pre.joinedBelow(), "no condition reads a dimension");
    assertEquals(List.of(WEB), pre.conditions(), "the condition restricts the rows before they are aggregated");
    assertEquals(List.of(), pre.preGrain(), "the region's name is only known after the join");
    assertEquals(List.of(new GrainColumn("key_s_region_id", REGION_KEY, "link key s.region_id"),
        new GrainColumn("key_s_day_id", DAY_KEY, "link key s.day_id")), pre.linkKeys());
    assertEquals(List.of(PRE_DAY_KEY), pre.joinedAbove().get(1).from(), "days join the pre-aggregated rows");
    assertEquals(REGION_NAME, pre.mergedGrain().get(0).expr());
  }

  @Test
  void aDimensionThatAConditionReadsIsJoinedBeforeTheAggregation() {
    // Rows the filter excludes are never aggregated: an overflowing line of another region cannot fail the query.
    PreAggregation pre = rewritten(group(BY_MONTH, Optional.of(new Node.And(List.of(WEB, NORTH))),
        AggFunction.SUM, AMOUNT));

    assertEquals(List.of(REGION_JOIN), pre.joinedBelow());
    assertEquals(List.of(WEB, NORTH), pre.conditions());
    assertEquals(List.of(new GrainColumn("key_s_day_id", DAY_KEY, "link key s.day_id")), pre.linkKeys());
    assertEquals(List.of(DAY_JOIN.table()), pre.joinedAbove().stream().map(j -> j.table()).toList());
    assertEquals(MONTH, pre.mergedGrain().get(0).expr());
  }

  @Test
  void whenConditionsReadEveryDimensionNothingIsLeftToJoinAfterAndTheGroupStays() {
    Output plan = SmallPlans.output(List.of(group(BY_MONTH, Optional.of(new Node.And(List.of(NORTH, JANUARY))),
        AggFunction.SUM, AMOUNT)));
    assertSame(plan, rule.apply(plan));
  }

  @Test
  void aDistinctCountIsNotPreAggregated() {
    Output plan = SmallPlans.output(List.of(group(BY_REGION, Optional.empty(), AggFunction.COUNT_DISTINCT, CUSTOMER)));
    assertSame(plan, rule.apply(plan));
  }

  @Test
  void aGroupThatReadsASharedScanIsLeftAlone() {
    Aggregation group = group(BY_REGION, Optional.empty(), AggFunction.SUM, AMOUNT);
    Output plan = SmallPlans.output(List.of(group.withInput(new SharedScan(group.input().scan(), List.of()))));
    assertSame(plan, rule.apply(plan));
  }
}
