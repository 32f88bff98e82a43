package dev.grainline.runtime;

import java.util.Locale;
import java.util.Optional;

/** The SQL engines Grainline renders for. */
public enum Dialect {
  POSTGRES,
  DUCKDB,
  /**
   * Trino, a distributed engine over other stores (its PostgreSQL, Iceberg, Hive or memory catalogs): tables are
   * named {@code catalog.schema.table}, so a model schema is mapped to a catalog-qualified one
   * ({@code SemanticLayer.Builder.mapSchema("v3", "iceberg.store")}).
   */
  TRINO;

  /** The dialect of a JDBC database product name ("PostgreSQL", "DuckDB", "Trino"), if Grainline supports it. */
  public static Optional<Dialect> ofProductName(String productName) {
    String name = productName.toLowerCase(Locale.ROOT);
    if (name.contains("postgres")) {
      return Optional.of(POSTGRES);
    }
    if (name.contains("duckdb")) {
      return Optional.of(DUCKDB);
    }
    if (name.contains("trino")) {
      return Optional.of(TRINO);
    }
    return Optional.empty();
  }

  /** "postgres", "duckdb", "trino": the names the command line takes. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Dialect> ofId(String id) {
    for (Dialect d : values()) {
      if (d.id().equalsIgnoreCase(id)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
