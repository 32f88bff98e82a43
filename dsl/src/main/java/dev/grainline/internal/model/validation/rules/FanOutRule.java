package dev.grainline.internal.model.validation.rules;

import dev.grainline.internal.model.Entity;
import dev.grainline.internal.model.LinkDef;
import dev.grainline.internal.model.MetricDef;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.Report;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Warns where a link can repeat rows of its entity (one-to-many, many-to-many) and duplication-sensitive metrics
 * (sums, counts, averages) aggregate that entity: grouped through the link, they count rows more than once.
 */
final class FanOutRule implements Rule<ModelContext> {
  @Override
  public void check(ModelContext context, Report report) {
    Map<String, Set<String>> sensitiveByEntity = new LinkedHashMap<>();
    for (MetricDef metric : context.model().metrics()) {
      for (Aggregate aggregate : Nodes.collect(metric.formula(), Aggregate.class)) {
        if (aggregate.function().duplicationSensitive()) {
          sensitiveByEntity.computeIfAbsent(aggregate.entity(), e -> new LinkedHashSet<>()).add(metric.name());
        }
      }
    }
    for (Entity entity : context.model().entities()) {
      for (LinkDef link : entity.links()) {
        Set<String> affected = sensitiveByEntity.getOrDefault(entity.name(), Set.of());
        if (link.cardinality().fansOut() && !affected.isEmpty()) {
          report.add(Message.FAN_OUT, link.origin(), null, link.name(), link.describe(), link.cardinality().display(),
              String.join(", ", affected), entity.name());
        }
      }
    }
  }
}
