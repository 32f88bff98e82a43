package dev.grainline.runtime.internal.rendering;

import dev.grainline.SqlType;
import dev.grainline.runtime.Dialect;
import org.jooq.DataType;
import org.jooq.impl.SQLDataType;

/** The jOOQ data type of each model type. */
final class DataTypes {
  private DataTypes() {}

  /**
   * The type a query value is bound as. A DECIMAL value keeps its digits on both engines: PostgreSQL's NUMERIC has
   * no fixed scale, but DuckDB's NUMERIC is DECIMAL(18,3) and would round 0.9899 to 0.990, so DuckDB binds
   * DECIMAL(38,18), the widest it has. A value that does not fit it exactly never gets here: ValueRules rejects it.
   */
  static DataType<?> ofValue(Dialect dialect, SqlType type) {
    if (type == SqlType.DECIMAL && dialect == Dialect.DUCKDB) {
      return SQLDataType.DECIMAL(38, 18);
    }
    return of(dialect, type);
  }

  /**
   * The type a value is cast to on {@code dialect}. Trino's plain {@code timestamp} has milliseconds and its plain
   * {@code decimal} no fractional digits ({@code cast(1.25 as decimal)} is 1), so there a timestamp keeps the
   * microseconds the other engines have and a decimal is DECIMAL(38,18), the widest with as many digits after the
   * point as DuckDB's bind values.
   */
  static DataType<?> of(Dialect dialect, SqlType type) {
    return switch (dialect) {
      case POSTGRES, DUCKDB -> of(type);
      case TRINO -> switch (type) {
        case TIMESTAMP -> SQLDataType.LOCALDATETIME(6);
        case DECIMAL -> SQLDataType.DECIMAL(38, 18);
        case BOOLEAN, INTEGER, BIGINT, DOUBLE, TEXT, DATE -> of(type);
      };
    };
  }

  static DataType<?> of(SqlType type) {
    return switch (type) {
      case BOOLEAN -> SQLDataType.BOOLEAN;
      case INTEGER -> SQLDataType.INTEGER;
      case BIGINT -> SQLDataType.BIGINT;
      case DECIMAL -> SQLDataType.NUMERIC;
      case DOUBLE -> SQLDataType.DOUBLE;
      case TEXT -> SQLDataType.VARCHAR;
      case DATE -> SQLDataType.LOCALDATE;
      case TIMESTAMP -> SQLDataType.LOCALDATETIME;
    };
  }
}
