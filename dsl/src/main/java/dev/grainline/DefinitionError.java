package dev.grainline;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem with a model's definitions: its stable id, the message (which starts with the id in brackets), and the
 * definition it is about ("OrderDetails.TOTAL_REVENUE"), where one is known.
 */
public record DefinitionError(String id, String message, Optional<String> declaration) {
  public DefinitionError {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(declaration, "declaration");
  }

  /** "OrderDetails.TOTAL_REVENUE: [GrainlineTypeMismatch] ..." */
  @Override
  public String toString() {
    return declaration.map(d -> d + ": " + message).orElse(message);
  }
}
