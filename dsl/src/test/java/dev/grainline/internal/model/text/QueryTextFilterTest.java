package dev.grainline.internal.model.text;

import static dev.grainline.internal.model.text.Trees.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.ArithmeticOp;
import dev.grainline.internal.model.expr.ComparisonOp;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.And;
import dev.grainline.internal.model.expr.Node.Comparison;
import dev.grainline.internal.model.expr.Node.Literal;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The filter grammar: every construct, precedence, literals, keywords in any case, and spans. */
class QueryTextFilterTest {
  static final Node STATUS = attr("v3.order_details", "status");
  static final Node PRICE = attr("v3.product", "price");
  static final Node YEAR = attr("v3.date", "year");
  static final Node CATEGORY = attr("v3.product", "category");

  static Parsed<Node> parse(String text) {
    Parsed<Node> parsed = QueryText.filter(text, TestStore.MODEL);
    Optional<String> violation = spanViolation(parsed, text);
    assertTrue(violation.isEmpty(), () -> text + ": " + violation.get());
    return parsed;
  }

  static Node tree(String text) {
    return parse(text).value();
  }

  @Nested
  class Predicates {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "v3.product.price = 10  | EQ",
        "v3.product.price != 10 | NE",
        "v3.product.price <> 10 | NE",
        "v3.product.price < 10  | LT",
        "v3.product.price <= 10 | LE",
        "v3.product.price > 10  | GT",
        "v3.product.price >= 10 | GE",
        "v3.product.price>=10   | GE"})
    void comparisons(String text, ComparisonOp op) {
      assertEquals(cmp(PRICE, op, integer(10)), tree(text));
    }

    @Test
    void isNullAndIsNotNull() {
      assertEquals(isNull(STATUS, false), tree("v3.order_details.status IS NULL"));
      assertEquals(isNull(STATUS, true), tree("v3.order_details.status IS NOT NULL"));
    }

    @Test
    void inAndNotIn() {
      assertEquals(in(CATEGORY, false, text("Books"), text("Music")),
          tree("v3.product.category IN ('Books', 'Music')"));
      assertEquals(in(CATEGORY, true, text("Books")), tree("v3.product.category NOT IN ('Books')"));
      assertEquals(in(PRICE, false, integer(1), arith(integer(2), ArithmeticOp.ADD, integer(3)), PRICE),
          tree("v3.product.price IN (1, 2 + 3, v3.product.price)"));
    }

    @Test
    void betweenAndNotBetween() {
      assertEquals(between(YEAR, integer(2020), integer(2024), false), tree("v3.date.year BETWEEN 2020 AND 2024"));
      assertEquals(between(YEAR, integer(2020), integer(2024), true), tree("v3.date.year NOT BETWEEN 2020 AND 2024"));
    }

    @Test
    void betweensAndIsNotTheBooleanAnd() {
      assertEquals(
          and(between(YEAR, integer(2020), integer(2024), false), eq(STATUS, text("completed")),
              between(PRICE, integer(1), integer(2), true)),
          tree("v3.date.year BETWEEN 2020 AND 2024 AND v3.order_details.status = 'completed'"
              + " AND v3.product.price NOT BETWEEN 1 AND 2"));
    }

    @Test
    void betweenBoundsAreArithmetic() {
      assertEquals(between(YEAR, arith(integer(2020), ArithmeticOp.SUBTRACT, integer(1)),
              arith(integer(2024), ArithmeticOp.MULTIPLY, integer(1)), false),
          tree("v3.date.year BETWEEN 2020 - 1 AND 2024 * 1"));
    }

    @Test
    void likeAndNotLike() {
      assertEquals(like(CATEGORY, text("Book%"), false), tree("v3.product.category LIKE 'Book%'"));
      assertEquals(like(CATEGORY, text("Book%"), true), tree("v3.product.category NOT LIKE 'Book%'"));
    }

    @Test
    void aBareValueIsAFilterForTheResolverToTypeCheck() {
      assertEquals(bool(true), tree("TRUE"));
      assertEquals(STATUS, tree("v3.order_details.status"));
    }

    @Test
    void comparisonsOfConditionsNeedParentheses() {
      assertEquals(eq(eq(STATUS, text("a")), bool(false)), tree("(v3.order_details.status = 'a') = FALSE"));
    }
  }

  @Nested
  class Precedence {
    final Node a = eq(STATUS, text("a"));
    final Node b = eq(STATUS, text("b"));
    final Node c = eq(STATUS, text("c"));
    final String sa = "v3.order_details.status = 'a'";
    final String sb = "v3.order_details.status = 'b'";
    final String sc = "v3.order_details.status = 'c'";

    @Test
    void andBindsTighterThanOr() {
      assertEquals(or(a, and(b, c)), tree(sa + " OR " + sb + " AND " + sc));
      assertEquals(or(and(a, b), c), tree(sa + " AND " + sb + " OR " + sc));
    }

    @Test
    void parenthesesOverridePrecedence() {
      assertEquals(and(or(a, b), c), tree("(" + sa + " OR " + sb + ") AND " + sc));
    }

    @Test
    void notBindsTighterThanAnd() {
      assertEquals(and(not(a), b), tree("NOT " + sa + " AND " + sb));
      assertEquals(or(not(a), not(b)), tree("NOT " + sa + " OR NOT " + sb));
      assertEquals(not(and(a, b)), tree("NOT (" + sa + " AND " + sb + ")"));
      assertEquals(not(not(a)), tree("NOT NOT " + sa));
    }

    @Test
    void chainsFlattenButParenthesizedChainsStay() {
      assertEquals(and(a, b, c), tree(sa + " AND " + sb + " AND " + sc));
      assertEquals(or(a, b, c), tree(sa + " OR " + sb + " OR " + sc));
      assertEquals(and(and(a, b), c), tree("(" + sa + " AND " + sb + ") AND " + sc));
      assertEquals(or(a, or(b, c)), tree(sa + " OR (" + sb + " OR " + sc + ")"));
    }

    @Test
    void multiplicationBindsTighterThanAddition() {
      assertEquals(arith(integer(1), ArithmeticOp.ADD, arith(integer(2), ArithmeticOp.MULTIPLY, integer(3))),
          tree("1 + 2 * 3"));
      assertEquals(arith(arith(integer(1), ArithmeticOp.DIVIDE, integer(2)), ArithmeticOp.SUBTRACT, integer(3)),
          tree("1 / 2 - 3"));
      assertEquals(arith(arith(integer(1), ArithmeticOp.ADD, integer(2)), ArithmeticOp.MULTIPLY, integer(3)),
          tree("(1 + 2) * 3"));
    }

    @Test
    void arithmeticIsLeftAssociative() {
      assertEquals(arith(arith(integer(10), ArithmeticOp.SUBTRACT, integer(2)), ArithmeticOp.SUBTRACT, integer(3)),
          tree("10 - 2 - 3"));
      assertEquals(arith(arith(integer(8), ArithmeticOp.DIVIDE, integer(2)), ArithmeticOp.DIVIDE, integer(2)),
          tree("8 / 2 / 2"));
      assertEquals(arith(integer(10), ArithmeticOp.SUBTRACT, arith(integer(2), ArithmeticOp.SUBTRACT, integer(3))),
          tree("10 - (2 - 3)"));
    }

    @Test
    void arithmeticBindsTighterThanComparison() {
      assertEquals(cmp(arith(PRICE, ArithmeticOp.MULTIPLY, integer(2)), ComparisonOp.GT,
              arith(integer(10), ArithmeticOp.ADD, integer(1))),
          tree("v3.product.price * 2 > 10 + 1"));
    }

    @Test
    void unaryMinusBindsTighterThanMultiplication() {
      assertEquals(arith(neg(PRICE), ArithmeticOp.MULTIPLY, integer(2)), tree("-v3.product.price * 2"));
      assertEquals(arith(integer(-2), ArithmeticOp.MULTIPLY, PRICE), tree("-2 * v3.product.price"));
      assertEquals(arith(PRICE, ArithmeticOp.MULTIPLY, integer(-2)), tree("v3.product.price * -2"));
      assertEquals(arith(PRICE, ArithmeticOp.SUBTRACT, integer(-2)), tree("v3.product.price - -2"));
      assertEquals(arith(PRICE, ArithmeticOp.SUBTRACT, integer(2)), tree("v3.product.price -2"));
    }

    @Test
    void minusOnAnythingButANumberIsANegation() {
      assertEquals(neg(arith(integer(1), ArithmeticOp.ADD, PRICE)), tree("-(1 + v3.product.price)"));
      assertEquals(neg(neg(PRICE)), tree("- -v3.product.price"));
      assertEquals(neg(text("x")), tree("-'x'"));
    }
  }

  @Nested
  class Literals {
    Literal literal(String text) {
      return assertInstanceOf(Literal.class, tree(text));
    }

    @Test
    void integersAreIntegerOrBigintByValue() {
      assertEquals(integer(0), literal("0"));
      assertEquals(integer(2147483647), literal("2147483647"));
      assertEquals(bigint(2147483648L), literal("2147483648"));
      assertEquals(integer(-2147483648), literal("-2147483648"));
      assertEquals(bigint(-2147483649L), literal("-2147483649"));
      assertEquals(bigint(Long.MAX_VALUE), literal("9223372036854775807"));
      assertEquals(bigint(Long.MIN_VALUE), literal("-9223372036854775808"));
      assertEquals(integer(7), literal("007"));
    }

    @Test
    void decimalsKeepTheirScale() {
      Literal literal = literal("1.50");
      assertEquals(SqlType.DECIMAL, literal.type());
      assertEquals(new BigDecimal("1.50"), literal.value());
      assertEquals(decimal("-0.001"), literal("-0.001"));
      assertEquals(decimal("12345678901234567890.123456789012345678"),
          literal("12345678901234567890.123456789012345678"));
    }

    @Test
    void numbersWithAnExponentAreDoubles() {
      assertEquals(dbl(1000.0), literal("1e3"));
      assertEquals(dbl(0.0025), literal("2.5E-3"));
      assertEquals(dbl(100.0), literal("1E+2"));
      assertEquals(dbl(-1000.0), literal("-1e3"));
    }

    @Test
    void aMinusFoldsIntoANumberEvenThroughParentheses() {
      assertEquals(integer(-5), literal("- 5"));
      assertEquals(integer(-5), literal("-(5)"));
      assertEquals(integer(5), literal("- -5"));
      assertEquals(bigint(2147483648L), literal("-(-2147483648)"));
      assertEquals(decimal("1.5"), literal("-(-1.5)"));
      assertEquals(dbl(-0.0), literal("-0e0"));
    }

    @Test
    void strings() {
      assertEquals(text("Books"), literal("'Books'"));
      assertEquals(text(""), literal("''"));
      assertEquals(text("it's"), literal("'it''s'"));
      assertEquals(text("''"), literal("''''''"));
      assertEquals(text("a AND b -- \"x\" \n ü"), literal("'a AND b -- \"x\" \n ü'"));
    }

    @Test
    void booleans() {
      assertEquals(bool(true), literal("TRUE"));
      assertEquals(bool(false), literal("false"));
      assertEquals(bool(true), literal("True"));
    }

    @Test
    void dates() {
      assertEquals(date("2024-02-29"), literal("DATE '2024-02-29'"));
      assertEquals(date("2024-01-31"), literal("date '2024-01-31'"));
    }

    @Test
    void timestamps() {
      assertEquals(timestamp("2024-01-31T18:30"), literal("TIMESTAMP '2024-01-31 18:30'"));
      assertEquals(timestamp("2024-01-31T18:30:05"), literal("TIMESTAMP '2024-01-31 18:30:05'"));
      assertEquals(timestamp("2024-01-31T18:30:05.1"), literal("timestamp '2024-01-31 18:30:05.1'"));
      assertEquals(timestamp("2024-01-31T18:30:05.123456"),
          literal("TIMESTAMP '2024-01-31 18:30:05.123456000'"));
      assertEquals(timestamp("2024-01-31T00:00"), literal("TIMESTAMP '2024-01-31 00:00:00.000'"));
    }
  }

  @Nested
  class Keywords {
    @Test
    void keywordsAreCaseInsensitive() {
      Node expected = and(
          not(eq(STATUS, text("a"))),
          isNull(PRICE, true),
          in(CATEGORY, true, text("x")),
          between(YEAR, integer(1), integer(2), false),
          like(CATEGORY, text("B%"), true),
          eq(bool(true), bool(false)),
          eq(attr("v3.date", "date_id"), date("2024-01-01")));
      String upper = "NOT v3.order_details.status = 'a' AND v3.product.price IS NOT NULL"
          + " AND v3.product.category NOT IN ('x') AND v3.date.year BETWEEN 1 AND 2"
          + " AND v3.product.category NOT LIKE 'B%' AND TRUE = FALSE AND v3.date.date_id = DATE '2024-01-01'";
      assertEquals(expected, tree(upper));
      assertEquals(expected, tree(upper.replace("NOT ", "not ").replace("AND", "and").replace("IS", "is")
          .replace("IN ", "in ").replace("BETWEEN", "between").replace("LIKE", "like").replace("TRUE", "true")
          .replace("FALSE", "False").replace("DATE '", "dAtE '")));
      assertEquals(or(eq(STATUS, text("a")), eq(STATUS, text("b"))),
          tree("v3.order_details.status = 'a' Or v3.order_details.status = 'b'"));
    }

    @Test
    void keywordsInsideDottedNamesAreNames() {
      assertEquals(eq(attr("v3.order_details", "in"), integer(1)), tree("v3.order_details.in = 1"));
      assertEquals(isNull(attr("v3.and", "or"), false), tree("v3.and.or IS NULL"));
      assertEquals(eq(attr("not", "null"), integer(1)), tree("not.null = 1"));
      assertEquals(eq(attr("date", "week"), integer(1)), tree("date.week = 1"));
    }

    @Test
    void whitespaceOfAnyKindSeparatesTokens() {
      assertEquals(and(eq(STATUS, text("a")), isNull(PRICE, false)),
          tree("\t v3.order_details.status\n=\r\n'a'\u00a0AND\u2003v3.product.price IS NULL  "));
      assertEquals(eq(PRICE, integer(1)), tree("(v3.product.price)=(1)"));
    }
  }

  @Nested
  class Spans {
    @Test
    void leavesSpanTheirTokens() {
      String text = "v3.date.year[order] >= 2024";
      Parsed<Node> parsed = parse(text);
      Comparison comparison = assertInstanceOf(Comparison.class, parsed.value());
      assertEquals(new Span(0, 27), parsed.span(comparison).orElseThrow());
      assertEquals(new Span(0, 19), parsed.span(comparison.left()).orElseThrow());
      assertEquals(new Span(23, 27), parsed.span(comparison.right()).orElseThrow());
      Node.AttributeRef ref = assertInstanceOf(Node.AttributeRef.class, comparison.left());
      assertEquals(new Span(12, 19), parsed.span(ref.rolePath().orElseThrow()).orElseThrow());
    }

    @Test
    void operatorsSpanTheirOperandsAndParenthesesTheirGroup() {
      String text = "(v3.date.year = 1) AND NOT v3.product.price IN (1, 2) OR v3.product.price IS NOT NULL";
      Parsed<Node> parsed = parse(text);
      Node.Or or = assertInstanceOf(Node.Or.class, parsed.value());
      And and = assertInstanceOf(And.class, or.operands().get(0));
      Node.Not not = assertInstanceOf(Node.Not.class, and.operands().get(1));
      assertEquals(new Span(0, text.length()), parsed.span(or).orElseThrow());
      assertEquals(new Span(0, 53), parsed.span(and).orElseThrow());
      assertEquals(new Span(0, 18), parsed.span(and.operands().get(0)).orElseThrow());
      assertEquals(new Span(23, 53), parsed.span(not).orElseThrow());
      assertEquals(new Span(27, 53), parsed.span(not.operand()).orElseThrow());
      assertEquals(new Span(57, text.length()), parsed.span(or.operands().get(1)).orElseThrow());
    }

    @Test
    void foldedLiteralsSpanTheirMinus() {
      Parsed<Node> parsed = parse("v3.product.price > - (5)");
      Comparison comparison = assertInstanceOf(Comparison.class, parsed.value());
      assertEquals(integer(-5), comparison.right());
      assertEquals(new Span(19, 24), parsed.span(comparison.right()).orElseThrow());
      assertEquals(3, parsed.spans().size(), "the unfolded 5 is not left behind");
    }

    @Test
    void dateLiteralsSpanTheirKeyword() {
      Parsed<Node> parsed = parse("v3.date.date_id = DATE '2024-01-01'");
      assertEquals(new Span(18, 35), parsed.span(((Comparison) parsed.value()).right()).orElseThrow());
    }

    @Test
    void equalNodesHaveTheirOwnSpans() {
      Parsed<Node> parsed = parse("v3.product.price = 1 OR v3.product.price = 1");
      Node.Or or = assertInstanceOf(Node.Or.class, parsed.value());
      assertEquals(or.operands().get(0), or.operands().get(1));
      assertEquals(new Span(0, 20), parsed.span(or.operands().get(0)).orElseThrow());
      assertEquals(new Span(24, 44), parsed.span(or.operands().get(1)).orElseThrow());
    }

    @Test
    void spansAreKeyedByIdentity() {
      Parsed<Node> parsed = parse("v3.product.price = 1");
      Comparison comparison = (Comparison) parsed.value();
      assertTrue(parsed.span(new Comparison(comparison.op(), comparison.left(), comparison.right())).isEmpty());
      assertSame(comparison, parsed.value());
    }
  }
}
