package dev.grainline.internal.model.assembly;

import dev.grainline.internal.model.expr.Node;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a {@code @SemanticModel} package declares. The processor builds one from the compiler's view of the
 * sources; the generated catalog builds the same one from the compiled classes; both hand it to
 * {@link ModelAssembler}.
 *
 * @param includes the declarations of the models this one includes ({@code @SemanticModel(includes = ...)}), whose
 *     classes are part of this model under their own namespaces
 * @param declaredElsewhere for DSL declarations that definitions use but that are not the objects the model's own
 *     fields hold, the field that declares them: a copy of a model field that the processor read from an older
 *     class file (which stands for the field), or a field of a class outside the model. Keyed by identity, as the
 *     assembler matches declarations. The processor fills it; at run time it is empty.
 */
public record ModelDeclaration(String name, String namespace, List<ClassDeclaration> classes,
    List<ModelDeclaration> includes, Map<Node.Declaration, FieldRef> declaredElsewhere) {
  public ModelDeclaration {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(namespace, "namespace");
    classes = List.copyOf(classes);
    includes = List.copyOf(includes);
    declaredElsewhere = Collections.unmodifiableMap(new IdentityHashMap<>(declaredElsewhere));
  }

  /** A model that includes no other and whose definitions use only its own declarations. */
  public ModelDeclaration(String name, String namespace, List<ClassDeclaration> classes) {
    this(name, namespace, classes, List.of(), Map.of());
  }
}
