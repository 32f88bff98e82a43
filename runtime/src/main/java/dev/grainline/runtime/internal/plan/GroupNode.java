package dev.grainline.runtime.internal.plan;

import dev.grainline.Aggregability;
import dev.grainline.internal.model.expr.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A grain group: the rows of one entity's scan aggregated to exactly the query grain, named {@link #name()}, with a
 * column per requested dimension (and hidden period) and one per component.
 */
public sealed interface GroupNode extends RowSource permits Aggregation, RollUp, PreAggregation, Snapshots,
    DistinctKeys {
  String name();

  /** The rows it aggregates. */
  ScanSource input();

  List<DimensionColumn> grain();

  List<PlannedComponent> components();

  /** The conditions that only the shown rows pass (windows read past them), beyond the scan's own. */
  Optional<Node> filter();

  /**
   * The keys it groups the scanned rows by below the query grain before reducing them to it (a roll-up's entity
   * key, snapshots' time and entity), in the order it computes them; empty for a group that aggregates straight to
   * the grain.
   */
  List<Node> innerKeys();

  /**
   * What {@code explain} lists after the query grain for those inner keys (a roll-up's key columns, the entity or
   * time snapshots are picked per).
   */
  List<String> innerGrainDescriptions();

  /** How it computes its rows when that is not a plain aggregation, as {@code explain} notes it after its name. */
  Optional<String> technique();

  /** The same group reading {@code value}'s rows. */
  GroupNode withInput(ScanSource value);

  /**
   * The expressions it computes over its scan's rows, in the order it computes them: what a scan shared with other
   * readers must project for it.
   */
  default List<Node> scanExpressions() {
    List<Node> used = new ArrayList<>();
    grain().forEach(d -> used.add(d.expr()));
    used.addAll(innerKeys());
    components().forEach(c -> used.add(c.aggregate()));
    filter().ifPresent(used::add);
    return used;
  }

  /**
   * Whether its CTE is materialized: a group that windows read too is computed once, and never two scans of one
   * table whose aggregates are joined, which DuckDB 2.0 can get wrong.
   */
  boolean materialized();

  /** The same group, materialized or not. */
  GroupNode materialized(boolean value);

  default String entity() {
    return input().scan().entity();
  }

  /** The worst aggregability of the group's components. */
  default Aggregability aggregability() {
    return components().stream().map(PlannedComponent::aggregability).reduce(Aggregability.FULL, Aggregability::worst);
  }

  /**
   * Whether every component of the group serves only metrics the having filter uses: such a group adds no rows to
   * the result, it only brings values to the rows the requested metrics make.
   */
  default boolean filterOnly(java.util.Set<String> requestedMetrics) {
    return components().stream().noneMatch(c -> c.metrics().stream().anyMatch(requestedMetrics::contains));
  }
}
