package dev.grainline.runtime.internal.rendering;

import dev.grainline.runtime.internal.plan.Aggregation;
import dev.grainline.runtime.internal.plan.Combine;
import dev.grainline.runtime.internal.plan.DistinctKeys;
import dev.grainline.runtime.internal.plan.EntityAttributes;
import dev.grainline.runtime.internal.plan.GapFill;
import dev.grainline.runtime.internal.plan.Output;
import dev.grainline.runtime.internal.plan.PlanNode;
import dev.grainline.runtime.internal.plan.PreAggregation;
import dev.grainline.runtime.internal.plan.RollUp;
import dev.grainline.runtime.internal.plan.Snapshots;
import dev.grainline.runtime.internal.plan.Scan;
import dev.grainline.runtime.internal.plan.SharedScan;
import dev.grainline.runtime.internal.plan.WindowMerge;
import dev.grainline.runtime.internal.plan.WindowPartial;
import dev.grainline.runtime.internal.plan.WindowedResult;

/** The one dispatch from a plan node to the renderer of its kind: a new kind of node does not compile until here. */
final class PlanRenderer {
  private PlanRenderer() {}

  static void define(PlanNode node, Statement statement) {
    switch (node) {
      case Output output -> OutputRenderer.define(output, statement);
      case Combine combine -> CombineRenderer.define(combine, statement);
      case WindowedResult windowed -> WindowedResultRenderer.define(windowed, statement);
      case GapFill fill -> GapFillRenderer.define(fill, statement);
      case WindowMerge merge -> WindowMergeRenderer.define(merge, statement);
      case WindowPartial partial -> WindowPartialRenderer.define(partial, statement);
      case Aggregation group -> AggregationRenderer.define(group, statement);
      case RollUp group -> RollUpRenderer.define(group, statement);
      case Snapshots group -> SnapshotsRenderer.define(group, statement);
      case PreAggregation group -> PreAggregationRenderer.define(group, statement);
      case DistinctKeys group -> DistinctKeysRenderer.define(group, statement);
      case SharedScan shared -> SharedScanRenderer.define(shared, statement);
      case EntityAttributes derived -> EntityAttributesRenderer.define(derived, statement);
      // A scan defines no CTE of its own: the node above selects from its tables (ScanRenderer.read), which may
      // join the CTEs of derived attributes.
      case Scan scan -> scan.derived().forEach(statement::define);
    }
  }
}
