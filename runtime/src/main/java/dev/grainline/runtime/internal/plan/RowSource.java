package dev.grainline.runtime.internal.plan;

/** Rows that window partials can aggregate: an entity's scan, or a grain group that already holds them per key. */
public sealed interface RowSource extends PlanNode permits ScanSource, GroupNode {}
