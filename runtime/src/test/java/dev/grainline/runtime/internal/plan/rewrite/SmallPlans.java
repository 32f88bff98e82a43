package dev.grainline.runtime.internal.plan.rewrite;

import dev.grainline.SqlType;
import dev.grainline.internal.model.EntitySource;
import dev.grainline.internal.model.JoinType;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.aggregate.AggFunction;
import dev.grainline.internal.model.expr.ComparisonOp;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.runtime.internal.plan.Combine;
import dev.grainline.runtime.internal.plan.DimensionColumn;
import dev.grainline.runtime.internal.plan.DimensionOutput;
import dev.grainline.runtime.internal.plan.GroupNode;
import dev.grainline.runtime.internal.plan.JoinStep;
import dev.grainline.runtime.internal.plan.Output;
import dev.grainline.runtime.internal.plan.OutputMetric;
import dev.grainline.runtime.internal.plan.PlanNode;
import dev.grainline.runtime.internal.plan.PlannedComponent;
import dev.grainline.runtime.internal.plan.Result;
import dev.grainline.runtime.internal.plan.Scan;
import java.util.List;
import java.util.Optional;

/**
 * Hand-built plans over one fact ({@code sales s}) joined to two dimensions ({@code regions r}, {@code days d}), for
 * rule tests.
 */
final class SmallPlans {
  static final TableRef SALES = new TableRef("shop", "sales", "s");
  static final TableRef REGIONS = new TableRef("shop", "regions", "r");
  static final TableRef DAYS = new TableRef("shop", "days", "d");
  static final ColumnRef AMOUNT = new ColumnRef(SALES, "amount", SqlType.DOUBLE, ColumnRef.Storage.PLAIN);
  static final ColumnRef CUSTOMER = new ColumnRef(SALES, "customer", SqlType.TEXT, ColumnRef.Storage.PLAIN);
  static final ColumnRef CHANNEL = new ColumnRef(SALES, "channel", SqlType.TEXT, ColumnRef.Storage.PLAIN);
  static final ColumnRef REGION_KEY = new ColumnRef(SALES, "region_id", SqlType.INTEGER, ColumnRef.Storage.PLAIN);
  static final ColumnRef REGION_ID = new ColumnRef(REGIONS, "region_id", SqlType.INTEGER, ColumnRef.Storage.PLAIN);
  static final ColumnRef REGION_NAME = new ColumnRef(REGIONS, "name", SqlType.TEXT, ColumnRef.Storage.PLAIN);
  static final ColumnRef DAY_KEY = new ColumnRef(SALES, "day_id", SqlType.INTEGER, ColumnRef.Storage.PLAIN);
  static final ColumnRef DAY_ID = new ColumnRef(DAYS, "day_id", SqlType.INTEGER, ColumnRef.Storage.PLAIN);
  static final ColumnRef MONTH = new ColumnRef(DAYS, "month", SqlType.INTEGER, ColumnRef.Storage.PLAIN);
  static final DimensionColumn BY_REGION = new DimensionColumn("name",
      new AttributeRef("shop.region", "name", Optional.empty()), REGION_NAME, SqlType.TEXT);
  static final DimensionColumn BY_MONTH = new DimensionColumn("month",
      new AttributeRef("shop.day", "month", Optional.empty()), MONTH, SqlType.INTEGER);
  static final Node WEB = new Node.Comparison(ComparisonOp.EQ, CHANNEL, new Node.Param(0, SqlType.TEXT));
  static final Node NORTH = new Node.Comparison(ComparisonOp.EQ, REGION_NAME, new Node.Param(1, SqlType.TEXT));
  static final Node JANUARY = new Node.Comparison(ComparisonOp.EQ, MONTH, new Node.Param(2, SqlType.INTEGER));
  static final JoinStep REGION_JOIN = new JoinStep(REGIONS, JoinType.LEFT, List.of(REGION_KEY), List.of(REGION_ID),
      "shop.sales -> shop.region as r", Optional.empty());
  static final JoinStep DAY_JOIN = new JoinStep(DAYS, JoinType.LEFT, List.of(DAY_KEY), List.of(DAY_ID),
      "shop.sales -> shop.day as d", Optional.empty());

  private SmallPlans() {}

  /**
   * The rows of sales joined to their regions and days, where {@code where} holds; {@code shared} when several read
   * them.
   */
  static Scan scan(Optional<Node> where, boolean shared) {
    return new Scan("scan_sales", "shop.sales", new EntitySource(SALES, List.of()), List.of(REGION_JOIN, DAY_JOIN),
        where, shared, false, List.of(), List.of());
  }

  static PlannedComponent component(String alias, AggFunction function, Node arg) {
    return new PlannedComponent(alias, new Aggregate(function, List.of(arg), Optional.empty(), "shop.sales"),
        function == AggFunction.COUNT_DISTINCT ? SqlType.BIGINT : SqlType.DOUBLE, List.of("shop.m_" + alias));
  }

  /** The output of {@code groups} combined by region, each component a metric of the same name. */
  static Output output(List<GroupNode> groups) {
    List<OutputMetric> metrics = groups.stream().flatMap(g -> g.components().stream()
        .map(c -> new OutputMetric(c.alias(), "shop.m_" + c.alias(),
            ColumnRef.derived(PlanNode.table(g.name()), c.alias(), c.type()), c.type(), false))).toList();
    List<DimensionOutput> keys = List.of(new DimensionOutput("name", "shop.region.name", SqlType.TEXT));
    Combine result = new Combine(Result.RESULT.name(),
        groups.stream().map(g -> new Combine.Member(g, true)).toList(), keys, metrics, true, false);
    return new Output(result, keys, metrics, Optional.empty(), List.of(), false, false, List.of(), Optional.empty());
  }

  static List<GroupNode> groups(Output plan) {
    return ((Combine) plan.result()).groups();
  }
}
