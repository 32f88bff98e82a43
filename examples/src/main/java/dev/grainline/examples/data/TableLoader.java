package dev.grainline.examples.data;

import dev.grainline.runtime.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Creates a set of tables and bulk-loads a data set into them: PostgreSQL through COPY FROM STDIN, DuckDB through its
 * appender, Trino through INSERTs of bind values. Idempotent: the schema is dropped and recreated, on PostgreSQL and
 * DuckDB all in one transaction, so a failed load leaves the previous data in place. Trino writes only in
 * auto-commit mode, so there a failed load leaves a partly loaded schema, which the next load replaces.
 */
public final class TableLoader {
  private TableLoader() {}

  /** Loads {@code tables}' rows of {@code data} into {@code schema} of the database {@code connection} is open on. */
  public static <D> LoadReport load(Connection connection, String schema, List<? extends TableSpec<D>> tables,
      D data) throws SQLException {
    Dialect dialect = dialectOf(connection);
    boolean autoCommit = connection.getAutoCommit();
    boolean transaction = dialect != Dialect.TRINO;
    connection.setAutoCommit(!transaction);
    try {
      try (Statement statement = connection.createStatement()) {
        for (String ddl : StoreSchema.recreateStatements(dialect, schema, tables)) {
          statement.execute(ddl);
        }
      }
      Map<String, Long> counts = new LinkedHashMap<>();
      for (TableSpec<D> table : tables) {
        try (Stream<List<Object>> rows = table.rows(data)) {
          long written = switch (dialect) {
            case POSTGRES -> PostgresBulkLoad.copy(connection, schema, table, rows.iterator());
            case DUCKDB -> DuckDbBulkLoad.append(connection, schema, table, rows.iterator());
            case TRINO -> TrinoBulkLoad.insert(connection, schema, table, rows.iterator());
          };
          counts.put(table.tableName(), written);
        }
      }
      if (transaction) {
        connection.commit();
      }
      return new LoadReport(schema, counts);
    } catch (SQLException | RuntimeException e) {
      if (transaction) {
        connection.rollback();
      }
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** The dialect of the database a connection is open on; PostgreSQL, DuckDB and Trino can be loaded. */
  public static Dialect dialectOf(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    return Dialect.ofProductName(product).orElseThrow(() -> new SQLFeatureNotSupportedException(
        "the examples' loader supports PostgreSQL, DuckDB and Trino, not " + product));
  }
}
