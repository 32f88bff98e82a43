package dev.grainline.runtime;

import java.util.Locale;
import java.util.Optional;

/** The SQL engines Grainline renders for. */
public enum Dialect {
  POSTGRES,
  DUCKDB;

  /** The dialect of a JDBC database product name ("PostgreSQL", "DuckDB"), if Grainline supports it. */
  public static Optional<Dialect> ofProductName(String productName) {
    String name = productName.toLowerCase(Locale.ROOT);
    if (name.contains("postgres")) {
      return Optional.of(POSTGRES);
    }
    if (name.contains("duckdb")) {
      return Optional.of(DUCKDB);
    }
    return Optional.empty();
  }

  /** "postgres", "duckdb": the names the command line takes. */
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
