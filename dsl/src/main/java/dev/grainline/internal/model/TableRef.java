package dev.grainline.internal.model;

import java.util.Objects;

/**
 * A physical table as a source reads it: schema, table name and the alias its columns are qualified with. Two
 * references are the same table instance of a source when all three agree; aliases are unique within a source.
 */
public record TableRef(String schema, String name, String alias) {
  public TableRef {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(alias, "alias");
  }

  /** "v3.orders", or "orders" without a schema. */
  public String qualifiedName() {
    return schema.isEmpty() ? name : schema + "." + name;
  }

  @Override
  public String toString() {
    return alias.equals(name) ? qualifiedName() : qualifiedName() + " " + alias;
  }
}
