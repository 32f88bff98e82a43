package dev.grainline.runtime;

import java.util.List;

/** What every query can do, however it was built. Queries are immutable and safe to share between threads. */
public interface MetricQuery {
  /** Plans (or reuses the plan of a query of the same shape), runs the SQL, and returns the rows. */
  Result fetch();

  /** The SQL that {@link #fetch()} runs, with {@code ?} for each of {@link #bindValues()}. */
  String sql();

  /** The values bound to the SQL's placeholders, in order. */
  List<Object> bindValues();

  /** The plan: grain groups with their grain, components and aggregability, then the SQL. */
  Explanation explain();
}
