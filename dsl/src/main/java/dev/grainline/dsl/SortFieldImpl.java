package dev.grainline.dsl;

import dev.grainline.internal.model.assembly.Declared;
import dev.grainline.internal.model.assembly.DslValue;
import dev.grainline.internal.model.expr.Node;
import java.util.Objects;

/** An ORDER BY item: an expression, its direction and where NULLs go (last unless asked otherwise). */
final class SortFieldImpl implements SortField, DslValue {
  private final Node node;
  private final boolean descending;
  private final boolean nullsFirst;

  SortFieldImpl(Node node, boolean descending, boolean nullsFirst) {
    this.node = Objects.requireNonNull(node, "node");
    this.descending = descending;
    this.nullsFirst = nullsFirst;
  }

  @Override
  public Declared.Sort declared() {
    return new Declared.Sort(node, descending, nullsFirst);
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
