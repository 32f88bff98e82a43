package dev.grainline.runtime.internal.plan;

import dev.grainline.internal.model.aggregate.SemiAdditive;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Nodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A grain group of semi-additive components (snapshots: stock, balances) that share their rule, time and entity:
 * the rows first reduced per grain key and {@code time} (CTE {@link #timesName()}: per entity the greatest value of
 * each time, or by the totals rule the sum of the time's values), then per grain key and entity the snapshot each
 * component picks (CTE {@link #entitiesName()}; the per-entity rule only), then summed to the query grain. Never
 * rolled up: a sum across a finer time grain would add snapshots of several times.
 *
 * <p>{@code time} orders the snapshots (the start of the over attribute's periods), {@code entityKey} identifies the
 * entities (empty by the totals rule).
 */
public record Snapshots(String name, ScanSource input, List<DimensionColumn> grain, SemiAdditive.Scope scope,
    Node time, List<GrainColumn> entityKey, List<PlannedComponent> components, Optional<Node> filter,
    boolean materialized) implements GroupNode {
  public Snapshots {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(input, "input");
    grain = List.copyOf(grain);
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(time, "time");
    entityKey = List.copyOf(entityKey);
    components = List.copyOf(components);
    Objects.requireNonNull(filter, "filter");
  }

  public String timesName() {
    return name + "_t";
  }

  public String entitiesName() {
    return name + "_e";
  }

  @Override
  public List<Node> innerKeys() {
    List<Node> keys = new ArrayList<>();
    keys.add(time);
    entityKey.forEach(k -> keys.add(k.expr()));
    return keys;
  }

  @Override
  public List<String> innerGrainDescriptions() {
    return List.of("then per " + (entityKey.isEmpty() ? "time: " + Nodes.describe(time)
        : "entity: " + String.join(", ", entityKey.stream().map(GrainColumn::description).toList())));
  }

  @Override
  public Optional<String> technique() {
    return Optional.empty();
  }

  @Override
  public Snapshots withInput(ScanSource value) {
    return new Snapshots(name, value, grain, scope, time, entityKey, components, filter, materialized);
  }

  @Override
  public Snapshots materialized(boolean value) {
    return new Snapshots(name, input, grain, scope, time, entityKey, components, filter, value);
  }
}
