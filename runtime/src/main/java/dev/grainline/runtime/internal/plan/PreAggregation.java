package dev.grainline.runtime.internal.plan;

import dev.grainline.internal.model.expr.Node;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A terminal grain group computed below its dimension joins: the fact's rows first aggregated (in a CTE named
 * {@link #preName()}) by its own grain attributes ({@code preGrain}) and the columns its links join on
 * ({@code linkKeys}), where {@code preConditions} hold; then the dimensions joined to those few rows ({@code joins},
 * from the pre-aggregated columns), {@code postConditions} applied, and the partials merged at {@code mergedGrain}.
 * Made by {@code EagerAggregationRule} from {@code group}, which it computes exactly and which explains it.
 */
public record PreAggregation(Aggregation group, List<DimensionColumn> preGrain, List<GrainColumn> linkKeys,
    List<Node> preConditions, List<JoinStep> joins, List<Node> postConditions, List<DimensionColumn> mergedGrain)
    implements GroupNode {
  public PreAggregation {
    Objects.requireNonNull(group, "group");
    preGrain = List.copyOf(preGrain);
    linkKeys = List.copyOf(linkKeys);
    preConditions = List.copyOf(preConditions);
    joins = List.copyOf(joins);
    postConditions = List.copyOf(postConditions);
    mergedGrain = List.copyOf(mergedGrain);
  }

  public String preName() {
    return group.name() + "_pre";
  }

  @Override
  public String name() {
    return group.name();
  }

  @Override
  public ScanSource input() {
    return group.input();
  }

  @Override
  public List<DimensionColumn> grain() {
    return group.grain();
  }

  @Override
  public List<PlannedComponent> components() {
    return group.components();
  }

  @Override
  public Optional<Node> filter() {
    return group.filter();
  }

  @Override
  public boolean materialized() {
    return group.materialized();
  }

  @Override
  public PreAggregation materialized(boolean value) {
    return new PreAggregation(group.materialized(value), preGrain, linkKeys, preConditions, joins, postConditions,
        mergedGrain);
  }
}
