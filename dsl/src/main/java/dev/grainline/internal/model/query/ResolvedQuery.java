package dev.grainline.internal.model.query;

import dev.grainline.internal.model.MetricDef;
import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.graph.JoinPath;
import java.util.List;
import java.util.Map;

/**
 * A query whose names all resolved: the requested metrics, the metrics only its having filter uses, the entities
 * whose rows it reads, for each of those entities the join path of every dimension it groups or filters by, and how
 * it uses each window of its metrics.
 */
public record ResolvedQuery(
    QuerySpec spec,
    List<MetricDef> metrics,
    List<MetricDef> filterOnlyMetrics,
    List<String> entities,
    Map<String, Map<AttributeRef, JoinPath>> paths,
    Map<AttributeRef, SqlType> dimensionTypes,
    List<WindowUse> windows) {
  public ResolvedQuery {
    metrics = List.copyOf(metrics);
    filterOnlyMetrics = List.copyOf(filterOnlyMetrics);
    entities = List.copyOf(entities);
    paths = Map.copyOf(paths);
    dimensionTypes = Map.copyOf(dimensionTypes);
    windows = List.copyOf(windows);
  }

  /** The join path from {@code entity} to the referenced dimension. */
  public JoinPath path(String entity, AttributeRef ref) {
    JoinPath path = paths.getOrDefault(entity, Map.of()).get(ref);
    if (path == null) {
      throw new IllegalArgumentException(ref + " was not resolved for " + entity);
    }
    return path;
  }
}
