package dev.grainline.runtime.internal.execution;

import dev.grainline.internal.model.schema.DatabaseColumn;
import dev.grainline.internal.model.schema.DatabaseTable;
import dev.grainline.internal.model.schema.NameMatching;
import dev.grainline.internal.model.schema.SchemaSnapshot;
import dev.grainline.runtime.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Reads the tables and columns of some schemas from a database's JDBC metadata into the neutral snapshot the schema
 * check compares the model with. One connection, one {@code getSchemas} and one {@code getColumns} call per schema
 * the model reads.
 */
public final class JdbcSchemaReader {
  private JdbcSchemaReader() {}

  /**
   * The tables of {@code schemas} ("" for the connection's current schema), as the data source's database has them.
   *
   * @throws dev.grainline.runtime.DatabaseException {@code [GrainlineDatabaseUnavailable]} if no connection can be
   *     had, {@code [GrainlineQueryFailed]} if the database fails to answer a metadata call,
   *     {@code [GrainlineQueryTimeout]} if it does not answer within {@code limit}
   */
  public static SchemaSnapshot read(DataSource dataSource, Dialect dialect, Set<String> schemas, TimeLimit limit) {
    return Execution.run(new Execution.Source.Owned(dataSource), limit, new Cancellation(),
        Execution.Activity.METADATA, (connection, run) -> snapshot(connection, dialect, schemas));
  }

  private static SchemaSnapshot snapshot(Connection connection, Dialect dialect, Set<String> schemas)
      throws SQLException {
    DatabaseMetaData metadata = connection.getMetaData();
    String catalog = connection.getCatalog();
    String defaultSchema = Objects.requireNonNullElse(connection.getSchema(), "");
    NameMatching matching = matching(dialect);
    Map<String, List<String>> existing = new LinkedHashMap<>();
    List<DatabaseTable> tables = new ArrayList<>();
    for (String wanted : schemas) {
      // A mapped schema "catalog.schema" (Trino) is looked up in that catalog and keeps its whole name.
      int dot = wanted.indexOf('.');
      String inCatalog = dot < 0 ? catalog : wanted.substring(0, dot);
      String name = wanted.isEmpty() ? defaultSchema : wanted.substring(dot + 1);
      List<String> names = existing.get(inCatalog);
      if (names == null) {
        names = schemaNames(metadata, inCatalog, matching);
        existing.put(inCatalog, names);
      }
      for (String schema : names) {
        if (matching.matches(name, schema)) {
          tables.addAll(tables(metadata, inCatalog, schema, dot < 0 ? schema : inCatalog + "." + schema));
        }
      }
    }
    String description = metadata.getDatabaseProductName() + " database " + catalog;
    return new SchemaSnapshot(description, defaultSchema, matching, tables);
  }

  /**
   * How the database resolves the quoted names Grainline renders. Taken from the dialect, not from
   * {@code supportsMixedCaseQuotedIdentifiers()}: DuckDB's driver answers true, yet DuckDB resolves {@code "Orders"}
   * to a table stored as {@code orders}.
   */
  static NameMatching matching(Dialect dialect) {
    return switch (dialect) {
      case POSTGRES -> NameMatching.EXACT;
      case DUCKDB, TRINO -> NameMatching.CASE_INSENSITIVE;
    };
  }

  private static List<String> schemaNames(DatabaseMetaData metadata, String catalog, NameMatching matching)
      throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rows = metadata.getSchemas()) {
      while (rows.next()) {
        String schemaCatalog = rows.getString("TABLE_CATALOG");
        if (schemaCatalog == null || catalog == null || matching.matches(catalog, schemaCatalog)) {
          names.add(rows.getString("TABLE_SCHEM"));
        }
      }
    }
    return names;
  }

  /**
   * Every table and view of one schema with its columns in order, under the schema name {@code label}; the name
   * pattern is escaped, then checked.
   */
  private static List<DatabaseTable> tables(DatabaseMetaData metadata, String catalog, String schema, String label)
      throws SQLException {
    Map<String, List<DatabaseColumn>> columns = new LinkedHashMap<>();
    try (ResultSet rows = metadata.getColumns(catalog, pattern(schema, metadata.getSearchStringEscape()), "%",
        "%")) {
      while (rows.next()) {
        if (!schema.equals(rows.getString("TABLE_SCHEM"))) {
          continue;
        }
        columns.computeIfAbsent(rows.getString("TABLE_NAME"), t -> new ArrayList<>())
            .add(DatabaseColumn.of(rows.getString("COLUMN_NAME"), rows.getString("TYPE_NAME")));
      }
    }
    List<DatabaseTable> tables = new ArrayList<>(columns.size());
    columns.forEach((table, tableColumns) -> tables.add(new DatabaseTable(label, table, tableColumns)));
    return tables;
  }

  /** A metadata search pattern that matches the name only: {@code _} and {@code %} are wildcards there. */
  private static String pattern(String name, String escape) {
    if (escape == null || escape.isEmpty()) {
      return name;
    }
    return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
  }
}
