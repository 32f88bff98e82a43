package dev.grainline.runtime.internal.plan;

import dev.grainline.SqlType;
import dev.grainline.dsl.TimeGrain;
import dev.grainline.internal.model.expr.WindowFrame;
import java.util.List;
import java.util.Objects;

/**
 * One fact's part of a window, in a CTE named {@code name}: every (partition, period) key of the base rows joined
 * to the source periods its frame selects from the fact's {@code partial}, whose partials are merged. Facts are
 * merged separately and combined afterwards, so a ratio over two facts is the ratio of the window's totals. A period
 * with no rows contributes nothing, so the previous period is the calendar's, and a trailing window counts days.
 */
public record WindowMerge(String name, String periodAlias, List<Key> partitions, TimeGrain axisGrain, int shift,
    WindowFrame frame, String description, WindowPartial partial) implements PlanNode {
  /** A requested dimension that partitions the window, by its shared alias. */
  public record Key(String alias, SqlType type) {}

  public WindowMerge {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(periodAlias, "periodAlias");
    partitions = List.copyOf(partitions);
    Objects.requireNonNull(axisGrain, "axisGrain");
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(partial, "partial");
  }

  public WindowMerge withPartial(WindowPartial value) {
    return new WindowMerge(name, periodAlias, partitions, axisGrain, shift, frame, description, value);
  }

  public String entity() {
    return partial.entity();
  }
}
