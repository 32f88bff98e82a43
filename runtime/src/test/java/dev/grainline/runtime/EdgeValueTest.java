package dev.grainline.runtime;

import static dev.grainline.runtime.edge.EdgeFixture.SEEN_AT;
import static dev.grainline.runtime.edge.EdgeFixture.BIG_SUM;
import static dev.grainline.runtime.edge.EdgeFixture.DAY;
import static dev.grainline.runtime.edge.EdgeFixture.ITEMS;
import static dev.grainline.runtime.edge.EdgeFixture.ITEM_ID;
import static dev.grainline.runtime.edge.EdgeFixture.NAME;
import static dev.grainline.runtime.edge.EdgeFixture.PRICE;
import static dev.grainline.runtime.edge.EdgeFixture.QTY;
import static dev.grainline.runtime.edge.EdgeFixture.QTY_SUM;
import static dev.grainline.runtime.edge.EdgeFixture.RATIO_SUM;
import static dev.grainline.runtime.edge.EdgeFixture.SQUARES;
import static dev.grainline.runtime.edge.EdgeFixture.WIDE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.DatabaseException;
import dev.grainline.QueryException;
import dev.grainline.runtime.clicks.ClicksFixture;
import dev.grainline.runtime.shop.ShopFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Edge values on which PostgreSQL and DuckDB used to disagree (see EdgeFixture for the two items): each gives the
 * same answer on both engines, checked against a Java oracle, or the same error, on all four layers.
 */
class EdgeValueTest {
  private static final String LAYERS = "dev.grainline.runtime.edge.EdgeFixture#layers";
  private static final String CLICKS = "dev.grainline.runtime.clicks.ClicksFixture#layers";
  private static final List<BigDecimal> PRICES = List.of(new BigDecimal("10.00"), new BigDecimal("3238510.64"));

  /** A rejection with {@code id} whose message has {@code text} (after "where, column n: " in the text API). */
  private static void assertRejected(String id, String text, Executable query) {
    QueryException e = assertThrows(QueryException.class, query);
    assertEquals(id, e.id(), e.getMessage());
    assertTrue(e.getMessage().startsWith(text) || e.getMessage().startsWith("where, column ")
        && e.getMessage().contains(": " + text), e.getMessage());
  }

  private static void assertFailed(String id, String start, Executable query) {
    DatabaseException e = assertThrows(DatabaseException.class, query);
    assertEquals(id, e.id(), e.getMessage());
    assertTrue(e.getMessage().startsWith(start), e.getMessage());
  }

  private static long count(SemanticLayer layer, Filter filter) {
    return layer.query(ITEMS).where(filter).fetch().rows().get(0).get(ITEMS);
  }

  private static long textCount(SemanticLayer layer, String filter) {
    return (Long) layer.textQuery("edge.items").where(filter).fetch().rows().get(0).get(0);
  }

  private static long oracle(BiPredicate<BigDecimal, BigDecimal> op, BigDecimal value) {
    return PRICES.stream().filter(price -> op.test(price, value)).count();
  }

  // --- decimals: DuckDB binds them as DECIMAL(38,18) ----------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void aDecimalLongerThan38DigitsIsRejectedNotNull(String engine, SemanticLayer layer) {
    // DuckDB answered NULL here, PostgreSQL 3,238,520.64.
    String value = "10.000000000000000000000000000000000000001";
    String message = "[GrainlineValueRange] decimal " + value + " has 2 digits before the point and 39 after it; a"
        + " decimal value has at most 20 and 18";
    assertRejected("GrainlineValueRange", message,
        () -> layer.query(ITEMS).where(PRICE.gt(new BigDecimal(value))).fetch());
    assertRejected("GrainlineValueRange", message, () -> textCount(layer, "edge.items.price > " + value));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void aDecimalFinerThan18FractionDigitsIsRejectedNotRounded(String engine, SemanticLayer layer) {
    // DuckDB compared with 0.000000000000000000, so price < 0.0000000000000000001 became price < 0.
    assertRejected("GrainlineValueRange", "[GrainlineValueRange] decimal 0.0000000000000000001 has 0 digits",
        () -> layer.query(ITEMS).where(PRICE.lt(new BigDecimal("0.0000000000000000001"))).fetch());
    assertRejected("GrainlineValueRange", "[GrainlineValueRange] decimal -0.0000000000000000001 has 0 digits",
        () -> textCount(layer, "edge.items.price > -0.0000000000000000001"));
    assertRejected("GrainlineValueRange", "[GrainlineValueRange] decimal 123456789012345678901 has 21 digits",
        () -> layer.query(ITEMS).where(PRICE.lt(new BigDecimal("123456789012345678901"))).fetch());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void decimalsWithinDecimal38And18CompareExactly(String engine, SemanticLayer layer) {
    BigDecimal justAbove = new BigDecimal("10.000000000000000001");
    assertEquals(oracle((p, v) -> p.compareTo(v) > 0, justAbove), count(layer, PRICE.gt(justAbove)));
    assertEquals(oracle((p, v) -> p.compareTo(v) <= 0, justAbove), count(layer, PRICE.le(justAbove)));
    assertEquals(1, count(layer, PRICE.le(justAbove)));
    // Trailing zeros are no precision: 10.0000000000000000000000 is 10 exactly, and is accepted.
    BigDecimal ten = new BigDecimal("10.0000000000000000000000");
    assertEquals(oracle((p, v) -> p.compareTo(v) == 0, ten), count(layer, PRICE.eq(ten)));
    assertEquals(1, textCount(layer, "edge.items.price = 10.0000000000000000000000"));
    BigDecimal big = new BigDecimal("99999999999999999999.999999999999999999");
    assertEquals(oracle((p, v) -> p.compareTo(v) < 0, big), count(layer, PRICE.lt(big)));
    assertEquals(2, textCount(layer, "edge.items.price < 99999999999999999999.999999999999999999"));
  }

  // --- dates and timestamps ------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void datesOutsideTheYears1To9999AreRejected(String engine, SemanticLayer layer) {
    assertRejected("GrainlineValueRange", "[GrainlineValueRange] date -999999999-01-01 is outside the years 1 to"
        + " 9999", () -> layer.query(ITEMS).where(DAY.ge(LocalDate.MIN)).fetch());
    assertRejected("GrainlineValueRange", "[GrainlineValueRange] date +999999999-12-31 is outside",
        () -> layer.query(ITEMS).where(DAY.le(LocalDate.MAX)).fetch());
    assertRejected("GrainlineValueRange", "[GrainlineValueRange] date 0000-12-31 is outside",
        () -> layer.query(ITEMS).where(DAY.gt(LocalDate.of(0, 12, 31))).fetch());
    assertRejected("GrainlineValueRange", "[GrainlineValueRange] date +10000-01-01 is outside",
        () -> layer.query(ITEMS).where(DAY.lt(LocalDate.of(10_000, 1, 1))).fetch());
    assertRejected("GrainlineValueRange", "[GrainlineValueRange] date 0000-01-01 is outside",
        () -> textCount(layer, "edge.items.day >= DATE '0000-01-01'"));
    assertEquals(2, count(layer, DAY.between(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void timestampsOutsideTheYearsOrFinerThanAMicrosecondAreRejected(String engine, SemanticLayer layer) {
    assertRejected("GrainlineValueRange", "[GrainlineValueRange] timestamp +999999999-12-31T23:59:59.999999999 is"
        + " outside the years 1 to 9999", () -> layer.query(ITEMS).where(SEEN_AT.lt(LocalDateTime.MAX)).fetch());
    assertRejected("GrainlineValueRange", "[GrainlineValueRange] timestamp -999999999-01-01T00:00 is outside",
        () -> layer.query(ITEMS).where(SEEN_AT.gt(LocalDateTime.MIN)).fetch());
    // PostgreSQL rounded nanoseconds to the microsecond (up), DuckDB truncated them (down).
    LocalDateTime nanos = LocalDateTime.of(2024, 1, 3, 11, 59, 59, 999_999_999);
    assertRejected("GrainlineValueRange", "[GrainlineValueRange] timestamp 2024-01-03T11:59:59.999999999 is finer"
        + " than a microsecond", () -> layer.query(ITEMS).where(SEEN_AT.ge(nanos)).fetch());
    assertRejected("GrainlineValueRange", "[GrainlineValueRange] timestamp 2024-01-03T11:59:59.999999999 is finer",
        () -> textCount(layer, "edge.items.seen_at >= TIMESTAMP '2024-01-03 11:59:59.999999999'"));
    assertEquals(1, count(layer, SEEN_AT.ge(LocalDateTime.of(2024, 1, 3, 11, 59, 59, 999_999_000))));
    assertEquals(1, textCount(layer, "edge.items.seen_at >= TIMESTAMP '2024-01-03 11:59:59.999999000'"));
    assertEquals(2, count(layer, SEEN_AT.between(LocalDateTime.of(1, 1, 1, 0, 0),
        LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000))));
  }

  // --- text ----------------------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void aNulCharacterInATextValueIsRejectedBeforeTheDatabase(String engine, SemanticLayer layer) {
    // PostgreSQL failed with invalid byte sequence for encoding "UTF8": 0x00; DuckDB compared it.
    assertRejected("GrainlineValueRange", "[GrainlineValueRange] text value 'a?b' holds a NUL character (U+0000) at"
        + " index 1", () -> layer.query(ITEMS).where(NAME.eq("a\u0000b")).fetch());
    assertRejected("GrainlineValueRange", "[GrainlineValueRange] text value 'x?' holds a NUL character",
        () -> textCount(layer, "edge.items.name = 'x\u0000'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void aLikePatternEndingWithTheEscapeCharacterIsRejected(String engine, SemanticLayer layer) {
    assertRejected("GrainlineValueRange", "[GrainlineValueRange] LIKE pattern 'a\\' ends with the escape character"
        + " \\; write \\\\ to match a backslash", () -> count(layer, NAME.like("a\\")));
    assertRejected("GrainlineValueRange", "[GrainlineValueRange] LIKE pattern 'a\\\\\\' ends with",
        () -> textCount(layer, "edge.items.name LIKE 'a\\\\\\'"));
    // An escaped backslash is a backslash; a backslash before another character is that character.
    assertEquals(1, count(layer, NAME.like("a\\\\b")));
    assertEquals(1, count(layer, NAME.like("a\\\\%")));
    assertEquals(1, textCount(layer, "edge.items.name LIKE 'a\\\\b'"));
    assertEquals(0, count(layer, NAME.like("a\\b")));
    assertEquals(1, count(layer, NAME.like("pl\\a%")));
  }

  // --- many values -----------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void aQueryBindsAtMost65535Values(String engine, SemanticLayer layer) {
    // PostgreSQL's protocol numbers bind values with 16 bits; its driver failed with an I/O error beyond that.
    Integer[] many = IntStream.rangeClosed(1, 70_000).boxed().toArray(Integer[]::new);
    assertRejected("GrainlineTooManyValues", "[GrainlineTooManyValues] the query binds 65536 values; a query binds"
        + " at most 65535", () -> count(layer, ITEM_ID.in(many)));
    Integer[] some = IntStream.rangeClosed(2, 1_001).boxed().toArray(Integer[]::new);
    assertEquals(1, count(layer, ITEM_ID.in(some)));
  }

  @Test
  void aFilterBoundOncePerGrainGroupCountsOncePerGroup() {
    // 40,000 values are within the limit, but the region filter applies to the sales and the visits grain groups:
    // the statement binds 80,000.
    String[] regions = IntStream.range(0, 40_000).mapToObj(i -> "r" + i).toArray(String[]::new);
    for (Dialect dialect : Dialect.values()) {
      SemanticLayer layer = SemanticLayer.offline(ShopFixture.MODEL, dialect);
      assertRejected("GrainlineTooManyValues", "[GrainlineTooManyValues] the query binds 80000 values; a query binds"
          + " at most 65535", () -> layer.query(ShopFixture.REVENUE, ShopFixture.VISITS).by(ShopFixture.REGION)
              .where(ShopFixture.REGION.in(regions)).sql());
    }
  }

  // --- overflow ------------------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void aBigintSumBeyondALongIsAnOverflowError(String engine, SemanticLayer layer) {
    // PostgreSQL failed with bigint out of range, DuckDB with a HUGEINT sum that cannot be cast to BIGINT; the
    // reader now takes both engines' wide sums and reports the overflow alike.
    assertFailed("GrainlineOverflow", "[GrainlineOverflow] edge.big_sum is 9223372036854775808 in row 1, beyond the"
        + " range of bigint values", () -> layer.query(BIG_SUM).fetch());
    List<Long> perItem = layer.query(BIG_SUM).by(ITEM_ID).orderBy(ITEM_ID.asc()).fetch().map(r -> r.get(BIG_SUM));
    assertEquals(List.of(Long.MAX_VALUE, 1L), perItem);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void integerArithmeticBeyondAnIntIsAnOverflowError(String engine, SemanticLayer layer) {
    assertFailed("GrainlineOverflow", "[GrainlineOverflow] a value is out of range of its type: ",
        () -> layer.query(SQUARES).where(ITEM_ID.eq(1)).fetch());
    assertFailed("GrainlineOverflow", "[GrainlineOverflow] a value is out of range of its type: ",
        () -> textCount(layer, "edge.items.item_id = 2147483647 + 1"));
    assertEquals(0, textCount(layer, "edge.items.item_id = 2147483647 + 1.0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void aDoubleSumBeyondADoubleIsAnOverflowErrorNotInfinity(String engine, SemanticLayer layer) {
    // PostgreSQL: value out of range: overflow; DuckDB answered Infinity.
    DatabaseException e = assertThrows(DatabaseException.class, () -> layer.query(RATIO_SUM).fetch());
    assertEquals("GrainlineOverflow", e.id(), e.getMessage());
    List<Double> perItem = layer.query(RATIO_SUM).by(ITEM_ID).orderBy(ITEM_ID.asc()).fetch()
        .map(r -> r.get(RATIO_SUM));
    assertEquals(List.of(1e308, 1e308), perItem);
  }

  // --- gap fill ------------------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource(CLICKS)
  void gapFillBoundsOutsideTheYears1To9999AreRejected(String engine, SemanticLayer layer) {
    // DuckDB filled no rows from year -3000 on, PostgreSQL all of them.
    assertRejected("GrainlineValueRange", "[GrainlineValueRange] date -3000-01-01 is outside the years 1 to 9999",
        () -> layer.query(ClicksFixture.AMOUNT).by(ClicksFixture.MONTH)
            .fillGaps(LocalDate.of(-3000, 1, 1), LocalDate.of(2024, 1, 1)).fetch());
    assertRejected("GrainlineValueRange", "[GrainlineValueRange] date -999999999-01-01 is outside",
        () -> layer.query(ClicksFixture.AMOUNT).by(ClicksFixture.MONTH)
            .fillGaps(LocalDate.MIN, LocalDate.of(2024, 1, 1)));
    assertRejected("GrainlineValueRange", "[GrainlineValueRange] date +999999999-12-31 is outside",
        () -> layer.query(ClicksFixture.AMOUNT).by(ClicksFixture.MONTH)
            .fillGaps(LocalDate.of(2024, 1, 1), LocalDate.MAX));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(CLICKS)
  void gapFillFillsAtMost100000Days(String engine, SemanticLayer layer) {
    assertRejected("GrainlineGapFill", "[GrainlineGapFill] fillGaps(0001-01-01, 9999-12-31): the range spans"
        + " 3652059 days; at most 100000 days are filled", () -> layer.query(ClicksFixture.AMOUNT)
            .by(ClicksFixture.DAY).fillGaps(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)));
    // 100,000 days from 2000-01-01 on is the longest range: accepted.
    LocalDate from = LocalDate.of(2000, 1, 1);
    LocalDate to = from.plusDays(99_999);
    long months = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
    assertEquals(months, layer.query(ClicksFixture.AMOUNT).by(ClicksFixture.MONTH).fillGaps(from, to).fetch().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(CLICKS)
  void gapFillFillsTheFirstAndTheLastYearsAlike(String engine, SemanticLayer layer) {
    List<List<Object>> rows = layer.query(ClicksFixture.AMOUNT).by(ClicksFixture.MONTH)
        .fillGaps(LocalDate.of(1, 1, 1), LocalDate.of(1, 3, 31)).fetch().map(Row::values);
    assertEquals(List.of(List.of(LocalDate.of(1, 1, 1), 0L), List.of(LocalDate.of(1, 2, 1), 0L),
        List.of(LocalDate.of(1, 3, 1), 0L), List.of(LocalDate.of(2023, 12, 1), 15L),
        List.of(LocalDate.of(2024, 1, 1), 34L), List.of(LocalDate.of(2024, 2, 1), 9L)), rows);
    rows = layer.query(ClicksFixture.AMOUNT).by(ClicksFixture.MONTH)
        .fillGaps(LocalDate.of(9999, 11, 1), LocalDate.of(9999, 12, 31)).fetch().map(Row::values);
    assertEquals(List.of(List.of(LocalDate.of(2023, 12, 1), 15L), List.of(LocalDate.of(2024, 1, 1), 34L),
        List.of(LocalDate.of(2024, 2, 1), 9L), List.of(LocalDate.of(9999, 11, 1), 0L),
        List.of(LocalDate.of(9999, 12, 1), 0L)), rows);
  }

  // --- a column of another type than declared ------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void aValueThatDoesNotFitTheDeclaredTypeIsAnErrorNotARounding(String engine, SemanticLayer layer) {
    // qty is numeric in the database, declared intCol: 2.00 is the integer 2, 2.50 is none (getInt gave 2).
    assertEquals(List.of(2), layer.query(ITEMS).by(QTY).where(ITEM_ID.eq(1)).fetch().map(r -> r.get(QTY)));
    assertFailed("GrainlineResultType", "[GrainlineResultType] edge.items.qty is 2.50 in row ",
        () -> layer.query(ITEMS).by(QTY).fetch());
    // A sum of it is no integer either: 4.50 (a cast to BIGINT in the SQL rounded it to 5 on both engines).
    assertEquals(List.of(2L), layer.query(QTY_SUM).where(ITEM_ID.eq(1)).fetch().map(r -> r.get(QTY_SUM)));
    assertFailed("GrainlineResultType", "[GrainlineResultType] edge.qty_sum is 4.50 in row 1, which is no bigint"
        + " value", () -> layer.query(QTY_SUM).fetch());
    // wide is bigint, declared intCol: 3,000,000,000 is beyond an int (DuckDB's getInt wrapped it to -1,294,967,296).
    assertEquals(List.of(1), layer.query(ITEMS).by(WIDE).where(ITEM_ID.eq(1)).fetch().map(r -> r.get(WIDE)));
    assertFailed("GrainlineOverflow", "[GrainlineOverflow] edge.items.wide is 3000000000 in row 1, beyond the range"
        + " of integer values", () -> layer.query(ITEMS).by(WIDE).where(ITEM_ID.eq(2)).fetch());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.grainline.runtime.edge.EdgeFixture#engines")
  void theSchemaCheckReportsAColumnOfAnotherTypeThanDeclared(String engine, DataSource dataSource) {
    SchemaReport report = SemanticLayer.create(dev.grainline.runtime.edge.EdgeFixture.MODEL, dataSource)
        .verifySchema();
    List<String> mismatches = report.mismatches().stream().map(SchemaReport.Mismatch::message).toList();
    assertEquals(2, mismatches.size(), report::toString);
    assertTrue(mismatches.get(0).startsWith("[GrainlineSchemaType] column qty of edge_values.items is declared with"
        + " intCol (integer) but the database's column is "), mismatches.get(0));
    assertTrue(mismatches.get(0).endsWith("; declare it with decimalCol"), mismatches.get(0));
    assertTrue(mismatches.get(1).startsWith("[GrainlineSchemaType] column wide of edge_values.items is declared"
        + " with intCol (integer)"), mismatches.get(1));
    assertTrue(mismatches.get(1).endsWith("; declare it with longCol"), mismatches.get(1));
  }
}
