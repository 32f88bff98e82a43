package dev.grainline.examples.data;

import dev.grainline.runtime.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The DDL of the examples' tables: the store's in schema {@code v3} for the model, any other name for tests; any
 * other {@link TableSpec}s alike.
 */
public final class StoreSchema {
  /** The schema the store model reads. */
  public static final String MODEL_SCHEMA = "v3";

  // Schema names are spliced into DDL and COPY statements (identifiers cannot be bound), so only plain ones pass.
  private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private StoreSchema() {}

  /** The name, if it is a plain lower-case SQL identifier; otherwise an IllegalArgumentException saying why. */
  public static String checkName(String schema) {
    if (!PLAIN_IDENTIFIER.matcher(schema).matches()) {
      throw new IllegalArgumentException("schema name '" + schema
          + "' is not a plain identifier: use lower-case letters, digits and _, starting with a letter or _");
    }
    return schema;
  }

  /** "v3.order_items". */
  public static String qualifiedName(String schema, TableSpec<?> table) {
    return checkName(schema) + "." + table.tableName();
  }

  /** Drops the schema with everything in it, then creates it and the store's tables, empty. */
  public static List<String> recreateStatements(Dialect dialect, String schema) {
    return recreateStatements(dialect, schema, List.of(StoreTable.values()));
  }

  /** Drops the schema with everything in it, then creates it and {@code tables}, empty. */
  public static List<String> recreateStatements(Dialect dialect, String schema, List<? extends TableSpec<?>> tables) {
    checkName(schema);
    List<String> statements = new ArrayList<>();
    statements.add("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    statements.add("CREATE SCHEMA " + schema);
    for (TableSpec<?> table : tables) {
      statements.add(createTable(dialect, schema, table));
    }
    return statements;
  }

  /** CREATE TABLE without constraints, as the reference declares them. */
  public static String createTable(Dialect dialect, String schema, TableSpec<?> table) {
    return table.columns().stream()
        .map(c -> c.name() + " " + c.type().sqlName(dialect))
        .collect(Collectors.joining(", ", "CREATE TABLE " + qualifiedName(schema, table) + " (", ")"));
  }
}
