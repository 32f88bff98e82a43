package dev.grainline;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Definitions that do not make a valid model. The annotation processor reports these problems as compile errors at
 * the offending code, so at run time this is thrown only where the processor did not run: a DSL call given a value
 * it cannot accept (a negative limit, an empty role), or a model assembled from classes without it.
 */
public final class DefinitionException extends GrainlineException {
  private static final long serialVersionUID = 1L;

  private final transient List<DefinitionError> errors;

  public DefinitionException(List<DefinitionError> errors) {
    super(summary(errors), null);
    this.errors = List.copyOf(errors);
    if (this.errors.isEmpty()) {
      throw new IllegalArgumentException("a definition exception needs at least one error");
    }
  }

  private static String summary(List<DefinitionError> errors) {
    Objects.requireNonNull(errors, "errors");
    if (errors.size() == 1) {
      return errors.get(0).toString();
    }
    return errors.stream().map(e -> "\n  " + e).collect(Collectors.joining("", "the semantic model has errors:", ""));
  }

  /** Every error, in the order they were found. */
  public List<DefinitionError> errors() {
    return errors;
  }

  @Override
  public String id() {
    return errors.get(0).id();
  }
}
