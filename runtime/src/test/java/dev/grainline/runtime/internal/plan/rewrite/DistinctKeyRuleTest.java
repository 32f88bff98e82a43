package dev.grainline.runtime.internal.plan.rewrite;

import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.AMOUNT;
import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.BY_REGION;
import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.CHANNEL;
import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.CUSTOMER;
import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.REGION_JOIN;
import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.REGION_KEY;
import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.SALES;
import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.WEB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.grainline.SqlType;
import dev.grainline.internal.model.EntitySource;
import dev.grainline.internal.model.aggregate.AggFunction;
import dev.grainline.internal.model.aggregate.CountDistinct;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.runtime.internal.plan.Aggregation;
import dev.grainline.runtime.internal.plan.DistinctKeys;
import dev.grainline.runtime.internal.plan.GrainColumn;
import dev.grainline.runtime.internal.plan.GroupNode;
import dev.grainline.runtime.internal.plan.JoinStep;
import dev.grainline.runtime.internal.plan.Output;
import dev.grainline.runtime.internal.plan.PlannedComponent;
import dev.grainline.runtime.internal.plan.Scan;
import dev.grainline.runtime.internal.plan.SharedScan;
import dev.grainline.runtime.internal.plan.TenantRestriction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The distinct-key rule on hand-built plans, without a database. */
class DistinctKeyRuleTest {
  private static final ColumnRef TENANT = new ColumnRef(SALES, "account_id", SqlType.INTEGER,
      ColumnRef.Storage.PLAIN);

  private final DistinctKeyRule rule = new DistinctKeyRule();

  private static Aggregation group(List<PlannedComponent> components) {
    return new Aggregation("g_sales", SmallPlans.scan(Optional.empty(), false), List.of(BY_REGION), components,
        Optional.empty(), false);
  }

  private static PlannedComponent distinct(String alias, AggFunction function, List<Node> args,
      Optional<Node> filter) {
    return new PlannedComponent(alias, new Aggregate(function, args, filter, "shop.sales"), SqlType.BIGINT,
        List.of("shop.m_" + alias));
  }

  private GroupNode rewritten(Aggregation group) {
    return SmallPlans.groups(rule.apply(SmallPlans.output(List.of(group)))).get(0);
  }

  private void leftAlone(Aggregation group) {
    Output plan = SmallPlans.output(List.of(group));
    assertSame(plan, rule.apply(plan));
  }

  @Test
  void twoDistinctCountsOfOneColumnWithDifferentFiltersAreCountedInOnePass() {
    Aggregation group = group(List.of(
        distinct("c0", AggFunction.COUNT_DISTINCT, List.of(CUSTOMER), Optional.empty()),
        distinct("c1", AggFunction.COUNT_DISTINCT, List.of(CUSTOMER), Optional.of(WEB))));

    DistinctKeys keys = assertInstanceOf(DistinctKeys.class, rewritten(group));

    assertEquals(group, keys.group(), "the group it computes, which explains it");
    assertEquals(List.of(CUSTOMER), keys.key().stream().map(GrainColumn::expr).toList());
    assertEquals(List.of("k0"), keys.key().stream().map(GrainColumn::alias).toList());
    assertEquals("g_sales_k", keys.keysName());
    assertEquals("g_sales", keys.name(), "the metrics read the same CTE and columns");
    assertEquals(group.components(), keys.components());
  }

  @Test
  void aLoneCompositeDistinctCountIsCountedInOnePass() {
    Aggregation group = group(List.of(distinct("c0", new CountDistinct(false, 2).named("CUSTOMER_REGION"),
        List.of(REGION_KEY, CUSTOMER), Optional.of(WEB))));

    DistinctKeys keys = assertInstanceOf(DistinctKeys.class, rewritten(group));

    assertEquals(List.of(REGION_KEY, CUSTOMER), keys.key().stream().map(GrainColumn::expr).toList(),
        "one key column per component of the tuple, in its order");
    assertEquals(List.of("k0", "k1"), keys.key().stream().map(GrainColumn::alias).toList());
  }

  @Test
  void theScanItReadsIsKeptWithItsTenantRestrictionsAndSharedScan() {
    JoinStep restricted = new JoinStep(REGION_JOIN.table(), REGION_JOIN.type(), REGION_JOIN.from(), REGION_JOIN.to(),
        REGION_JOIN.description(), Optional.of(new TenantRestriction(TENANT, new Node.Param(3, SqlType.INTEGER))));
    Scan scan = new Scan("scan_sales", "shop.sales", new EntitySource(SALES, List.of()), List.of(restricted),
        Optional.empty(), true, false, List.of(new TenantRestriction(TENANT, new Node.Param(3, SqlType.INTEGER))),
        List.of());
    SharedScan shared = new SharedScan(scan, List.of());
    Aggregation group = new Aggregation("g_sales", shared, List.of(BY_REGION), List.of(
        distinct("c0", AggFunction.COUNT_DISTINCT, List.of(CUSTOMER), Optional.of(WEB)),
        distinct("c1", AggFunction.COUNT_DISTINCT, List.of(CUSTOMER), Optional.empty())), Optional.of(WEB), true);

    DistinctKeys keys = assertInstanceOf(DistinctKeys.class, rewritten(group));

    assertSame(shared, keys.input(), "the shared scan, with the tenant of its rows and of its joined dimension");
    assertEquals(Optional.of(WEB), keys.filter(), "the group's own row filter");
    assertEquals(true, keys.materialized());
  }

  @Test
  void aLoneDistinctCountOfOneColumnStaysAsItIs() {
    leftAlone(group(List.of(distinct("c0", AggFunction.COUNT_DISTINCT, List.of(CUSTOMER), Optional.of(WEB)))));
  }

  @Test
  void aGroupWithAnotherComponentStaysAsItIs() {
    leftAlone(group(List.of(
        distinct("c0", AggFunction.COUNT_DISTINCT, List.of(CUSTOMER), Optional.empty()),
        distinct("c1", AggFunction.COUNT_DISTINCT, List.of(CUSTOMER), Optional.of(WEB)),
        SmallPlans.component("c2", AggFunction.SUM, AMOUNT))));
  }

  @Test
  void distinctCountsOfDifferentColumnsStayAsTheyAre() {
    leftAlone(group(List.of(
        distinct("c0", AggFunction.COUNT_DISTINCT, List.of(CUSTOMER), Optional.empty()),
        distinct("c1", AggFunction.COUNT_DISTINCT, List.of(CHANNEL), Optional.empty()))));
  }

  @Test
  void approximateDistinctCountsStayAsTheyAre() {
    leftAlone(group(List.of(
        distinct("c0", AggFunction.APPROX_COUNT_DISTINCT, List.of(CUSTOMER), Optional.empty()),
        distinct("c1", AggFunction.APPROX_COUNT_DISTINCT, List.of(CUSTOMER), Optional.of(WEB)))));
  }

  @Test
  void anExactAndAnApproximateCountOfOneColumnStayAsTheyAre() {
    leftAlone(group(List.of(
        distinct("c0", AggFunction.COUNT_DISTINCT, List.of(CUSTOMER), Optional.empty()),
        distinct("c1", AggFunction.APPROX_COUNT_DISTINCT, List.of(CUSTOMER), Optional.of(WEB)))));
  }
}
