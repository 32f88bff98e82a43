package dev.grainline.internal.model.text;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Literals of the text API that engines would not compare alike are rejected as they are parsed, pointing at the
 * literal (the rule itself is ValueRules'; ValueRulesTest covers its edges).
 */
class QueryTextValuesTest {
  /** One case: the input, the part of it the error points at, the start of the detail. */
  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of("v3.product.price > 0.0000000000000000001", "0.0000000000000000001",
            "decimal 0.0000000000000000001 has 0 digits before the point and 19 after it"),
        Arguments.of("v3.product.price > -0.0000000000000000001", "-0.0000000000000000001",
            "decimal -0.0000000000000000001 has 0 digits before the point and 19 after it"),
        Arguments.of("v3.product.price < 123456789012345678901.5", "123456789012345678901.5",
            "decimal 123456789012345678901.5 has 21 digits before the point and 1 after it"),
        Arguments.of("v3.date.date_id = DATE '0000-01-01'", "DATE '0000-01-01'",
            "date 0000-01-01 is outside the years 1 to 9999"),
        Arguments.of("v3.date.date_id < TIMESTAMP '2024-01-01 00:00:00.0000001'",
            "TIMESTAMP '2024-01-01 00:00:00.0000001'",
            "timestamp 2024-01-01T00:00:00.000000100 is finer than a microsecond"),
        Arguments.of("v3.customer.name = 'a\u0000'", "'a\u0000'", "text value 'a?' holds a NUL character"));
  }

  @ParameterizedTest
  @MethodSource("values")
  void aLiteralOutsideTheRuleIsAnErrorAtTheLiteral(String input, String literal, String detail) {
    QueryTextException e = assertThrows(QueryTextException.class, () -> QueryText.filter(input, TestStore.MODEL));
    Span expected = new Span(input.indexOf(literal), input.indexOf(literal) + literal.length());
    assertAll(input,
        () -> assertEquals("GrainlineValueRange", e.id()),
        () -> assertTrue(e.getMessage().startsWith("[GrainlineValueRange] " + detail), e.getMessage()),
        () -> assertEquals(expected, e.span()));
  }
}
