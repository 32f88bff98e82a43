package dev.grainline.internal.model.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A table or view of a database schema, with its columns in the database's order. */
public record DatabaseTable(String schema, String name, List<DatabaseColumn> columns) {
  public DatabaseTable {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
  }

  /** The column that a query naming {@code column} reads, under the database's rule for names. */
  public Optional<DatabaseColumn> column(String column, NameMatching matching) {
    return columns.stream().filter(c -> matching.matches(column, c.name())).findFirst();
  }

  /** "v3.orders". */
  public String qualifiedName() {
    return schema.isEmpty() ? name : schema + "." + name;
  }
}
