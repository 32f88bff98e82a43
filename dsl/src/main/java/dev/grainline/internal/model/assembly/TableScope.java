package dev.grainline.internal.model.assembly;

import java.util.Objects;

/**
 * Whose rows a table holds, as its declaration says: every tenant's, each row one tenant's by a column
 * ({@code scopedBy}), or no tenant's in particular ({@code shared}). A model with a tenant key accepts only the last
 * two for the tables its sources read.
 */
public sealed interface TableScope {
  /** What {@code scopedBy(...)} or {@code shared()} would say of the table, for messages. */
  String describe();

  /** Whether the two say the same of a table: the same key (optional or not) and column, or both shared. */
  default boolean sameAs(TableScope other) {
    return switch (this) {
      case Unscoped u -> other instanceof Unscoped;
      case Shared s -> other instanceof Shared;
      case Scoped s -> other instanceof Scoped o && o.key().sameKey(s.key()) && o.column().equals(s.column());
    };
  }

  /** The table says nothing: right in a model without a tenant key, an error in one with a key. */
  record Unscoped() implements TableScope {
    @Override
    public String describe() {
      return "neither scopedBy(...) nor shared()";
    }
  }

  /** Each row belongs to the tenant in {@code column}, the table's column for {@code key}. */
  record Scoped(Declared.TenantKey key, String column) implements TableScope {
    public Scoped {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(column, "column");
    }

    @Override
    public String describe() {
      return "scoped by its column " + column;
    }
  }

  /** Every tenant sees every row. */
  record Shared() implements TableScope {
    @Override
    public String describe() {
      return "shared";
    }
  }
}
