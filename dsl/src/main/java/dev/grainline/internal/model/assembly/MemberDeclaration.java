package dev.grainline.internal.model.assembly;

import dev.grainline.internal.model.Metadata;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A static field of a model class: its name, its value (a DSL object), the name and description it was annotated
 * with, the metric annotations it carries ({@code @Metric}, {@code @Derived}; the generated catalog leaves them out,
 * they were checked at compile time), and, when the processor knows it, the qualified name of its declared type
 * argument ({@code Metric<Double>} gives {@code java.lang.Double}), which the assembler checks against what the
 * definition yields.
 */
public record MemberDeclaration(
    String field, Object value, Optional<String> name, Metadata metadata, Set<MetricAnnotation> annotations,
    Optional<String> declaredType) {
  public MemberDeclaration {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value of " + field);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(metadata, "metadata");
    annotations = Set.copyOf(annotations);
    Objects.requireNonNull(declaredType, "declaredType");
  }

  public MemberDeclaration(
      String field, Object value, Optional<String> name, Metadata metadata, Optional<String> declaredType) {
    this(field, value, name, metadata, Set.of(), declaredType);
  }

  /** What the value declares, as the assembler reads it. */
  public Declared declared() {
    return Declared.of(value);
  }

  public static MemberDeclaration of(String field, Object value) {
    return new MemberDeclaration(field, value, Optional.empty(), Metadata.NONE, Optional.empty());
  }
}
