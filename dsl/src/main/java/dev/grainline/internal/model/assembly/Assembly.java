package dev.grainline.internal.model.assembly;

import dev.grainline.DefinitionException;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.validation.Diagnostic;
import java.util.List;
import java.util.Optional;

/** The result of assembling a model: the model if it has no errors, and every diagnostic (warnings too). */
public record Assembly(Optional<Model> model, List<Diagnostic> diagnostics) {
  public Assembly {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** The model, or a {@link DefinitionException} listing its errors. */
  public Model orThrow() {
    return model.orElseThrow(() -> new DefinitionException(
        diagnostics.stream().filter(Diagnostic::isError).map(Diagnostic::toError).toList()));
  }
}
