package dev.grainline.internal.model.assembly;

import dev.grainline.DefinitionException;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.validation.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of assembling a model: the model if it has no errors, every diagnostic (warnings too), and the sound
 * part of the model: the model itself if it is valid, else what assembled without an error of its own or of what it
 * uses (every entity with the attributes and links that built, the sound metrics, the named queries that resolved),
 * which is what a stand-in catalog can still offer.
 */
public record Assembly(Optional<Model> model, Model soundPart, List<Diagnostic> diagnostics) {
  public Assembly {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(soundPart, "soundPart");
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
