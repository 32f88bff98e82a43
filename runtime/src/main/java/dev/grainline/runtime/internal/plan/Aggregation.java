package dev.grainline.runtime.internal.plan;

import dev.grainline.internal.model.expr.Node;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A terminal grain group: its components aggregated straight to the query grain from the scanned rows. */
public record Aggregation(String name, ScanSource input, List<DimensionColumn> grain,
    List<PlannedComponent> components, Optional<Node> filter, boolean materialized) implements GroupNode {
  public Aggregation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(input, "input");
    grain = List.copyOf(grain);
    components = List.copyOf(components);
    Objects.requireNonNull(filter, "filter");
  }

  @Override
  public List<Node> innerKeys() {
    return List.of();
  }

  @Override
  public List<String> innerGrainDescriptions() {
    return List.of();
  }

  @Override
  public Optional<String> technique() {
    return Optional.empty();
  }

  @Override
  public Aggregation withInput(ScanSource value) {
    return new Aggregation(name, value, grain, components, filter, materialized);
  }

  @Override
  public Aggregation materialized(boolean value) {
    return new Aggregation(name, input, grain, components, filter, value);
  }
}
