package dev.grainline.internal.model.validation.rules;

import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Node.MetricUse;
import dev.grainline.internal.model.expr.Node.Windowed;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.Report;
import java.util.Optional;

/**
 * A metric formula aggregates: every column sits inside an aggregate, no aggregate contains another, and there is at
 * least one aggregate or metric reference.
 */
final class MetricLevelRule implements Rule<MetricFormula> {
  @Override
  public void check(MetricFormula metric, Report report) {
    if (!visit(metric, report, metric.formula(), Optional.empty())) {
      // The DSL cannot build such a metric (every metric type wraps an aggregate or a metric); only hand-made
      // declarations can get here.
      report.add(Message.METRIC_WITHOUT_AGGREGATE, metric.origin(), metric.formula(), metric.name());
    }
  }

  /** Reports what is wrong below {@code node}; returns whether it holds an aggregate or a metric reference. */
  private static boolean visit(MetricFormula metric, Report report, Node node, Optional<Aggregate> enclosing) {
    if (node instanceof Aggregate a) {
      if (enclosing.isPresent()) {
        report.add(Message.NESTED_AGGREGATE, metric.origin(), a, Nodes.describe(enclosing.get()), Nodes.describe(a));
        return true;
      }
      children(metric, report, a, Optional.of(a));
      return true;
    }
    if (node instanceof MetricUse m) {
      enclosing.ifPresent(outer ->
          report.add(Message.NESTED_AGGREGATE, metric.origin(), m, Nodes.describe(outer), m.name()));
      return true;
    }
    if (node instanceof Windowed w) {
      if (enclosing.isPresent()) {
        report.add(Message.NESTED_AGGREGATE, metric.origin(), w, Nodes.describe(enclosing.get()), Nodes.describe(w));
        return false;
      }
      // The time attribute is not a value of the formula; the window rule checks it.
      return visit(metric, report, w.metric(), Optional.empty());
    }
    if (node instanceof ColumnRef c && enclosing.isEmpty()) {
      String column = Nodes.describe(c);
      report.add(Message.UNAGGREGATED_COLUMN, metric.origin(), c, metric.name(), column, column);
      return false;
    }
    if (node instanceof AttributeRef r && enclosing.isEmpty()) {
      report.add(Message.UNAGGREGATED_COLUMN, metric.origin(), r, metric.name(), r.toString(), r.toString());
      return false;
    }
    return children(metric, report, node, enclosing);
  }

  private static boolean children(MetricFormula metric, Report report, Node node, Optional<Aggregate> enclosing) {
    boolean aggregates = false;
    for (Node child : Nodes.children(node)) {
      aggregates |= visit(metric, report, child, enclosing);
    }
    return aggregates;
  }
}
