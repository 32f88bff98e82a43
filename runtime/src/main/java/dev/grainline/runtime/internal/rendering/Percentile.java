package dev.grainline.runtime.internal.rendering;

import dev.grainline.runtime.Dialect;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** A continuous percentile (the median at 0.5), interpolated between neighbouring values on both engines. */
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
    };
  }
}
