package dev.grainline.runtime.internal.planning;

import dev.grainline.internal.model.SortKey;
import dev.grainline.internal.model.expr.Node;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A planned query: grain groups, each at the query grain once computed; the requested dimensions (shared aliases,
 * coalesced across groups); the metrics as combiners over the groups' components; then the having filter (over the
 * output aliases), the order (output aliases, with every dimension as a tie-breaker, so that the order is total and
 * pages of a limit and an offset neither repeat nor miss rows), and whether a limit and an offset are bound.
 *
 * <p>With window metrics, the groups are first combined into base rows that carry the hidden {@code periods} and
 * every component ({@code baseComponents}); the {@code windows} are computed per partition and period of those
 * rows and joined to them, and the combiners read the base rows and the windows. A {@code fill} adds the missing
 * periods of a range to the base rows. {@code timeZone} is the query's time zone (a text value), in which
 * {@code today()} is the current date; without one, it is UTC.
 */
public record QueryPlan(
    List<GrainGroupPlan> groups,
    List<DimensionOutput> dimensions,
    List<DimensionOutput> periods,
    List<WindowGroup> windows,
    List<OutputMetric> baseComponents,
    Optional<GapFillPlan> fill,
    List<OutputMetric> metrics,
    Optional<Node> having,
    List<SortKey> order,
    boolean limited,
    List<String> warnings,
    Optional<Node> timeZone,
    boolean offset) {
  public QueryPlan {
    groups = List.copyOf(groups);
    dimensions = List.copyOf(dimensions);
    periods = List.copyOf(periods);
    windows = List.copyOf(windows);
    baseComponents = List.copyOf(baseComponents);
    Objects.requireNonNull(fill, "fill");
    metrics = List.copyOf(metrics);
    Objects.requireNonNull(having, "having");
    order = List.copyOf(order);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(timeZone, "timeZone");
  }

  /** A requested dimension of the result: its shared alias and its requested name. */
  public record DimensionOutput(String alias, String name, dev.grainline.SqlType type) {}

  /** Whether the metrics are computed over base rows, because there are windows or filled periods. */
  public boolean staged() {
    return !windows.isEmpty() || fill.isPresent();
  }
}
