package dev.grainline.runtime.internal.planning;

import dev.grainline.SqlType;
import dev.grainline.dsl.TimeGrain;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.WindowFrame;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One window of the query's metrics, computed for every (partition, period) key of the rows: each fact its metric
 * reads contributes a {@link Part}, partial aggregates per partition and source period, which are merged over the
 * source periods the frame selects for each key. Facts are merged separately and combined afterwards, so a ratio
 * over two facts is the ratio of the window's totals.
 */
public record WindowGroup(
    String name,
    String periodAlias,
    List<Key> partitions,
    TimeGrain axisGrain,
    int shift,
    WindowFrame frame,
    String description,
    List<Part> parts) {
  public WindowGroup {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(periodAlias, "periodAlias");
    partitions = List.copyOf(partitions);
    Objects.requireNonNull(axisGrain, "axisGrain");
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(description, "description");
    parts = List.copyOf(parts);
  }

  /** A requested dimension that partitions the window, by its shared alias. */
  public record Key(String alias, SqlType type) {}

  /**
   * The partial aggregates of one fact: its components at (partitions, {@code sourcePeriod}) read from its scan
   * with {@code filter} (the query's filter without the window's calendar conditions, beyond the scan's own), or,
   * when {@code fromGroup} names a grain group that holds them per row key, from that group's rows. Windows whose
   * partials are the same rows (a lag and the current period of one metric) share one {@code partialName}.
   */
  public record Part(String name, String partialName, Scan scan, Optional<String> fromGroup, Optional<Node> filter,
      List<DimensionColumn> partitions, Node sourcePeriod, List<PlannedComponent> components) {
    public Part {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(partialName, "partialName");
      Objects.requireNonNull(scan, "scan");
      Objects.requireNonNull(fromGroup, "fromGroup");
      Objects.requireNonNull(filter, "filter");
      partitions = List.copyOf(partitions);
      Objects.requireNonNull(sourcePeriod, "sourcePeriod");
      components = List.copyOf(components);
    }

    public String entity() {
      return scan.entity();
    }
  }
}
