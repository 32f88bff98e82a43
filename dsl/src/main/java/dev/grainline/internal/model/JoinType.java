package dev.grainline.internal.model;

/** How a source join or a link joins its target. */
public enum JoinType {
  /** Keeps rows without a match; the target's columns are NULL for them. */
  LEFT,
  /** Drops rows without a match. */
  INNER
}
