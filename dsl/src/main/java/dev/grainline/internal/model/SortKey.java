package dev.grainline.internal.model;

import dev.grainline.internal.model.expr.Node;
import java.util.Objects;

/**
 * One ORDER BY item: a requested metric ({@link Node.MetricUse}) or dimension ({@link Node.AttributeRef}). NULLs sort
 * last unless {@code nullsFirst}, on every engine.
 */
public record SortKey(Node expr, boolean descending, boolean nullsFirst) {
  public SortKey {
    Objects.requireNonNull(expr, "expr");
  }
}
