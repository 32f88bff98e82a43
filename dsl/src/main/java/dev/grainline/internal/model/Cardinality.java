package dev.grainline.internal.model;

/** How many target rows a link matches per source row, as declared. */
public enum Cardinality {
  MANY_TO_ONE,
  ONE_TO_ONE,
  ONE_TO_MANY,
  MANY_TO_MANY;

  /** Whether following the link can repeat source rows, inflating duplication-sensitive aggregates. */
  public boolean fansOut() {
    return this == ONE_TO_MANY || this == MANY_TO_MANY;
  }

  public String display() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
