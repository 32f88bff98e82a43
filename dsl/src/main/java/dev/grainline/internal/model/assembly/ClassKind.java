package dev.grainline.internal.model.assembly;

/** What an annotated class declares. */
public enum ClassKind {
  FACT,
  DIMENSION,
  /** Metrics over other metrics, and named queries; no rows of its own. */
  METRICS
}
