package dev.grainline.internal.model.validation;

import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.assembly.MetricAnnotation;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.MetricUse;
import dev.grainline.internal.model.expr.Nodes;
import java.util.List;
import java.util.Set;

/**
 * {@code @Metric} and {@code @Derived} say what a metric field is, and must be true of its definition: a base metric
 * aggregates columns and uses no other metric; a derived one uses metrics and aggregates nothing itself. Checked on
 * the lowered formula, where declared metrics are references by name and anonymous ones are inlined.
 */
public final class MetricAnnotationRules {
  private MetricAnnotationRules() {}

  /** Checks the annotations of the metric {@code metric} declared at {@code origin} against its formula. */
  public static void check(Report report, String metric, Node formula, Set<MetricAnnotation> annotations,
      Origin origin) {
    if (annotations.size() > 1) {
      report.add(Message.BOTH_METRIC_ANNOTATIONS, origin, null, origin);
      return;
    }
    List<MetricUse> uses = Nodes.collect(formula, MetricUse.class);
    List<Aggregate> aggregates = Nodes.collect(formula, Aggregate.class);
    for (MetricAnnotation annotation : annotations) {
      switch (annotation) {
        case METRIC -> {
          if (!uses.isEmpty()) {
            report.add(Message.METRIC_OVER_METRICS, origin, uses.get(0), metric,
                String.join(", ", uses.stream().map(MetricUse::name).distinct().toList()));
          }
        }
        case DERIVED -> {
          if (!aggregates.isEmpty()) {
            report.add(Message.DERIVED_AGGREGATES, origin, aggregates.get(0), metric,
                Nodes.describe(aggregates.get(0)));
          }
        }
      }
    }
  }

  /** {@code @Metric} or {@code @Derived} on a field that declares no metric. */
  public static void checkNotAMetric(Report report, Set<MetricAnnotation> annotations, Origin origin) {
    for (MetricAnnotation annotation : annotations) {
      report.add(Message.METRIC_ANNOTATION_TARGET, origin, null, annotation.written(), origin);
    }
  }
}
