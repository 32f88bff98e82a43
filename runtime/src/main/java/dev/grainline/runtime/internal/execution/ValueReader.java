package dev.grainline.runtime.internal.execution;

import dev.grainline.internal.model.validation.Message;
import dev.grainline.runtime.ResultColumn;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Reads one value of a result as its column's model type, exactly or not at all: a value that does not fit (2.5 or
 * 3,000,000,000 for an integer, a text for a number) is a {@code [GrainlineResultType]} error and a double that is
 * not finite a {@code [GrainlineOverflow]} error, where {@code getInt} would truncate 2.5 to 2 on both engines and
 * wrap 3,000,000,000 to -1,294,967,296 on DuckDB, and DuckDB answers an overflowing double sum with Infinity where
 * PostgreSQL raises. The common case, the driver handing over the model's own Java type, costs a type test.
 */
final class ValueReader {
  private ValueReader() {}

  /** The value of column {@code index} (1-based) of the current row, the {@code row}th (1-based, for messages). */
  static Object read(ResultSet rows, int index, ResultColumn column, int row) throws SQLException {
    return switch (column.type()) {
      case BOOLEAN -> bool(rows.getObject(index), column, row);
      case INTEGER -> integer(rows.getObject(index), column, row);
      case BIGINT -> bigint(rows.getObject(index), column, row);
      case DOUBLE -> real(rows.getObject(index), column, row);
      case DECIMAL -> rows.getBigDecimal(index);
      case TEXT -> rows.getString(index);
      case DATE -> rows.getObject(index, LocalDate.class);
      case TIMESTAMP -> rows.getObject(index, LocalDateTime.class);
    };
  }

  private static Object bool(Object value, ResultColumn column, int row) {
    if (value == null || value instanceof Boolean) {
      return value;
    }
    throw mismatch(value, column, row);
  }

  private static Object integer(Object value, ResultColumn column, int row) {
    return switch (value) {
      case null -> null;
      case Integer i -> i;
      case Short s -> s.intValue();
      case Byte b -> b.intValue();
      default -> {
        try {
          yield exact(value, column, row).intValueExact();
        } catch (ArithmeticException doesNotFit) {
          throw mismatch(value, column, row);
        }
      }
    };
  }

  private static Object bigint(Object value, ResultColumn column, int row) {
    return switch (value) {
      case null -> null;
      case Long l -> l;
      case Integer i -> i.longValue();
      case Short s -> s.longValue();
      case Byte b -> b.longValue();
      default -> {
        try {
          yield exact(value, column, row).longValueExact();
        } catch (ArithmeticException doesNotFit) {
          throw mismatch(value, column, row);
        }
      }
    };
  }

  private static Object real(Object value, ResultColumn column, int row) {
    Double d = switch (value) {
      case null -> null;
      case Double x -> x;
      // A number of another type is declared a double: its nearest double is the declared meaning.
      case Number x -> x.doubleValue();
      default -> throw mismatch(value, column, row);
    };
    if (d != null && !Double.isFinite(d)) {
      throw Message.NOT_FINITE.databaseError(null, column.name(), d, row, d);
    }
    return d;
  }

  /** The exact decimal value of a number of any type the drivers return. */
  private static BigDecimal exact(Object value, ResultColumn column, int row) {
    return switch (value) {
      case BigDecimal d -> d;
      case BigInteger i -> new BigDecimal(i);
      case Long l -> BigDecimal.valueOf(l);
      case Integer i -> BigDecimal.valueOf(i);
      case Double d when Double.isFinite(d) -> new BigDecimal(d);
      case Float f when Float.isFinite(f) -> new BigDecimal(f);
      default -> throw mismatch(value, column, row);
    };
  }

  private static RuntimeException mismatch(Object value, ResultColumn column, int row) {
    return Message.RESULT_TYPE.databaseError(null, column.name(), value, row, column.type().display());
  }
}
