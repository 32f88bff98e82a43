package dev.grainline.dsl;

/** An ORDER BY item of a named query. */
public interface SortField {
  SortField nullsFirst();

  SortField nullsLast();
}
