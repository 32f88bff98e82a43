package dev.grainline.examples.data;

import dev.grainline.runtime.Dialect;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * The column types of the examples' tables (the store's of datajunction.md §3.2, and those other examples need), with
 * their names in each dialect and the Java class row values hold them as.
 */
public enum ColumnType {
  INT("INTEGER", "INTEGER", "INTEGER", Integer.class),
  BIGINT("BIGINT", "BIGINT", "BIGINT", Long.class),
  TEXT("TEXT", "VARCHAR", "VARCHAR", String.class),
  DOUBLE("DOUBLE PRECISION", "DOUBLE", "DOUBLE", Double.class),
  DATE("DATE", "DATE", "DATE", LocalDate.class),
  // Trino's plain TIMESTAMP keeps milliseconds; the others keep microseconds.
  TIMESTAMP("TIMESTAMP", "TIMESTAMP", "TIMESTAMP(6)", LocalDateTime.class),
  /**
   * An instant. Values are OffsetDateTimes of any offset: every engine keeps the instant, not the offset, and reads
   * it back in its session's zone.
   */
  TIMESTAMPTZ("TIMESTAMP WITH TIME ZONE", "TIMESTAMP WITH TIME ZONE", "TIMESTAMP(6) WITH TIME ZONE",
      OffsetDateTime.class),
  /**
   * A JSON document, held as its text ({@code "null"} is the JSON null document, {@code null} SQL NULL). PostgreSQL
   * stores it as jsonb, which normalizes key order and white space: a document reads back equal, not identical.
   */
  JSON("JSONB", "JSON", "JSON", String.class);

  private final String postgres;
  private final String duckdb;
  private final String trino;
  private final Class<?> javaType;

  ColumnType(String postgres, String duckdb, String trino, Class<?> javaType) {
    this.postgres = postgres;
    this.duckdb = duckdb;
    this.trino = trino;
    this.javaType = javaType;
  }

  public String sqlName(Dialect dialect) {
    return switch (dialect) {
      case POSTGRES -> postgres;
      case DUCKDB -> duckdb;
      case TRINO -> trino;
    };
  }

  /** The class of this type's non-NULL values in rows. */
  public Class<?> javaType() {
    return javaType;
  }
}
