package dev.grainline.model.text;

import dev.grainline.model.RolePath;
import dev.grainline.model.SqlType;
import dev.grainline.model.expr.ArithmeticOp;
import dev.grainline.model.expr.ComparisonOp;
import dev.grainline.model.expr.Expr;
import dev.grainline.model.expr.Expr.And;
import dev.grainline.model.expr.Expr.Arithmetic;
import dev.grainline.model.expr.Expr.AttributeRef;
import dev.grainline.model.expr.Expr.Between;
import dev.grainline.model.expr.Expr.Comparison;
import dev.grainline.model.expr.Expr.InList;
import dev.grainline.model.expr.Expr.IsNull;
import dev.grainline.model.expr.Expr.Like;
import dev.grainline.model.expr.Expr.Literal;
import dev.grainline.model.expr.Expr.MetricRef;
import dev.grainline.model.expr.Expr.Negate;
import dev.grainline.model.expr.Expr.Not;
import dev.grainline.model.expr.Expr.Or;
import dev.grainline.model.expr.Exprs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Short builders for expected trees, and span checks shared by the tests. */
final class Trees {
  private Trees() {}

  static AttributeRef attr(String entity, String attribute, String... roles) {
    return new AttributeRef(entity, attribute,
        roles.length == 0 ? Optional.empty() : Optional.of(RolePath.of(roles)));
  }

  static MetricRef metric(String name) {
    return new MetricRef(name);
  }

  static Literal integer(int value) {
    return new Literal(value, SqlType.INTEGER);
  }

  static Literal bigint(long value) {
    return new Literal(value, SqlType.BIGINT);
  }

  static Literal decimal(String value) {
    return new Literal(new BigDecimal(value), SqlType.DECIMAL);
  }

  static Literal dbl(double value) {
    return new Literal(value, SqlType.DOUBLE);
  }

  static Literal text(String value) {
    return new Literal(value, SqlType.TEXT);
  }

  static Literal bool(boolean value) {
    return new Literal(value, SqlType.BOOLEAN);
  }

  static Literal date(String isoDate) {
    return new Literal(LocalDate.parse(isoDate), SqlType.DATE);
  }

  static Literal timestamp(String isoDateTime) {
    return new Literal(LocalDateTime.parse(isoDateTime), SqlType.TIMESTAMP);
  }

  static Comparison cmp(Expr left, ComparisonOp op, Expr right) {
    return new Comparison(op, left, right);
  }

  static Comparison eq(Expr left, Expr right) {
    return cmp(left, ComparisonOp.EQ, right);
  }

  static Arithmetic arith(Expr left, ArithmeticOp op, Expr right) {
    return new Arithmetic(op, left, right);
  }

  static And and(Expr... operands) {
    return new And(List.of(operands));
  }

  static Or or(Expr... operands) {
    return new Or(List.of(operands));
  }

  static Not not(Expr operand) {
    return new Not(operand);
  }

  static Negate neg(Expr operand) {
    return new Negate(operand);
  }

  static IsNull isNull(Expr operand, boolean negated) {
    return new IsNull(operand, negated);
  }

  static InList in(Expr operand, boolean negated, Expr... values) {
    return new InList(operand, List.of(values), negated);
  }

  static Between between(Expr operand, Expr low, Expr high, boolean negated) {
    return new Between(operand, low, high, negated);
  }

  static Like like(Expr operand, Expr pattern, boolean negated) {
    return new Like(operand, pattern, negated);
  }

  /**
   * Every node of the tree has a span, inside the text, non-empty, and inside its parent's span; siblings come in
   * text order and do not overlap. Returns a description of the first violation, or empty.
   */
  static Optional<String> spanViolation(Parsed<? extends Expr> parsed, String text) {
    return spanViolation(parsed.value(), parsed, text, new Span(0, text.length()));
  }

  private static Optional<String> spanViolation(Expr node, Parsed<?> parsed, String text, Span parent) {
    Optional<Span> span = parsed.span(node);
    if (span.isEmpty()) {
      return Optional.of("no span for " + node);
    }
    Span s = span.get();
    if (s.end() > text.length() || s.start() >= s.end()) {
      return Optional.of("span " + s + " of " + node + " is empty or outside the text");
    }
    if (s.start() < parent.start() || s.end() > parent.end()) {
      return Optional.of("span " + s + " of " + node + " is outside its parent's " + parent);
    }
    int previousEnd = s.start();
    for (Expr child : Exprs.children(node)) {
      Optional<String> inner = spanViolation(child, parsed, text, s);
      if (inner.isPresent()) {
        return inner;
      }
      Span c = parsed.span(child).orElseThrow();
      if (c.start() < previousEnd) {
        return Optional.of("span " + c + " of " + child + " overlaps its previous sibling in " + node);
      }
      previousEnd = c.end();
    }
    if (node instanceof AttributeRef ref && ref.rolePath().isPresent()) {
      Optional<Span> roles = parsed.span(ref.rolePath().get());
      if (roles.isEmpty() || roles.get().start() <= s.start() || roles.get().end() > s.end()) {
        return Optional.of("role path span " + roles + " of " + node + " is not inside its reference's " + s);
      }
    }
    return Optional.empty();
  }
}
