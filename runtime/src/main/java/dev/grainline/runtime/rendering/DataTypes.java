package dev.grainline.runtime.rendering;

import dev.grainline.model.SqlType;
import org.jooq.DataType;
import org.jooq.impl.SQLDataType;

/** The jOOQ data type of each model type. */
final class DataTypes {
  private DataTypes() {}

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
