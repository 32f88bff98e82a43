package dev.grainline.runtime.internal.rendering;

import dev.grainline.runtime.Dialect;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * A continuous percentile (the median at 0.5), interpolated between neighbouring values on every engine: at
 * fraction f of n sorted values it is the value at position f(n-1), counted from 0, interpolated linearly between
 * the two values around it (PostgreSQL's {@code percentile_cont}, DuckDB's {@code quantile_cont}). Trino has
 * neither, only the approximate {@code approx_percentile}, which would change the numbers; there the exact value is
 * computed from the sorted array of the group's values (a group's values are held in memory, as the other engines'
 * exact percentiles hold them to sort).
 */
final class Percentile {
  private Percentile() {}

  static Field<Double> of(Dialect dialect, Field<?> value, Field<?> fraction, Optional<Condition> filter) {
    Field<Double> real = DSL.cast(value, SQLDataType.DOUBLE);
    String rows = filter.isPresent() ? " filter (where {2})" : "";
    Condition condition = filter.orElse(DSL.noCondition());
    return switch (dialect) {
      case POSTGRES -> DSL.field("percentile_cont({0}) within group (order by {1})" + rows, SQLDataType.DOUBLE,
          fraction, real, condition);
      case DUCKDB -> DSL.field("quantile_cont({1}, {0})" + rows, SQLDataType.DOUBLE, fraction, real, condition);
      case TRINO -> trino(real, DSL.cast(fraction, SQLDataType.DOUBLE), filter);
    };
  }

  /**
   * {@code element_at(transform(ARRAY[sorted], a -> ...), 1)} binds the sorted array to {@code a} once, so that the
   * aggregate is written once; positions are 1-based. An empty group (every value NULL or filtered out) is NULL.
   */
  private static Field<Double> trino(Field<Double> real, Field<Double> fraction, Optional<Condition> filter) {
    Condition kept = real.isNotNull().and(filter.orElse(DSL.noCondition()));
    Field<?> sorted = DSL.field("array_sort(array_agg({0}) filter (where {1}))", Object.class, real, kept);
    String position = "({0} * (cardinality(a) - 1))";
    String low = "a[cast(floor(" + position + ") as bigint) + 1]";
    String high = "a[cast(ceiling(" + position + ") as bigint) + 1]";
    String interpolated = low + " + (" + high + " - " + low + ") * (" + position + " - floor(" + position + "))";
    return DSL.field("element_at(transform(array[{1}], a -> if(cardinality(a) = 0, null, " + interpolated
        + ")), 1)", SQLDataType.DOUBLE, fraction, sorted);
  }
}
