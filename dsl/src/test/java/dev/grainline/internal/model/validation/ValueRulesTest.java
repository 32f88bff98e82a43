package dev.grainline.internal.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.DefinitionException;
import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.Node.Literal;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The values every engine compares alike: one test per rule, at its edges. */
class ValueRulesTest {
  private static Optional<String> problem(Object value) {
    return ValueRules.check(value).map(v -> v.queryError().getMessage());
  }

  private static Optional<String> pattern(String value) {
    return ValueRules.checkLikePattern(value).map(v -> v.queryError().getMessage());
  }

  @Test
  void aDecimalHasAtMost20DigitsBeforeThePointAnd18AfterIt() {
    assertEquals(Optional.empty(), problem(new BigDecimal("99999999999999999999.999999999999999999")));
    assertEquals(Optional.empty(), problem(new BigDecimal("-0.000000000000000001")));
    assertEquals(Optional.of("[GrainlineValueRange] decimal 0.0000000000000000001 has 0 digits before the point and"
        + " 19 after it; a decimal value has at most 20 and 18 (DECIMAL(38,18), the widest decimal every engine"
        + " compares exactly)"), problem(new BigDecimal("0.0000000000000000001")));
    assertTrue(problem(new BigDecimal("100000000000000000000")).orElseThrow()
        .startsWith("[GrainlineValueRange] decimal 100000000000000000000 has 21 digits before the point and 0"));
    assertTrue(problem(new BigDecimal("1E+20")).isPresent());
    assertEquals(Optional.empty(), problem(new BigDecimal("1E+19")));
  }

  @Test
  void trailingZerosAreNoPrecision() {
    assertEquals(Optional.empty(), problem(new BigDecimal("1.50000000000000000000000000000000000000000000")));
    assertEquals(Optional.empty(), problem(new BigDecimal("0E-40")));
  }

  @Test
  void datesAndTimestampsLieInTheYears1To9999() {
    assertEquals(Optional.empty(), problem(LocalDate.of(1, 1, 1)));
    assertEquals(Optional.empty(), problem(LocalDate.of(9999, 12, 31)));
    assertEquals(Optional.of("[GrainlineValueRange] date 0000-12-31 is outside the years 1 to 9999, the dates every"
        + " engine represents alike"), problem(LocalDate.of(0, 12, 31)));
    assertTrue(problem(LocalDate.of(10_000, 1, 1)).isPresent());
    assertTrue(problem(LocalDate.MIN).isPresent());
    assertTrue(problem(LocalDateTime.MAX).orElseThrow().startsWith("[GrainlineValueRange] timestamp"
        + " +999999999-12-31T23:59:59.999999999 is outside the years 1 to 9999"));
    assertEquals(Optional.empty(), problem(LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000)));
  }

  @Test
  void aTimestampHasAtMostMicroseconds() {
    assertEquals(Optional.empty(), problem(LocalDateTime.of(2024, 1, 1, 0, 0, 0, 123_456_000)));
    assertEquals(Optional.of("[GrainlineValueRange] timestamp 2024-01-01T00:00:00.123456789 is finer than a"
        + " microsecond, which engines round differently; truncate it to microseconds"),
        problem(LocalDateTime.of(2024, 1, 1, 0, 0, 0, 123_456_789)));
  }

  @Test
  void aTextValueHoldsNoNulCharacter() {
    assertEquals(Optional.empty(), problem("a\u0001b"));
    assertEquals(Optional.of("[GrainlineValueRange] text value 'ab?' holds a NUL character (U+0000) at index 2,"
        + " which PostgreSQL cannot store"), problem("ab\u0000"));
  }

  @Test
  void aLikePatternDoesNotEndWithAnUnescapedBackslash() {
    assertEquals(Optional.empty(), pattern("a\\\\"));
    assertEquals(Optional.empty(), pattern("a\\%"));
    assertEquals(Optional.empty(), pattern(""));
    assertEquals(Optional.of("[GrainlineValueRange] LIKE pattern 'a\\' ends with the escape character \\; write \\\\"
        + " to match a backslash"), pattern("a\\"));
    assertTrue(pattern("\\\\\\").isPresent());
  }

  @Test
  void otherValuesHaveNoLimit() {
    assertEquals(Optional.empty(), problem(Long.MIN_VALUE));
    assertEquals(Optional.empty(), problem(Double.MAX_VALUE));
    assertEquals(Optional.empty(), problem(true));
  }

  @Test
  void aDefinitionConstantIsHeldToTheSameRule() {
    DefinitionException e = assertThrows(DefinitionException.class,
        () -> Literal.of(new BigInteger("123456789012345678901")));
    assertEquals("GrainlineValueRange", e.errors().get(0).id());
    assertThrows(DefinitionException.class, () -> Literal.of(LocalDate.MAX));
    assertEquals(new Literal(LocalDate.of(2024, 1, 1), SqlType.DATE), Literal.of(LocalDate.of(2024, 1, 1)));
  }

  @Test
  void aCanonicalLikePatternKeepsOnlyEscapesOfWildcardsAndBackslashes() {
    assertEquals("abc", ValueRules.canonicalLikePattern("a\\bc"));
    assertEquals("50\\%", ValueRules.canonicalLikePattern("50\\%"));
    assertEquals("a\\_b", ValueRules.canonicalLikePattern("a\\_b"));
    assertEquals("\\\\", ValueRules.canonicalLikePattern("\\\\"));
    // an escaped backslash does not escape what follows it: a\\b is a, a backslash, b
    assertEquals("a\\\\b", ValueRules.canonicalLikePattern("a\\\\b"));
    assertEquals("a\\\\\\%", ValueRules.canonicalLikePattern("a\\\\\\%"));
    assertEquals("%b%x", ValueRules.canonicalLikePattern("%\\b%\\x"));
    assertEquals("plain", ValueRules.canonicalLikePattern("plain"));
    assertEquals("a\\", ValueRules.canonicalLikePattern("a\\"));
  }
}
