package dev.grainline.runtime.internal.plan.rewrite;

import dev.grainline.runtime.internal.plan.Output;
import java.util.List;

/**
 * A rewrite of a plan into an equivalent one that runs better: it takes a plan and returns a plan (the same one
 * where it does not apply), so that each rule is tested alone on a hand-built plan, and their order is explicit.
 */
public interface PlanRule {
  /**
   * The rules every plan goes through, in this order: shared scans first, because a group that reads a shared scan
   * is not pre-aggregated, and a distinct-key group reads the scan as it is then; the distinct-key and eager
   * aggregation rules take disjoint groups (distinct counts only, and no distinct count).
   */
  List<PlanRule> ALL = List.of(new SharedScanRule(), new DistinctKeyRule(), new EagerAggregationRule());

  Output apply(Output plan);
}
