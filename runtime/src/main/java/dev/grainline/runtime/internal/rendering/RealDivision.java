package dev.grainline.runtime.internal.rendering;

import java.math.BigDecimal;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Division as metrics mean it: real-valued (7 / 2 is 3.5 on every engine, not PostgreSQL's integer 3), and NULL
 * rather than an error when the divisor is zero. A non-zero constant divisor needs no guard.
 */
final class RealDivision {
  private RealDivision() {}

  static Field<Double> of(Field<?> dividend, Field<?> divisor, boolean divisorIsNonZeroConstant) {
    Field<Double> real = DSL.cast(dividend, SQLDataType.DOUBLE);
    if (divisorIsNonZeroConstant) {
      return real.div(DSL.cast(divisor, SQLDataType.DOUBLE));
    }
    @SuppressWarnings("unchecked")
    Field<Object> guarded = (Field<Object>) divisor;
    return real.div(DSL.cast(DSL.nullif(guarded, DSL.inline(BigDecimal.ZERO)), SQLDataType.DOUBLE));
  }
}
