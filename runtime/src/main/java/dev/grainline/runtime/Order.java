package dev.grainline.runtime;

import dev.grainline.internal.model.SortKey;
import java.util.Objects;

/** An ORDER BY item of a typed query. NULLs sort last unless {@link #nullsFirst()}. */
public final class Order {
  private final SortKey key;

  Order(SortKey key) {
    this.key = Objects.requireNonNull(key, "key");
  }

  SortKey key() {
    return key;
  }

  public Order nullsFirst() {
    return new Order(new SortKey(key.expr(), key.descending(), true));
  }

  public Order nullsLast() {
    return new Order(new SortKey(key.expr(), key.descending(), false));
  }
}
