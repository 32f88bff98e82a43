package dev.grainline.internal.model.validation.rules;

import dev.grainline.SqlType;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.assembly.ClassDeclaration;
import dev.grainline.internal.model.assembly.MemberDeclaration;
import java.util.List;
import java.util.Optional;

/**
 * What the rules of the whole model look at: the sound part of the model as the rules before them left it (every
 * entity, and the metrics without an error of their own or of what they use), the model's classes as declared, and
 * what each of their fields holds.
 */
public record ModelContext(Model model, List<ClassDeclaration> classes, MemberTypes memberTypes) {
  /** The model type of the value a field of {@code type} holds in {@code model}, if it has one. */
  public interface MemberTypes {
    Optional<SqlType> typeOf(ClassDeclaration type, MemberDeclaration member, Model model);
  }

  public ModelContext {
    classes = List.copyOf(classes);
  }
}
