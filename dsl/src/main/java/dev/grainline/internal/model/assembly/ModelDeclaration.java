package dev.grainline.internal.model.assembly;

import java.util.List;
import java.util.Objects;

/**
 * Everything a {@code @SemanticModel} package declares. The processor builds one from the compiler's view of the
 * sources; the generated catalog builds the same one from the compiled classes; both hand it to
 * {@link ModelAssembler}.
 */
public record ModelDeclaration(String name, String namespace, List<ClassDeclaration> classes) {
  public ModelDeclaration {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(namespace, "namespace");
    classes = List.copyOf(classes);
  }
}
