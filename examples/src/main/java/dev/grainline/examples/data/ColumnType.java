package dev.grainline.examples.data;

import dev.grainline.runtime.Dialect;

/**
 * The column types of the store's tables (datajunction.md §3.2), with their names in each dialect. Row records
 * hold them as Integer, String, Double and LocalDateTime.
 */
public enum ColumnType {
  INT("INTEGER", "INTEGER", "INTEGER"),
  TEXT("TEXT", "VARCHAR", "VARCHAR"),
  DOUBLE("DOUBLE PRECISION", "DOUBLE", "DOUBLE"),
  // Trino's plain TIMESTAMP keeps milliseconds; the others keep microseconds.
  TIMESTAMP("TIMESTAMP", "TIMESTAMP", "TIMESTAMP(6)");

  private final String postgres;
  private final String duckdb;
  private final String trino;

  ColumnType(String postgres, String duckdb, String trino) {
    this.postgres = postgres;
    this.duckdb = duckdb;
    this.trino = trino;
  }

  public String sqlName(Dialect dialect) {
    return switch (dialect) {
      case POSTGRES -> postgres;
      case DUCKDB -> duckdb;
      case TRINO -> trino;
    };
  }
}
