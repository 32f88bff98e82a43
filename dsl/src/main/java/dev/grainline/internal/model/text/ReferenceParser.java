package dev.grainline.internal.model.text;

import dev.grainline.internal.model.RolePath;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.MetricUse;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.validation.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses a reference to a metric or a dimension attribute:
 * {@code reference := name ["[" ident ("->" ident)* "]"]}, where {@code name} is a dotted-name token. Records the
 * span of the reference (and of its role path, from bracket to bracket).
 */
final class ReferenceParser {
  private final TokenCursor in;
  private final Spans spans;
  private final NameResolver names;

  ReferenceParser(TokenCursor in, Spans spans, NameResolver names) {
    this.in = in;
    this.spans = spans;
    this.names = names;
  }

  /** Whether the current token starts a reference: a name that is not a reserved keyword. */
  boolean atReference() {
    return in.at(TokenKind.NAME) && !Keyword.isReserved(in.peek());
  }

  /** A metric ({@link MetricUse}) or an attribute ({@link AttributeRef}); call when {@link #atReference()}. */
  Node reference() {
    Token name = in.next();
    Optional<RolePath> rolePath = rolePath();
    int end = rolePath.map(spans::end).orElse(name.end());
    if (names.isMetric(name.text())) {
      if (rolePath.isPresent()) {
        throw in.error(Message.SYNTAX_METRIC_ROLE, spans.of(rolePath.get()), name.quoted());
      }
      return spans.record(new MetricUse(name.text()), name.start(), end);
    }
    return spans.record(names.attribute(name.text(), rolePath), name.start(), end);
  }

  /** A dimension attribute; a metric's name is an error. Call when {@link #atReference()}. */
  AttributeRef dimension() {
    Token name = in.peek();
    Node reference = reference();
    if (reference instanceof AttributeRef attribute) {
      return attribute;
    }
    throw in.error(Message.SYNTAX_METRIC_AS_DIMENSION, spans.of(reference), name.quoted());
  }

  /** {@code "[" ident ("->" ident)* "]"}, if the current token is a "[". */
  private Optional<RolePath> rolePath() {
    if (!in.at(TokenKind.LBRACKET)) {
      return Optional.empty();
    }
    Token open = in.next();
    List<String> roles = new ArrayList<>();
    Token before = open;
    while (true) {
      Token role = in.peek();
      if (role.kind() != TokenKind.NAME || role.text().indexOf('.') >= 0) {
        throw in.error(Message.SYNTAX_ROLE_NAME, role.span(), before.quoted(), role.describe());
      }
      roles.add(in.next().text());
      if (in.at(TokenKind.ARROW)) {
        before = in.next();
      } else if (in.at(TokenKind.RBRACKET)) {
        break;
      } else {
        throw in.expected("'->' or ']' in the role path");
      }
    }
    Token close = in.next();
    return Optional.of(spans.record(new RolePath(roles), open.start(), close.end()));
  }
}
