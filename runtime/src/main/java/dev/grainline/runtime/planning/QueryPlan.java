package dev.grainline.runtime.planning;

import dev.grainline.model.SortKey;
import dev.grainline.model.expr.Expr;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A planned query: grain groups, each at the query grain once computed; the requested dimensions (shared aliases,
 * coalesced across groups); the metrics as combiners over the groups' components; then the having filter (over the
 * output aliases), the order (output aliases, with every dimension as a tie-breaker) and whether a limit is bound.
 */
public record QueryPlan(
    List<GrainGroup> groups,
    List<DimensionOutput> dimensions,
    List<OutputMetric> metrics,
    Optional<Expr> having,
    List<SortKey> order,
    boolean limited,
    List<String> warnings) {
  public QueryPlan {
    groups = List.copyOf(groups);
    dimensions = List.copyOf(dimensions);
    metrics = List.copyOf(metrics);
    Objects.requireNonNull(having, "having");
    order = List.copyOf(order);
    warnings = List.copyOf(warnings);
  }

  /** A requested dimension of the result: its shared alias and its requested name. */
  public record DimensionOutput(String alias, String name, dev.grainline.model.SqlType type) {}
}
