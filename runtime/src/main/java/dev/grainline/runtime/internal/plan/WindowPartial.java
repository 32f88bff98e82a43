package dev.grainline.runtime.internal.plan;

import dev.grainline.internal.model.expr.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The partial aggregates of one fact for a window, in a CTE named {@code name}: its components at
 * ({@code partitions}, {@code sourcePeriod}) read from its rows with {@code filter} (the query's filter without the
 * window's calendar conditions, beyond the scan's own), or from a grain group that holds them per row key. Windows
 * whose partials are the same rows (a lag and the current period of one metric) share one partial.
 */
public record WindowPartial(String name, RowSource input, Optional<Node> filter, List<DimensionColumn> partitions,
    Node sourcePeriod, List<PlannedComponent> components) implements PlanNode {
  public WindowPartial {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(filter, "filter");
    partitions = List.copyOf(partitions);
    Objects.requireNonNull(sourcePeriod, "sourcePeriod");
    components = List.copyOf(components);
  }

  public WindowPartial withInput(RowSource value) {
    return new WindowPartial(name, value, filter, partitions, sourcePeriod, components);
  }

  /** The expressions it computes over its input's rows, in the order it computes them. */
  public List<Node> scanExpressions() {
    List<Node> used = new ArrayList<>();
    partitions.forEach(p -> used.add(p.expr()));
    used.add(sourcePeriod);
    components.forEach(c -> used.add(c.aggregate()));
    filter.ifPresent(used::add);
    return used;
  }

  public String entity() {
    return switch (input) {
      case ScanSource scan -> scan.scan().entity();
      case GroupNode group -> group.entity();
    };
  }
}
