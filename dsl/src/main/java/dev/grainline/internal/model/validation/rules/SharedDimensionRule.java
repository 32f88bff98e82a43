package dev.grainline.internal.model.validation.rules;

import dev.grainline.internal.model.MetricDef;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.text.Suggestions;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.Report;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A metric over several facts is computed by joining them on the query's dimensions: they must share one. */
final class SharedDimensionRule implements Rule<ModelContext> {
  @Override
  public void check(ModelContext context, Report report) {
    Model model = context.model();
    for (MetricDef metric : model.metrics()) {
      List<String> entities = List.copyOf(model.entitiesOf(metric.name()));
      if (entities.size() < 2) {
        continue;
      }
      Set<String> shared = new HashSet<>(model.graph().reachable(entities.get(0)));
      for (String entity : entities.subList(1, entities.size())) {
        shared.retainAll(model.graph().reachable(entity));
      }
      if (shared.isEmpty()) {
        report.add(Message.NO_SHARED_DIMENSION, metric.origin(), metric.formula(), metric.name(),
            Suggestions.orList(entities).replace(" or ", " and "));
      }
    }
  }
}
