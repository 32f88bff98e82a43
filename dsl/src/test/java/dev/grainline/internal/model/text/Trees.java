package dev.grainline.internal.model.text;

import dev.grainline.internal.model.RolePath;
import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.ArithmeticOp;
import dev.grainline.internal.model.expr.ComparisonOp;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.And;
import dev.grainline.internal.model.expr.Node.Arithmetic;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.Between;
import dev.grainline.internal.model.expr.Node.Comparison;
import dev.grainline.internal.model.expr.Node.InList;
import dev.grainline.internal.model.expr.Node.IsNull;
import dev.grainline.internal.model.expr.Node.Like;
import dev.grainline.internal.model.expr.Node.Literal;
import dev.grainline.internal.model.expr.Node.MetricUse;
import dev.grainline.internal.model.expr.Node.Negate;
import dev.grainline.internal.model.expr.Node.Not;
import dev.grainline.internal.model.expr.Node.Or;
import dev.grainline.internal.model.expr.Nodes;
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

  static MetricUse metric(String name) {
    return new MetricUse(name);
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

  static Comparison cmp(Node left, ComparisonOp op, Node right) {
    return new Comparison(op, left, right);
  }

  static Comparison eq(Node left, Node right) {
    return cmp(left, ComparisonOp.EQ, right);
  }

  static Arithmetic arith(Node left, ArithmeticOp op, Node right) {
    return new Arithmetic(op, left, right);
  }

  static And and(Node... operands) {
    return new And(List.of(operands));
  }

  static Or or(Node... operands) {
    return new Or(List.of(operands));
  }

  static Not not(Node operand) {
    return new Not(operand);
  }

  static Negate neg(Node operand) {
    return new Negate(operand);
  }

  static IsNull isNull(Node operand, boolean negated) {
    return new IsNull(operand, negated);
  }

  static InList in(Node operand, boolean negated, Node... values) {
    return new InList(operand, List.of(values), negated);
  }

  static Between between(Node operand, Node low, Node high, boolean negated) {
    return new Between(operand, low, high, negated);
  }

  static Like like(Node operand, Node pattern, boolean negated) {
    return new Like(operand, pattern, negated);
  }

  /**
   * Every node of the tree has a span, inside the text, non-empty, and inside its parent's span; siblings come in
   * text order and do not overlap. Returns a description of the first violation, or empty.
   */
  static Optional<String> spanViolation(Parsed<? extends Node> parsed, String text) {
    return spanViolation(parsed.value(), parsed, text, new Span(0, text.length()));
  }

  private static Optional<String> spanViolation(Node node, Parsed<?> parsed, String text, Span parent) {
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
    for (Node child : Nodes.children(node)) {
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
