package dev.grainline.processor.schema;

import dev.grainline.internal.model.schema.NameMatching;
import java.util.Locale;
import java.util.Optional;
import org.jooq.SQLDialect;

/**
 * The SQL dialect DDL files are written in: how jOOQ parses them, and how the database they describe resolves the
 * quoted names Grainline renders (the same rule as the runtime check's, {@link NameMatching}).
 */
public enum DdlDialect {
  POSTGRES(SQLDialect.POSTGRES, NameMatching.EXACT),
  DUCKDB(SQLDialect.DUCKDB, NameMatching.CASE_INSENSITIVE);

  private final SQLDialect jooq;
  private final NameMatching matching;

  DdlDialect(SQLDialect jooq, NameMatching matching) {
    this.jooq = jooq;
    this.matching = matching;
  }

  SQLDialect jooq() {
    return jooq;
  }

  NameMatching matching() {
    return matching;
  }

  /** "postgres", "duckdb": the values of {@code -Agrainline.ddl.dialect}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<DdlDialect> ofId(String id) {
    for (DdlDialect dialect : values()) {
      if (dialect.id().equalsIgnoreCase(id.strip())) {
        return Optional.of(dialect);
      }
    }
    return Optional.empty();
  }
}
