package dev.grainline.runtime.internal.rendering;

import dev.grainline.runtime.Dialect;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * An approximate distinct count: DuckDB's HyperLogLog estimate; PostgreSQL has no built-in estimator, so there it
 * is the exact count.
 */
final class ApproxCountDistinct {
  private ApproxCountDistinct() {}

  static Field<?> of(Dialect dialect, Field<?> value, Optional<Condition> filter) {
    return switch (dialect) {
      case POSTGRES -> DSL.countDistinct(value).filterWhere(filter.orElse(DSL.noCondition()));
      case DUCKDB -> filter.isPresent()
          ? DSL.field("approx_count_distinct({0}) filter (where {1})", SQLDataType.BIGINT, value, filter.get())
          : DSL.field("approx_count_distinct({0})", SQLDataType.BIGINT, value);
    };
  }
}
