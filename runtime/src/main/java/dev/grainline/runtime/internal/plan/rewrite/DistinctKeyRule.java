package dev.grainline.runtime.internal.plan.rewrite;

import dev.grainline.internal.model.aggregate.CountDistinct;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.runtime.internal.plan.Aggregation;
import dev.grainline.runtime.internal.plan.DistinctKeys;
import dev.grainline.runtime.internal.plan.GrainColumn;
import dev.grainline.runtime.internal.plan.Output;
import dev.grainline.runtime.internal.plan.PlanNode;
import dev.grainline.runtime.internal.plan.PlanNodes;
import dev.grainline.runtime.internal.plan.PlannedComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Distinct counts of one key in one pass: a terminal grain group all of whose components are exact distinct counts
 * of the same arguments (filters may differ: customers, web customers, returning customers) becomes a
 * {@link DistinctKeys}, which groups the rows once by grain and key, reduces each filter to a flag of that key, and
 * counts the flagged keys per grain. The engines compute each {@code count(distinct ...)} by sorting or hashing the
 * values again; one hash aggregation to the (grain, key) level does it once for every component. It applies when
 * that is a gain: when at least two components count the key, or when the key is a composite entity's tuple, whose
 * {@code count(distinct (a, b))} sorts row values. A lone count of one column stays as it is: the engine's own
 * distinct aggregate is one pass already.
 *
 * <p>Exact, because a key passes a component's filter in the group exactly when one of its rows does, and the
 * grouping keeps the rows whose key has a NULL component (counted by no component, as {@code count(distinct)} skips
 * them), so that a grain whose keys are all NULL is still a row, counting 0. Approximate counts are left alone (an
 * estimate per component is what was asked for), and so is a group with any other component. The group's scan is
 * read as it is, inline or shared, with its tenant restrictions, so this rule runs after {@link SharedScanRule} and
 * is independent of {@link EagerAggregationRule}, which never takes a distinct count.
 */
public final class DistinctKeyRule implements PlanRule {
  @Override
  public Output apply(Output plan) {
    return PlanNodes.rewrite(plan, node -> node instanceof Aggregation group
        ? rewrite(group).<PlanNode>map(d -> d).orElse(group)
        : node);
  }

  /** The distinct-key group that computes {@code group}, or empty where the rewrite does not apply. */
  static Optional<DistinctKeys> rewrite(Aggregation group) {
    List<PlannedComponent> components = group.components();
    if (components.isEmpty() || !components.stream().allMatch(DistinctKeyRule::exactDistinctCount)) {
      return Optional.empty();
    }
    List<Node> args = components.get(0).aggregate().args();
    if (!components.stream().allMatch(c -> c.aggregate().args().equals(args))
        || (args.size() == 1 && components.size() == 1)) {
      return Optional.empty();
    }
    List<GrainColumn> key = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      key.add(new GrainColumn("k" + i, args.get(i), "key " + Nodes.describe(args.get(i))));
    }
    return Optional.of(new DistinctKeys(group, key));
  }

  private static boolean exactDistinctCount(PlannedComponent component) {
    return component.aggregate().function() instanceof CountDistinct count && !count.approximate();
  }
}
