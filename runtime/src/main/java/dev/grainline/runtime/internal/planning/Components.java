package dev.grainline.runtime.internal.planning;

import dev.grainline.internal.model.MetricDef;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.query.ResolvedQuery;
import dev.grainline.internal.model.validation.TypeChecker;
import dev.grainline.runtime.internal.plan.PlannedComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every distinct aggregate of the query's metrics (requested, then filter-only), numbered in order of appearance,
 * and grouped by the entity whose rows it reads. Aggregates inside windows are components too: computed at the query
 * grain, they make the rows a window metric is shown on.
 */
record Components(List<MetricDef> metrics, Map<Aggregate, PlannedComponent> byAggregate,
    Map<String, List<PlannedComponent>> byEntity) {
  static Components of(ResolvedQuery query, Function<String, Node> expand, TypeChecker types) {
    List<MetricDef> metrics = new ArrayList<>(query.metrics());
    metrics.addAll(query.filterOnlyMetrics());
    Map<Aggregate, List<String>> usedBy = new LinkedHashMap<>();
    for (MetricDef metric : metrics) {
      for (Aggregate aggregate : Nodes.collect(expand.apply(metric.name()), Aggregate.class)) {
        List<String> users = usedBy.computeIfAbsent(aggregate, a -> new ArrayList<>());
        if (!users.contains(metric.name())) {
          users.add(metric.name());
        }
      }
    }
    Map<Aggregate, PlannedComponent> byAggregate = new LinkedHashMap<>();
    Map<String, List<PlannedComponent>> byEntity = new LinkedHashMap<>();
    for (var entry : usedBy.entrySet()) {
      Aggregate aggregate = entry.getKey();
      PlannedComponent component = new PlannedComponent("c" + byAggregate.size(), aggregate,
          types.typeOf(aggregate).orElseThrow(), entry.getValue());
      byAggregate.put(aggregate, component);
      byEntity.computeIfAbsent(aggregate.entity(), e -> new ArrayList<>()).add(component);
    }
    return new Components(metrics, byAggregate, byEntity);
  }

  PlannedComponent of(Aggregate aggregate) {
    return byAggregate.get(aggregate);
  }
}
