package dev.grainline.runtime.internal.planning;

import dev.grainline.Aggregability;
import dev.grainline.internal.model.expr.Node;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rows of one entity's {@link Scan}, aggregated to the query grain. A {@link Evaluation#ROLLUP} group first
 * aggregates at {@code grain} plus {@code extraGrain}, then merges to the query grain.
 */
public record GrainGroupPlan(
    String name,
    Scan scan,
    List<DimensionColumn> grain,
    List<GrainColumn> extraGrain,
    List<PlannedComponent> components,
    Evaluation evaluation,
    Optional<Node> filter) {
  public GrainGroupPlan {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(scan, "scan");
    grain = List.copyOf(grain);
    extraGrain = List.copyOf(extraGrain);
    components = List.copyOf(components);
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(filter, "filter");
  }

  public String entity() {
    return scan.entity();
  }

  /**
   * Whether every component of the group serves only metrics the having filter uses: such a group adds no rows to
   * the result, it only brings values to the rows the requested metrics make.
   */
  public boolean filterOnly(java.util.Set<String> requestedMetrics) {
    return components.stream().noneMatch(c -> c.metrics().stream().anyMatch(requestedMetrics::contains));
  }

  /** The worst aggregability of the group's components. */
  public Aggregability aggregability() {
    return components.stream().map(PlannedComponent::aggregability).reduce(Aggregability.FULL, Aggregability::worst);
  }

  /** An extra grain column of a roll-up: a key attribute or the column a distinct count counts. */
  public record GrainColumn(String alias, Node expr, String description) {
    public GrainColumn {
      Objects.requireNonNull(alias, "alias");
      Objects.requireNonNull(expr, "expr");
      Objects.requireNonNull(description, "description");
    }
  }
}
