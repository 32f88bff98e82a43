package dev.grainline.internal.model.text;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed piece of query text and where each of its nodes came from, so that later errors (an unknown name, a
 * type mismatch) can point at the text. Nodes are looked up by identity.
 */
public final class Parsed<T> {
  private final T value;
  private final Map<Object, Span> spans;

  public Parsed(T value, Map<Object, Span> spans) {
    this.value = Objects.requireNonNull(value, "value");
    Map<Object, Span> copy = new IdentityHashMap<>(spans);
    this.spans = Collections.unmodifiableMap(copy);
  }

  public T value() {
    return value;
  }

  /** Where a node of the value came from. */
  public Optional<Span> span(Object node) {
    return Optional.ofNullable(spans.get(node));
  }

  public Map<Object, Span> spans() {
    return spans;
  }
}
