package dev.grainline.internal.model.schema;

/**
 * Which stored names a name in Grainline's SQL reaches. Grainline quotes every identifier it renders, so what counts
 * is how a database resolves quoted names: PostgreSQL compares them exactly (a table created as {@code orders}
 * unquoted is stored as {@code orders}, and {@code "Orders"} does not reach it), DuckDB ignores case even in quoted
 * names.
 */
public enum NameMatching {
  EXACT,
  CASE_INSENSITIVE;

  public boolean matches(String written, String stored) {
    return switch (this) {
      case EXACT -> written.equals(stored);
      case CASE_INSENSITIVE -> written.equalsIgnoreCase(stored);
    };
  }
}
