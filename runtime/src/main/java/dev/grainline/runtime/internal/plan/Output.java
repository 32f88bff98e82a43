package dev.grainline.runtime.internal.plan;

import dev.grainline.internal.model.SortKey;
import dev.grainline.internal.model.expr.Node;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The root of a plan, the final SELECT: the requested dimensions and metrics of the {@code result}, the having
 * filter (over the result's aliases), the order (with every dimension as a tie-breaker, so that the order is total
 * and pages of a limit and an offset neither repeat nor miss rows), and whether a limit and an offset are bound.
 * {@code timeZone} is the query's time zone (a text value), in which {@code today()} is the current date; without
 * one, it is UTC. Hidden metrics are computed for the having filter only.
 */
public record Output(Result result, List<DimensionOutput> dimensions, List<OutputMetric> metrics,
    Optional<Node> having, List<SortKey> order, boolean limited, boolean offset, List<String> warnings,
    Optional<Node> timeZone) implements PlanNode {
  public Output {
    Objects.requireNonNull(result, "result");
    dimensions = List.copyOf(dimensions);
    metrics = List.copyOf(metrics);
    Objects.requireNonNull(having, "having");
    order = List.copyOf(order);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(timeZone, "timeZone");
  }

  public Output withResult(Result value) {
    return new Output(value, dimensions, metrics, having, order, limited, offset, warnings, timeZone);
  }
}
