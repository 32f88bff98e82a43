package dev.grainline.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A query that starts running, as {@link QueryListener}s see it.
 *
 * @param queryId numbers the queries of one layer, from 1; the same in the {@link QueryFinished} event and the log
 * @param metrics the requested metrics, by qualified name; empty for a text query whose text does not parse, which
 *     finishes at once with its syntax error
 * @param dimensions the requested dimensions, as written ("v3.date.week[order]"); empty as {@code metrics} is
 * @param dialect the dialect the query is rendered in; empty only before a layer created without one has read it
 *     from its database for the first time
 */
public record QueryStarted(long queryId, List<String> metrics, List<String> dimensions, Optional<Dialect> dialect) {
  public QueryStarted {
    metrics = List.copyOf(metrics);
    dimensions = List.copyOf(dimensions);
    Objects.requireNonNull(dialect, "dialect");
  }
}
