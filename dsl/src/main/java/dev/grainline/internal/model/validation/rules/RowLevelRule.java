package dev.grainline.internal.model.validation.rules;

import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Node.MetricUse;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.Report;

/**
 * A row-level expression of an entity reads only that entity's tables and aggregates nothing, but for the aggregate
 * of a derived attribute ({@code perEntity}), which reads its fact's rows. The one reference to another entity's
 * attribute it may hold is the anchor of a cohort offset ({@code periodsSince}), which planning joins by the path
 * {@code CohortOffsetRule} checks.
 */
final class RowLevelRule implements Rule<RowExpression> {
  @Override
  public void check(RowExpression row, Report report) {
    java.util.Set<Node> anchors = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    Nodes.collect(row.expr(), Node.PeriodsSince.class).forEach(p -> anchors.add(p.anchor()));
    check(row, row.expr(), anchors, report);
  }

  private static void check(RowExpression row, Node node, java.util.Set<Node> anchors, Report report) {
    if (node instanceof Node.EntityAggregate || node instanceof Node.DslEntityAggregate) {
      // A derived attribute's value: its aggregate reads its fact's rows, as EntityAttributeRule checks.
      return;
    }
    if (node instanceof Aggregate || node instanceof Node.DslAggregate) {
      // A DslAggregate is one whose rows lowering could not decide (reported there); it aggregates all the same.
      report.add(Message.AGGREGATE_IN_ROW, row.origin(), node, row.what(), Nodes.describe(node));
    } else if (node instanceof MetricUse m) {
      report.add(Message.AGGREGATE_IN_ROW, row.origin(), m, row.what(), m.name());
    } else if (node instanceof ColumnRef c && !row.source().contains(c.table())) {
      report.add(Message.FOREIGN_COLUMN, row.origin(), c, row.what(),
          c.table().qualifiedName() + "." + c.column(), row.entity());
    } else if (node instanceof AttributeRef r && !anchors.contains(r)) {
      report.add(Message.FOREIGN_COLUMN, row.origin(), r, row.what(), r.toString(), row.entity());
    }
    for (Node child : Nodes.children(node)) {
      check(row, child, anchors, report);
    }
  }
}
