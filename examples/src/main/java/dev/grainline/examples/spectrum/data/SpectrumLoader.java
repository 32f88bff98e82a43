package dev.grainline.examples.spectrum.data;

import dev.grainline.examples.data.LoadReport;
import dev.grainline.examples.data.StoreSchema;
import dev.grainline.examples.data.TableLoader;
import dev.grainline.runtime.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates Spectrum's tables and bulk-loads a data set into them ({@link TableLoader}, over {@link SpectrumTable}),
 * then declares the primary keys and the index of spectrum.md §2.1 on PostgreSQL and DuckDB. Both come after the
 * rows: an index maintained during COPY or the appender slows the load, and Trino's memory connector has neither.
 */
public final class SpectrumLoader {
  /** The schema the Spectrum model reads. */
  public static final String MODEL_SCHEMA = "warehouse";

  /** The index a user's events in time order are read through (funnels, sessions, retention). */
  public static final String EVENTS_INDEX = "fact_events_user_time";

  private SpectrumLoader() {}

  /** Loads {@code data} into {@code schema} ("warehouse" for the model) of the database {@code connection} is on. */
  public static LoadReport load(Connection connection, String schema, SpectrumData data) throws SQLException {
    LoadReport report = TableLoader.load(connection, schema, List.of(SpectrumTable.values()), data);
    Dialect dialect = TableLoader.dialectOf(connection);
    List<String> ddl = switch (dialect) {
      case POSTGRES, DUCKDB -> constraintStatements(schema);
      case TRINO -> List.of();
    };
    try (Statement statement = connection.createStatement()) {
      for (String sql : ddl) {
        statement.execute(sql);
      }
    }
    return report;
  }

  /** The primary keys of every table and the events index, for PostgreSQL and DuckDB (the same text on both). */
  public static List<String> constraintStatements(String schema) {
    List<String> statements = new ArrayList<>();
    for (SpectrumTable table : SpectrumTable.values()) {
      statements.add("ALTER TABLE " + StoreSchema.qualifiedName(schema, table) + " ADD PRIMARY KEY ("
          + String.join(", ", table.key()) + ")");
    }
    statements.add("CREATE INDEX " + EVENTS_INDEX + " ON " + StoreSchema.qualifiedName(schema,
        SpectrumTable.FACT_EVENTS) + " (account_id, user_id, occurred_at)");
    return statements;
  }
}
