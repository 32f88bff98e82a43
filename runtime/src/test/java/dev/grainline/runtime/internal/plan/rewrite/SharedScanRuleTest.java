package dev.grainline.runtime.internal.plan.rewrite;

import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.AMOUNT;
import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.BY_REGION;
import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.REGION_NAME;
import static dev.grainline.runtime.internal.plan.rewrite.SmallPlans.WEB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.SqlType;
import dev.grainline.internal.model.aggregate.AggFunction;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.runtime.internal.plan.Aggregation;
import dev.grainline.runtime.internal.plan.GrainColumn;
import dev.grainline.runtime.internal.plan.GroupNode;
import dev.grainline.runtime.internal.plan.Output;
import dev.grainline.runtime.internal.plan.PlanNode;
import dev.grainline.runtime.internal.plan.RollUp;
import dev.grainline.runtime.internal.plan.Scan;
import dev.grainline.runtime.internal.plan.SharedScan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shared-scan rule on hand-built plans, without a database. */
class SharedScanRuleTest {
  private final SharedScanRule rule = new SharedScanRule();

  @Test
  void aPlanWhoseScansAreReadOnceIsReturnedAsItIs() {
    Scan scan = SmallPlans.scan(Optional.of(WEB), false);
    Output plan = SmallPlans.output(List.of(new Aggregation("g_sales", scan, List.of(BY_REGION),
        List.of(SmallPlans.component("c0", AggFunction.SUM, AMOUNT)), Optional.empty(), false)));
    assertSame(plan, rule.apply(plan));
  }

  @Test
  void groupsOfOneSharedScanReadOneCteProjectingTheColumnsTheyUseInOrder() {
    Scan scan = SmallPlans.scan(Optional.of(WEB), true);
    ColumnRef saleId = new ColumnRef(SmallPlans.SALES, "sale_id", SqlType.INTEGER, ColumnRef.Storage.PLAIN);
    RollUp rollUp = new RollUp("g_sales", scan, List.of(BY_REGION), List.of(new GrainColumn("k_sale_id", saleId,
        "key")), List.of(SmallPlans.component("c0", AggFunction.SUM, AMOUNT)), Optional.empty(), false);
    Aggregation raw = new Aggregation("g_sales_raw", scan, List.of(BY_REGION),
        List.of(SmallPlans.component("c1", AggFunction.MEDIAN, AMOUNT)), Optional.empty(), false);

    List<GroupNode> groups = SmallPlans.groups(rule.apply(SmallPlans.output(List.of(rollUp, raw))));

    SharedScan shared = (SharedScan) groups.get(0).input();
    assertEquals(shared, groups.get(1).input(), "both groups read the same scan");
    assertTrue(shared.materialized());
    assertEquals(List.of(new SharedScan.Projected(REGION_NAME, "r__name"),
        new SharedScan.Projected(saleId, "s__sale_id"), new SharedScan.Projected(AMOUNT, "s__amount")),
        shared.columns());
    // The groups keep their expressions over the entity's tables; reading through the scan maps them to its columns.
    assertEquals(rollUp.components(), groups.get(0).components());
    assertEquals(ColumnRef.derived(PlanNode.table("scan_sales"), "r__name", SqlType.TEXT), shared.read(REGION_NAME));
  }
}
