package dev.grainline.internal.model.assembly;

import dev.grainline.internal.model.Metadata;
import java.util.Objects;
import java.util.Optional;

/**
 * A static field of a model class: its name, its value (a DSL object), the name and description it was annotated
 * with, and, when the processor knows it, the qualified name of its declared type argument ({@code Metric<Double>}
 * gives {@code java.lang.Double}), which the assembler checks against what the definition yields.
 */
public record MemberDeclaration(
    String field, Object value, Optional<String> name, Metadata metadata, Optional<String> declaredType) {
  public MemberDeclaration {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value of " + field);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(declaredType, "declaredType");
  }

  /** What the value declares, as the assembler reads it. */
  public Declared declared() {
    return Declared.of(value);
  }

  public static MemberDeclaration of(String field, Object value) {
    return new MemberDeclaration(field, value, Optional.empty(), dev.grainline.internal.model.Metadata.NONE, Optional.empty());
  }
}
