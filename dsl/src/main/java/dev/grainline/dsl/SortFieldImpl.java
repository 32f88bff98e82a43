package dev.grainline.dsl;

import dev.grainline.dsl.SortField;
import dev.grainline.internal.model.expr.Node;
import java.util.Objects;

/** An ORDER BY item: an expression, its direction and where NULLs go (last unless asked otherwise). */
public final class SortFieldImpl implements SortField {
  private final Node node;
  private final boolean descending;
  private final boolean nullsFirst;

  public SortFieldImpl(Node node, boolean descending, boolean nullsFirst) {
    this.node = Objects.requireNonNull(node, "node");
    this.descending = descending;
    this.nullsFirst = nullsFirst;
  }

  public Node node() {
    return node;
  }

  public boolean descending() {
    return descending;
  }

  public boolean isNullsFirst() {
    return nullsFirst;
  }

  @Override
  public SortField nullsFirst() {
    return new SortFieldImpl(node, descending, true);
  }

  @Override
  public SortField nullsLast() {
    return new SortFieldImpl(node, descending, false);
  }
}
