package dev.grainline.runtime.internal.rendering;

import dev.grainline.runtime.Dialect;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * An approximate distinct count: DuckDB's and Trino's HyperLogLog estimates (Trino's standard error is 2.3%);
 * PostgreSQL has no built-in estimator, so there it
 * is the exact count.
 */
final class ApproxCountDistinct {
  private ApproxCountDistinct() {}

  static Field<?> of(Dialect dialect, Field<?> value, Optional<Condition> filter) {
    return switch (dialect) {
      case POSTGRES -> DSL.countDistinct(value).filterWhere(filter.orElse(DSL.noCondition()));
      case DUCKDB -> estimate("approx_count_distinct", value, filter);
      case TRINO -> estimate("approx_distinct", value, filter);
    };
  }

  private static Field<?> estimate(String function, Field<?> value, Optional<Condition> filter) {
    return filter.isPresent()
        ? DSL.field(function + "({0}) filter (where {1})", SQLDataType.BIGINT, value, filter.get())
        : DSL.field(function + "({0})", SQLDataType.BIGINT, value);
  }
}
