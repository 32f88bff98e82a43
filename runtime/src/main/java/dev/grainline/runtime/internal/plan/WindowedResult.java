package dev.grainline.runtime.internal.plan;

import java.util.List;
import java.util.Objects;

/**
 * The result of a query with windows: the base rows with each window's merged rows left-joined on its partitions and
 * period (NULL-safe), and the metrics' combiners over both. The hidden periods are kept: they break ties in the
 * order, as an integer week that repeats every year names several rows.
 */
public record WindowedResult(BaseRows base, List<DimensionOutput> dimensions, List<DimensionOutput> periods,
    List<WindowMerge> windows, List<OutputMetric> metrics) implements Result {
  public WindowedResult {
    Objects.requireNonNull(base, "base");
    dimensions = List.copyOf(dimensions);
    periods = List.copyOf(periods);
    windows = List.copyOf(windows);
    metrics = List.copyOf(metrics);
  }

  public WindowedResult with(BaseRows newBase, List<WindowMerge> newWindows) {
    return new WindowedResult(newBase, dimensions, periods, newWindows, metrics);
  }
}
