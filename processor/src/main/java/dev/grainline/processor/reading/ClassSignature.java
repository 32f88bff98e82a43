package dev.grainline.processor.reading;

import dev.grainline.internal.model.Metadata;
import dev.grainline.internal.model.assembly.ClassKind;
import dev.grainline.internal.model.assembly.Declared;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A model class as the declarations of its static DSL fields describe it, whether or not their definitions could be
 * evaluated: what a stand-in catalog is written from when the model did not compile.
 *
 * @param namespace the namespace of the model that declares the class
 */
public record ClassSignature(
    String className, ClassKind kind, String entityName, String namespace, List<FieldSignature> fields) {
  public ClassSignature {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(entityName, "entityName");
    Objects.requireNonNull(namespace, "namespace");
    fields = List.copyOf(fields);
  }

  /** What a field's declared type makes of it. */
  public enum FieldKind {
    /** {@code Metric<T>} or {@code Measure<T>}. */
    METRIC,
    /** {@code Attribute<T>}: an attribute declaration, or an attribute reached through a role path. */
    ATTRIBUTE,
    /** {@code NamedQuery}. */
    NAMED_QUERY,
    /** Tables, sources, columns, links and the rest, which the catalog has no constant for. */
    OTHER
  }

  /**
   * A static DSL field.
   *
   * @param typeArgument the qualified name of its declared type argument, if that is a plain class ({@code Double}
   *     in {@code Measure<Double>}); empty for a wildcard or anything else
   * @param declared what its value declares, if its definition could be evaluated
   */
  public record FieldSignature(String field, FieldKind kind, Optional<String> name, Optional<String> typeArgument,
      Metadata metadata, Optional<Declared> declared) {
    public FieldSignature {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(typeArgument, "typeArgument");
      Objects.requireNonNull(metadata, "metadata");
      Objects.requireNonNull(declared, "declared");
    }
  }
}
