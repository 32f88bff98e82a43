package dev.grainline.internal.model.validation.rules;

import dev.grainline.internal.model.assembly.MetricAnnotation;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.MetricUse;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.Report;
import java.util.List;

/**
 * {@code @Metric} and {@code @Derived} say what a metric field is, and must be true of its definition: a base metric
 * aggregates columns and uses no other metric; a derived one uses metrics and aggregates nothing itself. Checked on
 * the lowered formula, where declared metrics are references by name and anonymous ones are inlined.
 */
final class MetricAnnotationRule implements Rule<MetricFormula> {
  @Override
  public void check(MetricFormula metric, Report report) {
    if (metric.annotations().size() > 1) {
      report.add(Message.BOTH_METRIC_ANNOTATIONS, metric.origin(), null, metric.origin());
      return;
    }
    List<MetricUse> uses = Nodes.collect(metric.formula(), MetricUse.class);
    List<Aggregate> aggregates = Nodes.collect(metric.formula(), Aggregate.class);
    for (MetricAnnotation annotation : metric.annotations()) {
      switch (annotation) {
        case METRIC -> {
          if (!uses.isEmpty()) {
            report.add(Message.METRIC_OVER_METRICS, metric.origin(), uses.get(0), metric.name(),
                String.join(", ", uses.stream().map(MetricUse::name).distinct().toList()));
          }
        }
        case DERIVED -> {
          if (!aggregates.isEmpty()) {
            report.add(Message.DERIVED_AGGREGATES, metric.origin(), aggregates.get(0), metric.name(),
                Nodes.describe(aggregates.get(0)));
          }
        }
      }
    }
  }
}
