package dev.grainline.model.validation;

import dev.grainline.model.EntitySource;
import dev.grainline.model.Origin;
import dev.grainline.model.expr.Expr;
import dev.grainline.model.expr.Expr.Aggregate;
import dev.grainline.model.expr.Expr.AttributeRef;
import dev.grainline.model.expr.Expr.ColumnRef;
import dev.grainline.model.expr.Expr.MetricRef;
import dev.grainline.model.expr.Exprs;

/** The level rules of definitions: what may appear in a row-level expression and in a metric formula. */
public final class DefinitionRules {
  private DefinitionRules() {}

  /**
   * A row-level expression of an entity (an attribute, a link's columns, a join condition) reads only that entity's
   * tables and aggregates nothing.
   */
  public static void checkRow(
      Report report, Expr expr, String what, String entity, EntitySource source, Origin origin) {
    Exprs.walk(expr, node -> {
      switch (node) {
        case Aggregate a -> report.add(Message.AGGREGATE_IN_ROW, origin, a, what, Exprs.describe(a));
        case MetricRef m -> report.add(Message.AGGREGATE_IN_ROW, origin, m, what, m.name());
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
  public static boolean checkMetric(Report report, String metric, Expr formula, Origin origin) {
    int before = report.errorCount();
    boolean[] aggregates = {false};
    visitMetric(report, metric, formula, null, origin, aggregates);
    if (!aggregates[0]) {
      // The DSL cannot build such a metric (every metric type wraps an aggregate or a metric); only hand-made
      // declarations can get here.
      report.add(Message.INVALID_VALUE, origin, formula, metric, "a metric needs an aggregate or another metric");
    }
    return report.errorCount() == before;
  }

  private static void visitMetric(
      Report report, String metric, Expr node, Aggregate enclosing, Origin origin, boolean[] aggregates) {
    switch (node) {
      case Aggregate a -> {
        aggregates[0] = true;
        if (enclosing != null) {
          report.add(Message.NESTED_AGGREGATE, origin, a, Exprs.describe(enclosing), Exprs.describe(a));
          return;
        }
        for (Expr child : Exprs.children(a)) {
          visitMetric(report, metric, child, a, origin, aggregates);
        }
      }
      case MetricRef m -> {
        aggregates[0] = true;
        if (enclosing != null) {
          report.add(Message.NESTED_AGGREGATE, origin, m, Exprs.describe(enclosing), m.name());
        }
      }
      case Expr.Window w -> {
        if (enclosing != null) {
          report.add(Message.NESTED_AGGREGATE, origin, w, Exprs.describe(enclosing), Exprs.describe(w));
          return;
        }
        // The time attribute is not a value of the formula; WindowRules checks it.
        visitMetric(report, metric, w.metric(), null, origin, aggregates);
      }
      case ColumnRef c when enclosing == null -> {
        String column = Exprs.describe(c);
        report.add(Message.UNAGGREGATED_COLUMN, origin, c, metric, column, column);
      }
      case AttributeRef r when enclosing == null ->
          report.add(Message.UNAGGREGATED_COLUMN, origin, r, metric, r.toString(), r.toString());
      default -> {
        for (Expr child : Exprs.children(node)) {
          visitMetric(report, metric, child, enclosing, origin, aggregates);
        }
      }
    }
  }
}
