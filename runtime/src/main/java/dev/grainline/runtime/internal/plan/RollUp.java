package dev.grainline.runtime.internal.plan;

import dev.grainline.internal.model.expr.Node;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A grain group rolled up: partial aggregates at the query grain plus {@code extraGrain} (the entity's key), in a
 * CTE named {@link #partialName()}, then merged and combined to the query grain. The path that pre-aggregations and
 * window roll-ups take; every component is decomposable.
 */
public record RollUp(String name, ScanSource input, List<DimensionColumn> grain, List<GrainColumn> extraGrain,
    List<PlannedComponent> components, Optional<Node> filter, boolean materialized) implements GroupNode {
  public RollUp {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(input, "input");
    grain = List.copyOf(grain);
    extraGrain = List.copyOf(extraGrain);
    components = List.copyOf(components);
    Objects.requireNonNull(filter, "filter");
  }

  public String partialName() {
    return name + "_p";
  }

  @Override
  public List<Node> innerKeys() {
    return extraGrain.stream().map(GrainColumn::expr).toList();
  }

  @Override
  public List<String> innerGrainDescriptions() {
    return extraGrain.stream().map(GrainColumn::description).toList();
  }

  @Override
  public Optional<String> technique() {
    return Optional.of("partials rolled up");
  }

  @Override
  public RollUp withInput(ScanSource value) {
    return new RollUp(name, value, grain, extraGrain, components, filter, materialized);
  }

  @Override
  public RollUp materialized(boolean value) {
    return new RollUp(name, input, grain, extraGrain, components, filter, value);
  }
}
