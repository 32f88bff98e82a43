package dev.grainline.runtime.internal.plan;

import dev.grainline.internal.model.expr.Node;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A terminal grain group computed below some of its dimension joins: the fact's rows, with the dimensions that the
 * query's conditions read joined to them ({@code joinedBelow}) and every condition applied, first aggregated (in a
 * CTE named {@link #preName()}) by the grain attributes they hold ({@code preGrain}) and the columns the other links
 * join on ({@code linkKeys}); then the other dimensions joined to those few rows ({@code joinedAbove}, from the
 * pre-aggregated columns), and the partials merged at {@code mergedGrain}. Made by {@code EagerAggregationRule} from
 * {@code group}, which it computes exactly and which explains it.
 */
public record PreAggregation(Aggregation group, List<JoinStep> joinedBelow, List<Node> conditions,
    List<DimensionColumn> preGrain, List<GrainColumn> linkKeys, List<JoinStep> joinedAbove,
    List<DimensionColumn> mergedGrain) implements GroupNode {
  public PreAggregation {
    Objects.requireNonNull(group, "group");
    joinedBelow = List.copyOf(joinedBelow);
    conditions = List.copyOf(conditions);
    preGrain = List.copyOf(preGrain);
    linkKeys = List.copyOf(linkKeys);
    joinedAbove = List.copyOf(joinedAbove);
    mergedGrain = List.copyOf(mergedGrain);
  }

  /** The same pre-aggregation of the same group read from {@code input}. */
  @Override
  public PreAggregation withInput(ScanSource input) {
    return new PreAggregation(group.withInput(input), joinedBelow, conditions, preGrain, linkKeys, joinedAbove,
        mergedGrain);
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

  /**
   * Its group's: explain describes the group it computes exactly, and the eager aggregation rule never wraps a group
   * that reads a shared scan, so no scan projects the pre-aggregation's own keys.
   */
  @Override
  public List<Node> innerKeys() {
    return group.innerKeys();
  }

  @Override
  public List<String> innerGrainDescriptions() {
    return group.innerGrainDescriptions();
  }

  @Override
  public Optional<String> technique() {
    return group.technique();
  }

  @Override
  public boolean materialized() {
    return group.materialized();
  }

  @Override
  public PreAggregation materialized(boolean value) {
    return new PreAggregation(group.materialized(value), joinedBelow, conditions, preGrain, linkKeys, joinedAbove,
        mergedGrain);
  }
}
