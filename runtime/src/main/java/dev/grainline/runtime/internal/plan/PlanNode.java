package dev.grainline.runtime.internal.plan;

import dev.grainline.internal.model.TableRef;

/**
 * A node of a query plan: a tree whose root is the {@link Output} and whose leaves are the {@link Scan}s of the
 * entities' rows. Every node is one SQL construct (a CTE or two that only make sense together, or the final SELECT),
 * immutable, and read by the nodes above it. A subtree read by two nodes (a grain group that a window also reads) is
 * the same value in both places and is rendered once, under its name.
 */
public sealed interface PlanNode permits Output, Result, BaseRows, WindowMerge, WindowPartial, RowSource,
    EntityAttributes {
  /** The table that names a node's rows (a CTE) in the expressions of the nodes that read them. */
  static TableRef table(String name) {
    return new TableRef("", name, name);
  }
}
