package dev.grainline.internal.model.query;

import dev.grainline.internal.model.expr.Node;
import java.util.Objects;

/**
 * A request for every period of a range: the query's finest time attribute gets a row for each of its periods from
 * the one containing {@code from} to the one containing {@code to} that the query's conditions on the same calendar
 * keep, for every combination of the other requested dimensions
 * that the result has. Counts and sums of filled rows are 0; other metrics are computed as usual, windows included.
 * {@code from} and {@code to} are date values of the query (bind values).
 */
public record GapFill(Node from, Node to) {
  public GapFill {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
