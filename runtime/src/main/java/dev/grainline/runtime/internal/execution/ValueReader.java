package dev.grainline.runtime.internal.execution;

import dev.grainline.SqlType;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.runtime.ResultColumn;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Reads one value of a result as its column's model type, exactly or not at all: a value of another type (2.5 or a
 * text for an integer) is a {@code [GrainlineResultType]} error, an integer beyond the type (3,000,000,000 for an
 * integer, a HUGEINT or NUMERIC sum beyond a long) and a double that is not finite a {@code [GrainlineOverflow]}
 * error, where {@code getInt} would truncate 2.5 to 2 on both engines and wrap 3,000,000,000 to -1,294,967,296 on
 * DuckDB, and DuckDB answers an overflowing double sum with Infinity where PostgreSQL raises. The common case, the
 * driver handing over the model's own Java type, costs a type test.
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
      case BigInteger i when i.bitLength() < Integer.SIZE -> i.intValue();
      default -> fitting(exact(value, column, row), column, row).intValueExact();
    };
  }

  private static Object bigint(Object value, ResultColumn column, int row) {
    return switch (value) {
      case null -> null;
      case Long l -> l;
      case Integer i -> i.longValue();
      case Short s -> s.longValue();
      case Byte b -> b.longValue();
      // DuckDB's integer sums are HUGEINTs.
      case BigInteger i when i.bitLength() < Long.SIZE -> i.longValue();
      default -> fitting(exact(value, column, row), column, row).longValueExact();
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

  /**
   * The value, if it is an integer within the column's type: a fraction is a value of another type (a numeric column
   * declared intCol), an integer beyond the type an overflow (a sum beyond a long).
   */
  private static BigDecimal fitting(BigDecimal value, ResultColumn column, int row) {
    BigDecimal integral = value.stripTrailingZeros();
    if (integral.scale() > 0) {
      throw mismatch(value, column, row);
    }
    BigDecimal min = BigDecimal.valueOf(column.type() == SqlType.INTEGER ? Integer.MIN_VALUE : Long.MIN_VALUE);
    BigDecimal max = BigDecimal.valueOf(column.type() == SqlType.INTEGER ? Integer.MAX_VALUE : Long.MAX_VALUE);
    if (integral.compareTo(min) < 0 || integral.compareTo(max) > 0) {
      throw Message.RESULT_OVERFLOW.databaseError(null, column.name(), integral.toPlainString(), row,
          column.type().display());
    }
    return integral;
  }

  private static RuntimeException mismatch(Object value, ResultColumn column, int row) {
    return Message.RESULT_TYPE.databaseError(null, column.name(), value, row, column.type().display());
  }
}
