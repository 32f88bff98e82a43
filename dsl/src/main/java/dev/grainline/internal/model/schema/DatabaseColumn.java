package dev.grainline.internal.model.schema;

import java.util.Objects;

/** A column of a database table: its name as the database stores it, and its type. */
public record DatabaseColumn(String name, TypeKind kind, String typeName) {
  public DatabaseColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(typeName, "typeName");
  }

  /** A column whose kind follows from the database's name of its type ("int4", "DECIMAL(10,2)"). */
  public static DatabaseColumn of(String name, String typeName) {
    return new DatabaseColumn(name, TypeKind.ofTypeName(typeName), typeName);
  }
}
