package dev.grainline.examples.spectrum.data;

import static dev.grainline.examples.data.ColumnType.BIGINT;
import static dev.grainline.examples.data.ColumnType.INT;
import static dev.grainline.examples.data.ColumnType.JSON;
import static dev.grainline.examples.data.ColumnType.TEXT;
import static dev.grainline.examples.data.ColumnType.TIMESTAMPTZ;

import dev.grainline.examples.data.ColumnType;
import dev.grainline.examples.data.TableColumn;
import dev.grainline.examples.data.TableSpec;
import java.util.List;
import java.util.stream.Stream;

/**
 * The physical tables of the Spectrum example (spectrum.md §2.1), with their columns in order. The model reads them
 * from schema {@value SpectrumLoader#MODEL_SCHEMA}; the loader can create them under any schema name.
 */
public enum SpectrumTable implements TableSpec<SpectrumData> {
  FACT_EVENTS("fact_events", List.of("event_id"),
      col("event_id", BIGINT), col("account_id", INT), col("user_id", BIGINT), col("event_type_id", INT),
      col("occurred_at", TIMESTAMPTZ), col("properties", JSON)),
  DIM_ACCOUNTS("dim_accounts", List.of("account_id"),
      col("account_id", INT), col("name", TEXT), col("plan", TEXT), col("region", TEXT),
      col("created_at", TIMESTAMPTZ)),
  DIM_USERS("dim_users", List.of("account_id", "user_id"),
      col("account_id", INT), col("user_id", BIGINT), col("signup_at", TIMESTAMPTZ), col("country", TEXT),
      col("device", TEXT)),
  // Shared by all tenants: no account_id.
  DIM_EVENT_TYPES("dim_event_types", List.of("event_type_id"),
      col("event_type_id", INT), col("name", TEXT), col("category", TEXT)),
  FACT_EXPOSURES("fact_exposures", List.of("account_id", "user_id", "experiment"),
      col("account_id", INT), col("user_id", BIGINT), col("experiment", TEXT), col("variant", TEXT),
      col("exposed_at", TIMESTAMPTZ));

  private final String tableName;
  private final List<String> key;
  private final List<TableColumn> columns;

  SpectrumTable(String tableName, List<String> key, TableColumn... columns) {
    this.tableName = tableName;
    this.key = key;
    this.columns = List.of(columns);
  }

  private static TableColumn col(String name, ColumnType type) {
    return new TableColumn(name, type);
  }

  @Override
  public String tableName() {
    return tableName;
  }

  @Override
  public List<TableColumn> columns() {
    return columns;
  }

  /** The table's primary key, declared on PostgreSQL and DuckDB ({@link SpectrumLoader}). */
  @Override
  public List<String> key() {
    return key;
  }

  @Override
  public Stream<List<Object>> rows(SpectrumData data) {
    return data.rows(this).map(SpectrumRow::values);
  }
}
