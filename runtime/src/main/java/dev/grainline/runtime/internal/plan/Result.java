package dev.grainline.runtime.internal.plan;

import dev.grainline.internal.model.TableRef;

/** The combined result, named {@link #RESULT}, which the output's having filter and order read. */
public sealed interface Result extends PlanNode permits Combine, WindowedResult {
  TableRef RESULT = PlanNode.table("result");
}
