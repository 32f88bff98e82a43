package dev.grainline.internal.model.validation;

import dev.grainline.internal.model.EntitySource;
import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Node.MetricUse;
import dev.grainline.internal.model.expr.Nodes;

/** The level rules of definitions: what may appear in a row-level expression and in a metric formula. */
public final class DefinitionRules {
  private DefinitionRules() {}

  /**
   * A row-level expression of an entity (an attribute, a link's columns, a join condition) reads only that entity's
   * tables and aggregates nothing.
   */
  public static void checkRow(
      Report report, Node expr, String what, String entity, EntitySource source, Origin origin) {
    Nodes.walk(expr, node -> {
      switch (node) {
        case Aggregate a -> report.add(Message.AGGREGATE_IN_ROW, origin, a, what, Nodes.describe(a));
        case MetricUse m -> report.add(Message.AGGREGATE_IN_ROW, origin, m, what, m.name());
        case ColumnRef c when !source.contains(c.table()) ->
            report.add(Message.FOREIGN_COLUMN, origin, c, what, c.table().qualifiedName() + "." + c.column(), entity);
        case AttributeRef r -> report.add(Message.FOREIGN_COLUMN, origin, r, what, r.toString(), entity);
        default -> {}
      }
    });
  }

  /**
   * A metric formula aggregates: every column sits inside an aggregate, no aggregate contains another, and there is
   * at least one aggregate or metric reference. Returns whether the formula follows the rules.
   */
  public static boolean checkMetric(Report report, String metric, Node formula, Origin origin) {
    int before = report.errorCount();
    boolean[] aggregates = {false};
    visitMetric(report, metric, formula, null, origin, aggregates);
    if (!aggregates[0]) {
      // The DSL cannot build such a metric (every metric type wraps an aggregate or a metric); only hand-made
      // declarations can get here.
      report.add(Message.METRIC_WITHOUT_AGGREGATE, origin, formula, metric);
    }
    return report.errorCount() == before;
  }

  private static void visitMetric(
      Report report, String metric, Node node, Aggregate enclosing, Origin origin, boolean[] aggregates) {
    switch (node) {
      case Aggregate a -> {
        aggregates[0] = true;
        if (enclosing != null) {
          report.add(Message.NESTED_AGGREGATE, origin, a, Nodes.describe(enclosing), Nodes.describe(a));
          return;
        }
        for (Node child : Nodes.children(a)) {
          visitMetric(report, metric, child, a, origin, aggregates);
        }
      }
      case MetricUse m -> {
        aggregates[0] = true;
        if (enclosing != null) {
          report.add(Message.NESTED_AGGREGATE, origin, m, Nodes.describe(enclosing), m.name());
        }
      }
      case Node.Windowed w -> {
        if (enclosing != null) {
          report.add(Message.NESTED_AGGREGATE, origin, w, Nodes.describe(enclosing), Nodes.describe(w));
          return;
        }
        // The time attribute is not a value of the formula; WindowRules checks it.
        visitMetric(report, metric, w.metric(), null, origin, aggregates);
      }
      case ColumnRef c when enclosing == null -> {
        String column = Nodes.describe(c);
        report.add(Message.UNAGGREGATED_COLUMN, origin, c, metric, column, column);
      }
      case AttributeRef r when enclosing == null ->
          report.add(Message.UNAGGREGATED_COLUMN, origin, r, metric, r.toString(), r.toString());
      default -> {
        for (Node child : Nodes.children(node)) {
          visitMetric(report, metric, child, enclosing, origin, aggregates);
        }
      }
    }
  }
}
