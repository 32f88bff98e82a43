package dev.grainline;

import dev.grainline.internal.model.validation.Diagnostic;
import dev.grainline.internal.model.validation.Message;

import java.util.List;

/**
 * Thrown by the DSL when a call gets a value it cannot accept (a negative limit, an empty role), and by the model
 * assembler at run time when a model has errors. The processor reports it at the offending call instead.
 */
public final class DefinitionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public DefinitionException(Message message, Object... args) {
    super(message.format(args));
    this.diagnostics = List.of(new Diagnostic(message, getMessage(), dev.grainline.internal.model.Origin.UNKNOWN,
        java.util.Optional.empty()));
  }

  public DefinitionException(List<Diagnostic> diagnostics) {
    super(summary(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  private static String summary(List<Diagnostic> diagnostics) {
    StringBuilder text = new StringBuilder("the semantic model has errors:");
    diagnostics.stream().filter(Diagnostic::isError).forEach(d -> text.append("\n  ").append(d));
    return text.toString();
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The first diagnostic's message, for the processor to report at the call that threw. */
  public Message message() {
    return diagnostics.get(0).message();
  }
}
