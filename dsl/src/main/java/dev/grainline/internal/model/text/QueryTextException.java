package dev.grainline.internal.model.text;

import dev.grainline.internal.model.validation.Message;
import java.util.Objects;

/** Query text that does not parse: what was expected, and where. */
public final class QueryTextException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String input;
  private final Span span;

  private final transient Message message;

  public QueryTextException(Message message, String input, Span span, Object... args) {
    super(message.format(args));
    this.message = message;
    this.input = Objects.requireNonNull(input, "input");
    this.span = Objects.requireNonNull(span, "span");
  }

  public String id() {
    return message.id();
  }

  public String input() {
    return input;
  }

  public Span span() {
    return span;
  }
}
