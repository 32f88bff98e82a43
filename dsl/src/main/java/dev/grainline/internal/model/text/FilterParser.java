package dev.grainline.internal.model.text;

import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.ArithmeticOp;
import dev.grainline.internal.model.expr.ComparisonOp;
import dev.grainline.internal.model.expr.Node.And;
import dev.grainline.internal.model.expr.Node.Arithmetic;
import dev.grainline.internal.model.expr.Node.Between;
import dev.grainline.internal.model.expr.Node.Comparison;
import dev.grainline.internal.model.expr.Node.InList;
import dev.grainline.internal.model.expr.Node.IsNull;
import dev.grainline.internal.model.expr.Node.Like;
import dev.grainline.internal.model.expr.Node.Literal;
import dev.grainline.internal.model.expr.Node.Negate;
import dev.grainline.internal.model.expr.Node.Not;
import dev.grainline.internal.model.expr.Node.Or;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.query.QueryLimits;
import dev.grainline.internal.model.validation.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A recursive-descent parser for filters, one method per rule of the grammar in {@link QueryText}. Every node it
 * creates gets a span: leaves their tokens, operators from their first operand (or keyword) to their last, and a
 * parenthesized expression its parentheses.
 */
final class FilterParser {
  /**
   * How deeply parentheses, NOTs and unary minuses may nest, so that hostile input cannot exhaust the stack of this
   * recursive-descent parser; the tree it builds is checked against the same bound before later stages walk it.
   */
  static final int MAX_DEPTH = QueryLimits.MAX_DEPTH;

  private final TokenCursor in;
  private final Spans spans;
  private final ReferenceParser references;
  private final Literals literals;
  private int depth;
  /** Whether the predicate parsed last was a bare value, which an operator could still follow. */
  private boolean lastPredicateBare;
  /** The AND of the BETWEEN parsed last, which is followed by a value and not by a condition. */
  private Token betweenAnd;

  FilterParser(TokenCursor in, Spans spans, NameResolver names) {
    this.in = in;
    this.spans = spans;
    this.references = new ReferenceParser(in, spans, names);
    this.literals = new Literals(in);
  }

  /** {@code filter := or}, followed by the end of the input. */
  Node parse() {
    Node filter = or();
    if (!in.atEnd()) {
      Token extra = in.peek();
      if (extra.kind() == TokenKind.RPAREN) {
        throw in.error(Message.SYNTAX_UNMATCHED_PARENTHESIS, extra.span(), extra.column());
      }
      throw in.expected(lastPredicateBare ? "an operator, AND, OR or end of input" : "AND, OR or end of input");
    }
    return filter;
  }

  /** {@code or := and ("OR" and)*}; a chain is one {@link Or}. */
  private Node or() {
    Node first = and();
    if (!in.at(Keyword.OR)) {
      return first;
    }
    List<Node> operands = new ArrayList<>(List.of(first));
    while (in.accept(Keyword.OR)) {
      operands.add(and());
    }
    return spans.record(new Or(operands), spans.start(first), spans.end(operands.getLast()));
  }

  /** {@code and := not ("AND" not)*}; a chain is one {@link And}. */
  private Node and() {
    Node first = not();
    if (!in.at(Keyword.AND)) {
      return first;
    }
    List<Node> operands = new ArrayList<>(List.of(first));
    while (in.accept(Keyword.AND)) {
      operands.add(not());
    }
    return spans.record(new And(operands), spans.start(first), spans.end(operands.getLast()));
  }

  /** {@code not := "NOT" not | predicate}. */
  private Node not() {
    if (!in.at(Keyword.NOT)) {
      return predicate();
    }
    Token not = in.next();
    enter(not);
    Node operand = not();
    depth--;
    return spans.record(new Not(operand), not.start(), spans.end(operand));
  }

  /**
   * {@code predicate := additive [compOp additive | "IS" ["NOT"] "NULL" | ["NOT"] "IN" "(" additive ("," additive)*
   * ")" | ["NOT"] "BETWEEN" additive "AND" additive | ["NOT"] "LIKE" additive]}.
   */
  private Node predicate() {
    Node left = additive();
    Optional<ComparisonOp> comparison = comparisonOp(in.peek().kind());
    if (comparison.isPresent()) {
      in.next();
      Node right = additive();
      return suffixed(new Comparison(comparison.get(), left, right), left, spans.end(right));
    }
    if (in.accept(Keyword.IS)) {
      boolean negated = in.accept(Keyword.NOT);
      Token nullToken = in.peek();
      if (!in.accept(Keyword.NULL)) {
        throw in.expected(negated ? "NULL after IS NOT" : "NULL or NOT NULL after IS");
      }
      return suffixed(new IsNull(left, negated), left, nullToken.end());
    }
    boolean negated = in.accept(Keyword.NOT);
    if (in.accept(Keyword.IN)) {
      return inList(left, negated);
    }
    if (in.accept(Keyword.BETWEEN)) {
      Node low = additive();
      Token and = in.peek();
      if (!in.accept(Keyword.AND)) {
        throw in.expected("AND between the bounds of BETWEEN");
      }
      betweenAnd = and;
      Node high = additive();
      return suffixed(new Between(left, low, high, negated), left, spans.end(high));
    }
    if (in.accept(Keyword.LIKE)) {
      Node pattern = additive();
      return suffixed(new Like(left, pattern, negated), left, spans.end(pattern));
    }
    if (negated) {
      throw in.expected("IN, BETWEEN or LIKE after NOT");
    }
    lastPredicateBare = true;
    return left;
  }

  /** The rest of {@code operand [NOT] IN (v1, v2...)}, after IN. */
  private Node inList(Node operand, boolean negated) {
    if (!in.accept(TokenKind.LPAREN)) {
      throw in.expected("'(' after IN");
    }
    if (in.at(TokenKind.RPAREN)) {
      throw in.error(Message.SYNTAX_EMPTY_IN_LIST, in.peek().span());
    }
    List<Node> values = new ArrayList<>();
    while (true) {
      values.add(additive());
      if (in.at(TokenKind.RPAREN)) {
        break;
      }
      if (!in.accept(TokenKind.COMMA)) {
        throw in.expected("',' or ')' in the IN list");
      }
    }
    Token close = in.next();
    return suffixed(new InList(operand, values, negated), operand, close.end());
  }

  /** Records a predicate with an operator, from its operand to {@code end}. */
  private Node suffixed(Node predicate, Node operand, int end) {
    lastPredicateBare = false;
    return spans.record(predicate, spans.start(operand), end);
  }

  /**
   * {@code additive := multiplicative (("+"|"-") multiplicative)*}, left-associative; a chain is one
   * {@link Arithmetic}, built in one pass.
   */
  private Node additive() {
    Node first = multiplicative();
    List<Arithmetic.Step> steps = new ArrayList<>();
    Node last = first;
    while (in.at(TokenKind.PLUS) || in.at(TokenKind.MINUS)) {
      ArithmeticOp op = in.next().kind() == TokenKind.PLUS ? ArithmeticOp.ADD : ArithmeticOp.SUBTRACT;
      last = multiplicative();
      steps.add(new Arithmetic.Step(op, last));
    }
    return steps.isEmpty() ? first
        : spans.record(new Arithmetic(first, steps), spans.start(first), spans.end(last));
  }

  /**
   * {@code multiplicative := unary (("*"|"/") unary)*}, left-associative; a run of multiplications is one
   * {@link Arithmetic}, a division one of its own.
   */
  private Node multiplicative() {
    Node left = unary();
    List<Arithmetic.Step> product = new ArrayList<>();
    Node last = left;
    while (in.at(TokenKind.STAR) || in.at(TokenKind.SLASH)) {
      boolean divide = in.next().kind() == TokenKind.SLASH;
      Node right = unary();
      if (divide) {
        Node dividend = product.isEmpty() ? left
            : spans.record(new Arithmetic(left, product), spans.start(left), spans.end(last));
        left = spans.record(new Arithmetic(ArithmeticOp.DIVIDE, dividend, right), spans.start(left), spans.end(right));
        product = new ArrayList<>();
      } else {
        product.add(new Arithmetic.Step(ArithmeticOp.MULTIPLY, right));
      }
      last = right;
    }
    return product.isEmpty() ? left
        : spans.record(new Arithmetic(left, product), spans.start(left), spans.end(last));
  }

  /** {@code unary := "-" unary | primary}; a minus on a numeric literal folds into the literal. */
  private Node unary() {
    if (!in.at(TokenKind.MINUS)) {
      return primary();
    }
    Token minus = in.next();
    if (in.at(TokenKind.NUMBER)) {
      // Read with its sign, so that -2147483648 is an INTEGER and -9223372036854775808 a BIGINT.
      Token number = in.next();
      Span span = new Span(minus.start(), number.end());
      return spans.record(literals.number(number.text(), true, span), span.start(), span.end());
    }
    enter(minus);
    Node operand = unary();
    depth--;
    Span span = new Span(minus.start(), spans.end(operand));
    if (Literals.isNumeric(operand)) {
      spans.forget(operand);
      return spans.record(literals.negate((Literal) operand, span), span.start(), span.end());
    }
    return spans.record(new Negate(operand), span.start(), span.end());
  }

  /** {@code primary := literal | reference | "(" or ")"}. */
  private Node primary() {
    Token token = in.peek();
    return switch (token.kind()) {
      case NUMBER -> {
        in.next();
        yield spans.record(literals.number(token.text(), false, token.span()), token.start(), token.end());
      }
      case STRING -> {
        in.next();
        yield spans.record(literals.text(token.value(), token.span()), token.start(), token.end());
      }
      case LPAREN -> parenthesized();
      case NAME -> word(token);
      default -> throw missingValue();
    };
  }

  private Node parenthesized() {
    Token open = in.next();
    enter(open);
    Node inner = or();
    depth--;
    if (!in.at(TokenKind.RPAREN)) {
      throw in.expected("')' to close the '(' at column " + open.column());
    }
    Token close = in.next();
    return spans.record(inner, open.start(), close.end());
  }

  /** A name in value position: TRUE, FALSE, a DATE or TIMESTAMP literal, or a reference. */
  private Node word(Token token) {
    if (Keyword.TRUE.matches(token) || Keyword.FALSE.matches(token)) {
      in.next();
      return spans.record(new Literal(Keyword.TRUE.matches(token), SqlType.BOOLEAN), token.start(), token.end());
    }
    if (Keyword.DATE.matches(token) || Keyword.TIMESTAMP.matches(token)) {
      return typedString(token);
    }
    if (Keyword.NULL.matches(token)) {
      throw nullValue(token);
    }
    if (references.atReference()) {
      return references.reference();
    }
    throw missingValue();
  }

  /** {@code DATE 'yyyy-mm-dd'} or {@code TIMESTAMP 'yyyy-mm-dd hh:mm[:ss[.fff]]'}. */
  private Node typedString(Token keyword) {
    boolean date = Keyword.DATE.matches(keyword);
    in.next();
    if (!in.at(TokenKind.STRING)) {
      throw in.expected("a string after " + keyword.quoted() + ", as in "
          + (date ? "DATE '2024-01-31'" : "TIMESTAMP '2024-01-31 18:30:00'"));
    }
    Token string = in.next();
    Span span = new Span(keyword.start(), string.end());
    Literal literal = date ? literals.date(string.value(), span) : literals.timestamp(string.value(), span);
    return spans.record(literal, span.start(), span.end());
  }

  /** "expected a value after '>=', found end of input", or "a condition" where AND, OR or NOT came before. */
  private QueryTextException missingValue() {
    Optional<Token> previous = in.previous();
    boolean condition = previous.isEmpty()
        || (previous.get() != betweenAnd && (Keyword.AND.matches(previous.get())
            || Keyword.OR.matches(previous.get()) || Keyword.NOT.matches(previous.get())));
    String after = previous.map(p -> " after " + p.quoted()).orElse("");
    return in.expected((condition ? "a condition" : "a value") + after);
  }

  /** NULL where a value belongs: comparing with NULL is never true, so point to IS NULL. */
  private QueryTextException nullValue(Token token) {
    Optional<Token> previous = in.previous();
    if (previous.isPresent() && previous.get().kind() == TokenKind.EQ) {
      return in.error(Message.SYNTAX_NULL_EQUALS, token.span());
    } else if (previous.isPresent() && previous.get().kind() == TokenKind.NE) {
      return in.error(Message.SYNTAX_NULL_NOT_EQUALS, token.span(), previous.get().text());
    }
    return in.error(Message.SYNTAX_NULL_VALUE, token.span());
  }

  private void enter(Token token) {
    depth++;
    if (depth > MAX_DEPTH) {
      throw in.error(Message.SYNTAX_TOO_DEEP, token.span(), MAX_DEPTH);
    }
  }

  private static Optional<ComparisonOp> comparisonOp(TokenKind kind) {
    return Optional.ofNullable(switch (kind) {
      case EQ -> ComparisonOp.EQ;
      case NE -> ComparisonOp.NE;
      case LT -> ComparisonOp.LT;
      case LE -> ComparisonOp.LE;
      case GT -> ComparisonOp.GT;
      case GE -> ComparisonOp.GE;
      default -> null;
    });
  }
}
