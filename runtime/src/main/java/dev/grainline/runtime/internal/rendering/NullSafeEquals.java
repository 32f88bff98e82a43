package dev.grainline.runtime.internal.rendering;

import dev.grainline.SqlType;
import dev.grainline.runtime.Dialect;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Equality that treats two NULLs as equal, for joining grain groups on dimensions that can be NULL. DuckDB hash-joins
 * {@code IS NOT DISTINCT FROM}; PostgreSQL accepts only merge- or hash-joinable conditions in a FULL JOIN, so there
 * it is an equality of the NULL flags and of the values with NULL replaced by a typed placeholder (the flags keep a
 * real placeholder value apart from NULL). Trino plans {@code IS NOT DISTINCT FROM} as a cross join with a filter
 * and refuses it in a FULL JOIN, so it takes PostgreSQL's form.
 */
final class NullSafeEquals {
  private NullSafeEquals() {}

  static Condition of(Dialect dialect, Field<?> left, Field<?> right, SqlType type) {
    return switch (dialect) {
      case DUCKDB -> DSL.condition("{0} is not distinct from {1}", left, right);
      case POSTGRES, TRINO -> DSL.condition("({0} is null) = ({1} is null)", left, right)
          .and(DSL.condition("coalesce({0}, {2}) = coalesce({1}, {2})", left, right, placeholder(type)));
    };
  }

  private static Field<?> placeholder(SqlType type) {
    return switch (type) {
      case BOOLEAN -> DSL.inline(false);
      case INTEGER -> DSL.inline(0);
      case BIGINT -> DSL.inline(0L);
      case DECIMAL -> DSL.inline(BigDecimal.ZERO);
      case DOUBLE -> DSL.inline(0.0);
      case TEXT -> DSL.inline("");
      case DATE -> DSL.inline(LocalDate.EPOCH);
      case TIMESTAMP -> DSL.inline(LocalDateTime.of(1970, 1, 1, 0, 0));
    };
  }
}
