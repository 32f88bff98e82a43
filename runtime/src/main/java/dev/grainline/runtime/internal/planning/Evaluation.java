package dev.grainline.runtime.internal.planning;

/** How a grain group computes its components. */
public enum Evaluation {
  /** Aggregated straight to the query grain from the scanned rows: one level of aggregation. */
  TERMINAL,
  /**
   * Accumulated into partial aggregates at a finer grain (the query grain plus extra columns), then merged and
   * combined to the query grain. The path that pre-aggregations and window roll-ups take.
   */
  ROLLUP
}
