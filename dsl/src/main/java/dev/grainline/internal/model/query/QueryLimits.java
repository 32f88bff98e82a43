package dev.grainline.internal.model.query;

import dev.grainline.internal.model.SortKey;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.validation.Message;
import java.util.List;
import java.util.Optional;

/**
 * Bounds on what a query may contain. Queries arrive from outside (dashboards, HTTP requests); without bounds, a
 * long name makes "did you mean" slow and a deep filter exhausts the stack of the stages that walk trees
 * recursively. Each bound is checked before the work it protects, in time linear in the input, and no real query
 * comes near one.
 */
public final class QueryLimits {
  private QueryLimits() {}

  /** Characters in a metric or dimension name, role path included. */
  public static final int MAX_NAME_LENGTH = 256;

  /** Metrics, dimensions and ORDER BY keys, each, in one query. */
  public static final int MAX_PARTS = 1_000;

  /**
   * Levels of nesting in a filter or a definition (a leaf is one level, and a chain of ANDs, ORs, additions or
   * multiplications one more however long it is). Every recursive stage handles this depth within a fraction of a
   * default thread stack.
   */
  public static final int MAX_DEPTH = 100;

  /**
   * Conditions ANDed in one conjunction. DuckDB 2.0 pushes each condition on a column into its scan as one more
   * nested filter, and a few thousand overflow its native stack, which ends the JVM; every engine gets the same
   * bound, so that a query that runs on one runs on the other. A list of values is {@code in} / {@code notIn}.
   */
  public static final int MAX_CONJUNCTION = 1_000;

  /** How much of an over-long name a message shows. */
  private static final int SHOWN = 40;

  /** Rejects a query over a bound: every kind of query passes here before it is resolved, planned or rendered. */
  public static void check(QuerySpec spec) {
    count(spec.metrics(), "metrics");
    count(spec.dimensions(), "dimensions");
    count(spec.orderBy(), "ORDER BY keys");
    spec.metrics().forEach(name -> checkName("metric name", name));
    spec.dimensions().forEach(ref -> checkName("dimension name", ref.toString()));
    checkDepth("where filter", spec.where());
    checkDepth("having filter", spec.having());
    for (SortKey key : spec.orderBy()) {
      checkDepth("ORDER BY key", Optional.of(key.expr()));
    }
  }

  /** Rejects more than {@link #MAX_PARTS} items of one kind. */
  public static void count(List<?> items, String what) {
    if (items.size() > MAX_PARTS) {
      throw Message.INPUT_TOO_MANY.queryError(MAX_PARTS, what, items.size());
    }
  }

  /** Rejects a name longer than {@link #MAX_NAME_LENGTH}. */
  public static void checkName(String what, String name) {
    if (name.length() > MAX_NAME_LENGTH) {
      throw Message.INPUT_NAME_TOO_LONG.queryError(nameArgs(what, name));
    }
  }

  /** The arguments of {@link Message#INPUT_NAME_TOO_LONG} for a {@code what} ("metric name") that is too long. */
  public static Object[] nameArgs(String what, String name) {
    return new Object[] {what, MAX_NAME_LENGTH, name.length(), name.substring(0, Math.min(SHOWN, name.length()))};
  }

  private static void checkDepth(String what, Optional<Node> filter) {
    if (filter.isPresent()) {
      Nodes.Extent extent = Nodes.extent(filter.get());
      if (extent.depth() > MAX_DEPTH) {
        throw Message.FILTER_TOO_DEEP.queryError(what, extent.depth(), MAX_DEPTH);
      }
      if (extent.widestConjunction() > MAX_CONJUNCTION) {
        throw Message.CONJUNCTION_TOO_WIDE.queryError(what, extent.widestConjunction(), MAX_CONJUNCTION);
      }
    }
  }
}
