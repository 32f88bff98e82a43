package dev.grainline.internal.model.text;

import static dev.grainline.internal.model.text.Trees.attr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.ArithmeticOp;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Arithmetic;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.query.QueryLimits;
import dev.grainline.internal.model.validation.TypeChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Chains of 10,000 terms parse into one node each, in one pass and without recursion on their length; nesting past
 * the limit is one clear error from the parser, which is itself recursive. The parser is used directly: the length
 * limit of {@link QueryText#filter} would reject these filters before they are read.
 */
class QueryTextDepthTest {
  private static final int TERMS = 10_000;

  private static Node parse(String text) {
    return new FilterParser(new TokenCursor(text), new Spans(), new NameResolver(TestStore.MODEL)).parse();
  }

  private static String chain(String first, String separator, String term) {
    StringBuilder text = new StringBuilder(first);
    for (int i = 1; i < TERMS; i++) {
      text.append(separator).append(term);
    }
    return text.toString();
  }

  @Test
  void aSumOfTenThousandTermsIsOneChain() {
    Node.Comparison filter = assertInstanceOf(Node.Comparison.class,
        parse("v3.date.year = " + chain("1", " + ", "1")));
    Arithmetic sum = assertInstanceOf(Arithmetic.class, filter.right());
    assertEquals(TERMS - 1, sum.steps().size());
    assertEquals(3, Nodes.depth(filter));
  }

  @Test
  void additionsAndSubtractionsChainTogetherAndKeepTheirOrder() {
    Arithmetic sum = assertInstanceOf(Arithmetic.class,
        assertInstanceOf(Node.Comparison.class, parse("v3.date.year = " + chain("1", " - ", "2 + 3"))).right());
    assertEquals(2 * (TERMS - 1), sum.steps().size());
    assertEquals(ArithmeticOp.SUBTRACT, sum.steps().get(0).op());
    assertEquals(ArithmeticOp.ADD, sum.steps().get(1).op());
  }

  @Test
  void aProductIsOneChainAndEachDivisionANodeOfItsOwn() {
    Node product = assertInstanceOf(Node.Comparison.class, parse("v3.date.year = " + chain("1", " * ", "1"))).right();
    assertEquals(TERMS - 1, assertInstanceOf(Arithmetic.class, product).steps().size());
    // 8 * 2 * 3 / 4 * 5 is ((8 * 2 * 3) / 4) * 5.
    Node mixed = assertInstanceOf(Node.Comparison.class, parse("v3.date.year = 8 * 2 * 3 / 4 * 5")).right();
    Arithmetic outer = assertInstanceOf(Arithmetic.class, mixed);
    assertEquals(List.of(ArithmeticOp.MULTIPLY), outer.steps().stream().map(Arithmetic.Step::op).toList());
    Arithmetic division = assertInstanceOf(Arithmetic.class, outer.first());
    assertEquals(List.of(ArithmeticOp.DIVIDE), division.steps().stream().map(Arithmetic.Step::op).toList());
    assertEquals(2, assertInstanceOf(Arithmetic.class, division.first()).steps().size());
  }

  @Test
  void tenThousandAndsOrOrsAreOneNode() {
    Node.And and = assertInstanceOf(Node.And.class, parse(chain("v3.date.year = 1", " AND ", "v3.date.year = 1")));
    assertEquals(TERMS, and.operands().size());
    Node.Or or = assertInstanceOf(Node.Or.class, parse(chain("v3.date.year = 1", " OR ", "v3.date.year = 1")));
    assertEquals(TERMS, or.operands().size());
    assertEquals(3, Nodes.depth(or));
  }

  @Test
  void tenThousandParenthesesNotsOrMinusesAreOneClearError() {
    for (String text : List.of("(".repeat(TERMS) + "v3.date.year = 1" + ")".repeat(TERMS),
        "NOT ".repeat(TERMS) + "v3.date.year = 1", "v3.date.year = " + "-".repeat(TERMS) + "1",
        "v3.date.year = " + "-(".repeat(TERMS) + "1" + ")".repeat(TERMS))) {
      QueryTextException e = assertThrows(QueryTextException.class, () -> parse(text));
      assertEquals("[GrainlineFilterTooDeep] the filter nests deeper than 100 levels", e.getMessage());
    }
  }

  @Test
  void aChainOfTenThousandStepsIsTypedStepByStep() {
    List<String> errors = new ArrayList<>();
    TypeChecker checker = new TypeChecker(new TypeChecker.Scope(metric -> Optional.empty(),
        ref -> Optional.of(ref.attribute().equals("name") ? SqlType.TEXT : SqlType.INTEGER)), (node, message, args) -> errors.add(message.format(args)));
    Node sum = assertInstanceOf(Node.Comparison.class, parse("v3.date.year = " + chain("1", " + ", "2"))).right();
    assertEquals(Optional.of(SqlType.INTEGER), checker.typeOf(sum));
    Node widened = new Arithmetic(ArithmeticOp.ADD, sum, Trees.decimal("0.5"));
    assertEquals(Optional.of(SqlType.DECIMAL), checker.typeOf(widened));
    Node divided = new Arithmetic(ArithmeticOp.DIVIDE, sum, Trees.integer(2));
    assertEquals(Optional.of(SqlType.DOUBLE), checker.typeOf(divided));
    Node text = new Arithmetic(ArithmeticOp.ADD, sum, attr("v3.customer", "name"));
    assertEquals(Optional.empty(), checker.typeOf(text));
    assertEquals(1, errors.size());
    assertTrue(errors.get(0).endsWith(": cannot compute integer + text; arithmetic needs numbers"), errors::toString);
  }

  @Test
  void theParserAllowsTheDepthThatLaterStagesAllow() {
    assertEquals(QueryLimits.MAX_DEPTH, FilterParser.MAX_DEPTH);
  }
}
