package dev.grainline.model.assembly;

import dev.grainline.model.SemanticModel;
import dev.grainline.model.validation.DefinitionException;
import dev.grainline.model.validation.Diagnostic;
import java.util.List;
import java.util.Optional;

/** The result of assembling a model: the model if it has no errors, and every diagnostic (warnings too). */
public record Assembly(Optional<SemanticModel> model, List<Diagnostic> diagnostics) {
  public Assembly {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** The model, or a {@link DefinitionException} listing its errors. */
  public SemanticModel orThrow() {
    return model.orElseThrow(() -> new DefinitionException(diagnostics));
  }
}
