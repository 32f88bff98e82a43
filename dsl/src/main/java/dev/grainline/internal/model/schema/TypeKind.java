package dev.grainline.internal.model.schema;

import java.util.Locale;
import java.util.Map;

/**
 * What a database column's type is, in the terms the schema check compares: its family and, for integers, its
 * width. Both readers classify by the database's own type name (JDBC's {@code TYPE_NAME}, jOOQ's type name of an
 * interpreted DDL column), so that one table of names serves PostgreSQL, DuckDB and DDL alike.
 */
public enum TypeKind {
  BOOLEAN,
  TINYINT,
  SMALLINT,
  INTEGER,
  BIGINT,
  HUGEINT,
  UTINYINT,
  USMALLINT,
  UINTEGER,
  UBIGINT,
  DECIMAL,
  REAL,
  DOUBLE,
  TEXT,
  DATE,
  TIME,
  TIMESTAMP,
  /** A point in time (PostgreSQL {@code timestamptz}, DuckDB {@code TIMESTAMP WITH TIME ZONE}). */
  TIMESTAMP_WITH_TIME_ZONE,
  /** A JSON document (PostgreSQL {@code json} and {@code jsonb}, DuckDB {@code JSON}, Trino {@code json}). */
  JSON,
  /** Anything the model has no column type for: uuid, arrays, intervals, blobs, enums. */
  OTHER;

  private static final Map<String, TypeKind> NAMES = Map.ofEntries(
      Map.entry("boolean", BOOLEAN), Map.entry("bool", BOOLEAN), Map.entry("bit", BOOLEAN),
      Map.entry("tinyint", TINYINT), Map.entry("int1", TINYINT),
      Map.entry("smallint", SMALLINT), Map.entry("int2", SMALLINT), Map.entry("short", SMALLINT),
      Map.entry("smallserial", SMALLINT), Map.entry("serial2", SMALLINT),
      Map.entry("integer", INTEGER), Map.entry("int", INTEGER), Map.entry("int4", INTEGER),
      Map.entry("signed", INTEGER), Map.entry("serial", INTEGER), Map.entry("serial4", INTEGER),
      Map.entry("bigint", BIGINT), Map.entry("int8", BIGINT), Map.entry("long", BIGINT),
      Map.entry("bigserial", BIGINT), Map.entry("serial8", BIGINT),
      Map.entry("hugeint", HUGEINT), Map.entry("int128", HUGEINT),
      Map.entry("utinyint", UTINYINT), Map.entry("tinyint unsigned", UTINYINT),
      Map.entry("usmallint", USMALLINT), Map.entry("smallint unsigned", USMALLINT),
      Map.entry("uinteger", UINTEGER), Map.entry("integer unsigned", UINTEGER), Map.entry("int unsigned", UINTEGER),
      Map.entry("ubigint", UBIGINT), Map.entry("bigint unsigned", UBIGINT),
      Map.entry("numeric", DECIMAL), Map.entry("decimal", DECIMAL), Map.entry("number", DECIMAL),
      Map.entry("real", REAL), Map.entry("float4", REAL),
      // PostgreSQL's float is double precision, DuckDB's is real; both are floating point, which is what counts.
      Map.entry("float", DOUBLE), Map.entry("double", DOUBLE), Map.entry("double precision", DOUBLE),
      Map.entry("float8", DOUBLE),
      Map.entry("varchar", TEXT), Map.entry("character varying", TEXT), Map.entry("text", TEXT),
      Map.entry("char", TEXT), Map.entry("character", TEXT), Map.entry("bpchar", TEXT), Map.entry("string", TEXT),
      Map.entry("clob", TEXT), Map.entry("nvarchar", TEXT), Map.entry("nchar", TEXT),
      Map.entry("longvarchar", TEXT), Map.entry("longnvarchar", TEXT),
      Map.entry("date", DATE),
      Map.entry("time", TIME), Map.entry("time without time zone", TIME), Map.entry("timetz", TIME),
      Map.entry("time with time zone", TIME),
      Map.entry("timestamp", TIMESTAMP), Map.entry("timestamp without time zone", TIMESTAMP),
      Map.entry("datetime", TIMESTAMP),
      Map.entry("timestamptz", TIMESTAMP_WITH_TIME_ZONE),
      Map.entry("timestamp with time zone", TIMESTAMP_WITH_TIME_ZONE),
      Map.entry("json", JSON), Map.entry("jsonb", JSON));

  /**
   * The kind of a type as a database or jOOQ names it: "int4", "INTEGER", "DECIMAL(10,2)", "timestamp(3) with time
   * zone", "character varying(20)". Case, length, precision and scale do not change the kind.
   */
  public static TypeKind ofTypeName(String typeName) {
    String name = typeName.toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip();
    return NAMES.getOrDefault(name, OTHER);
  }

  /** "integer", "timestamp with time zone": how messages name the kind. */
  public String display() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
