package dev.grainline.internal.model.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grainline.SqlType;
import dev.grainline.internal.model.validation.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each aggregate function's typing rule: what its arguments must be and what it returns. */
class TypingTest {
  private static Typing typed(SqlType type) {
    return new Typing.Typed(type);
  }

  @Test
  void sumsOfIntegersAreBigintsAndOtherNumbersKeepTheirType() {
    assertEquals(typed(SqlType.BIGINT), AggFunction.SUM.type(List.of(SqlType.INTEGER)));
    assertEquals(typed(SqlType.DECIMAL), AggFunction.SUM_DISTINCT.type(List.of(SqlType.DECIMAL)));
    assertEquals(new Typing.Mistyped(Message.TYPE_NOT_NUMERIC, SqlType.TEXT),
        AggFunction.SUM.type(List.of(SqlType.TEXT)));
  }

  @Test
  void averagesAreDoublesUnlessDecimal() {
    assertEquals(typed(SqlType.DOUBLE), AggFunction.AVG.type(List.of(SqlType.INTEGER)));
    assertEquals(typed(SqlType.DECIMAL), AggFunction.AVG.type(List.of(SqlType.DECIMAL)));
    assertEquals(typed(SqlType.DOUBLE), AggFunction.STDDEV_SAMP.type(List.of(SqlType.DECIMAL)));
    assertEquals(typed(SqlType.DOUBLE), AggFunction.PERCENTILE.type(List.of(SqlType.INTEGER, SqlType.DOUBLE)));
  }

  @Test
  void countsCountValuesOfAnyType() {
    assertEquals(typed(SqlType.BIGINT), AggFunction.COUNT_STAR.type(List.of()));
    assertEquals(typed(SqlType.BIGINT), AggFunction.COUNT_DISTINCT.type(List.of(SqlType.BOOLEAN)));
  }

  @Test
  void extremesNeedAnOrderAndPicksAreTypedAsTheirValue() {
    assertEquals(typed(SqlType.DATE), AggFunction.MAX.type(List.of(SqlType.DATE)));
    assertEquals(new Typing.Mistyped(Message.TYPE_NOT_ORDERED, SqlType.BOOLEAN),
        AggFunction.MIN.type(List.of(SqlType.BOOLEAN)));
    assertEquals(typed(SqlType.TEXT), AggFunction.MAX_BY.type(List.of(SqlType.TEXT, SqlType.DATE)));
    assertEquals(new Typing.Mistyped(Message.TYPE_NOT_ORDERED, SqlType.BOOLEAN),
        AggFunction.MIN_BY.type(List.of(SqlType.TEXT, SqlType.BOOLEAN)));
  }
}
