package dev.grainline.internal.model;

/** Facts hold events or transactions; dimensions describe them and are the targets of links. */
public enum EntityKind {
  FACT,
  DIMENSION
}
