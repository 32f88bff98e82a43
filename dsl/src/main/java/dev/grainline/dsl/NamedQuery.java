package dev.grainline.dsl;

/**
 * A query declared in the model, such as a dashboard tile. The processor validates it completely (every dimension
 * reachable from every metric's facts) and generates a record type for its rows.
 */
public interface NamedQuery {
  NamedQuery by(Attribute<?>... dimensions);

  /** A filter on dimensions, applied to the rows of every fact before aggregation. */
  NamedQuery where(Condition condition);

  /** A filter on metric values (and requested dimensions), applied to the result rows. */
  NamedQuery having(Condition condition);

  NamedQuery orderBy(SortField... order);

  NamedQuery limit(long rows);
}
