package dev.grainline.examples.data;

import dev.grainline.runtime.Dialect;

/**
 * The column types of the store's tables (datajunction.md §3.2), with their names in each dialect. Row records
 * hold them as Integer, String, Double and LocalDateTime.
 */
public enum ColumnType {
  INT("INTEGER", "INTEGER"),
  TEXT("TEXT", "VARCHAR"),
  DOUBLE("DOUBLE PRECISION", "DOUBLE"),
  TIMESTAMP("TIMESTAMP", "TIMESTAMP");

  private final String postgres;
  private final String duckdb;

  ColumnType(String postgres, String duckdb) {
    this.postgres = postgres;
    this.duckdb = duckdb;
  }

  public String sqlName(Dialect dialect) {
    return switch (dialect) {
      case POSTGRES -> postgres;
      case DUCKDB -> duckdb;
    };
  }
}
