package dev.grainline.internal.model.validation;

import dev.grainline.DefinitionError;
import dev.grainline.internal.model.Origin;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One reported problem. {@code origin} is the declaration it belongs to; {@code node} is the DSL object or
 * expression node it is about, when there is a more precise place to point at (the processor points at that call).
 * {@code notes} point at other declarations the problem involves, such as the first of two definitions of a name.
 */
public record Diagnostic(Message message, String text, Origin origin, Optional<Object> node, List<Note> notes) {
  public Diagnostic {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(node, "node");
    notes = List.copyOf(notes);
  }

  public Diagnostic(Message message, String text, Origin origin, Optional<Object> node) {
    this(message, text, origin, node, List.of());
  }

  public static Diagnostic of(Message message, Origin origin, Object node, Object... args) {
    return new Diagnostic(message, message.format(args), origin, Optional.ofNullable(node));
  }

  /** A remark shown at another declaration: "attribute shop.orders.status is first defined here". */
  public record Note(String text, Origin origin) {
    public Note {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(origin, "origin");
    }
  }

  public boolean isError() {
    return message.severity() == Message.Severity.ERROR;
  }

  /** This diagnostic as the public description of a definition error. */
  public DefinitionError toError() {
    return new DefinitionError(message.id(), text,
        origin == Origin.UNKNOWN ? Optional.empty() : Optional.of(origin.toString()));
  }

  @Override
  public String toString() {
    return origin == Origin.UNKNOWN ? text : origin + ": " + text;
  }
}
