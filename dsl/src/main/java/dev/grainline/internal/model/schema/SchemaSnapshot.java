package dev.grainline.internal.model.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tables of a database as the schema check sees them, whoever read them: the runtime from JDBC metadata, the
 * processor from DDL files through jOOQ's interpreter. It holds the schemas the model reads (not necessarily the
 * whole database); {@code defaultSchema} is where a table named without a schema is, and {@code description} says
 * what was read ("jdbc:postgresql://.../shop", "src/main/sql/schema.sql").
 */
public record SchemaSnapshot(String description, String defaultSchema, NameMatching matching,
    List<DatabaseTable> tables) {
  public SchemaSnapshot {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(defaultSchema, "defaultSchema");
    Objects.requireNonNull(matching, "matching");
    tables = List.copyOf(tables);
  }

  /** The tables of a schema ("" for the default one). */
  public List<DatabaseTable> tablesIn(String schema) {
    String wanted = schema.isEmpty() ? defaultSchema : schema;
    return tables.stream().filter(t -> matching.matches(wanted, t.schema())).toList();
  }

  /** The table a query naming {@code schema.name} reads. */
  public Optional<DatabaseTable> table(String schema, String name) {
    return tablesIn(schema).stream().filter(t -> matching.matches(name, t.name())).findFirst();
  }
}
