package dev.grainline.internal.model.text;

import java.util.IdentityHashMap;
import java.util.Map;

/** Where each node a parser creates came from, by node identity. */
final class Spans {
  private final Map<Object, Span> spans = new IdentityHashMap<>();

  /** Records (or widens, for a parenthesized node) the span of a node and returns the node. */
  <T> T record(T node, int start, int end) {
    spans.put(node, new Span(start, end));
    return node;
  }

  /** The span of a node this parser recorded. */
  Span of(Object node) {
    Span span = spans.get(node);
    if (span == null) {
      throw new IllegalStateException("no span recorded for " + node);
    }
    return span;
  }

  int start(Object node) {
    return of(node).start();
  }

  int end(Object node) {
    return of(node).end();
  }

  /** Drops a node that was replaced (a literal folded into a negative one). */
  void forget(Object node) {
    spans.remove(node);
  }

  Map<Object, Span> asMap() {
    return spans;
  }
}
