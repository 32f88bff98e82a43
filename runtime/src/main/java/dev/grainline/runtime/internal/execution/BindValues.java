package dev.grainline.runtime.internal.execution;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Binds a query's values, each with the setter of its type. The values were held to
 * {@link dev.grainline.internal.model.validation.ValueRules} when the query was parameterized, so each one means the
 * same on every engine.
 */
final class BindValues {
  private BindValues() {}

  static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      int index = i + 1;
      switch (values.get(i)) {
        case Integer v -> statement.setInt(index, v);
        case Long v -> statement.setLong(index, v);
        case Double v -> statement.setDouble(index, v);
        case BigDecimal v -> statement.setBigDecimal(index, v);
        case String v -> statement.setString(index, v);
        case Boolean v -> statement.setBoolean(index, v);
        case LocalDate v -> statement.setObject(index, v);
        case LocalDateTime v -> statement.setObject(index, v);
        case null -> throw new IllegalArgumentException("a NULL bind value at " + index);
        default -> throw new IllegalArgumentException("cannot bind " + values.get(i).getClass().getName());
      }
    }
  }
}
