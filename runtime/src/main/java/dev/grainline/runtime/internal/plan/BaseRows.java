package dev.grainline.runtime.internal.plan;

import dev.grainline.internal.model.TableRef;
import java.util.List;

/**
 * The rows of a query with windows or filled periods, named {@link #BASE}: the grain groups combined into rows that
 * carry the hidden periods and every component, uncombined, before windows are joined to them.
 */
public sealed interface BaseRows extends PlanNode permits Combine, GapFill {
  TableRef BASE = PlanNode.table("base");

  /** The key columns of the rows: the requested dimensions, then the hidden periods. */
  List<DimensionOutput> keys();

  /** The value columns of the rows: every component. */
  List<OutputMetric> columns();
}
