package dev.grainline.processor.reading;

import dev.grainline.dsl.SemanticModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;

/**
 * A package annotated {@code @SemanticModel}, read through mirrors, which serve a package-info compiled in this
 * build and one on the class path alike. {@code includes} are the catalog classes its
 * {@link SemanticModel#includes() includes} name, as far as they resolve; {@code includesResolved} is false while
 * one of them does not (yet) name a type, as for a catalog this compilation has not generated so far.
 */
public record ModelPackage(
    PackageElement element, String catalog, String namespace, List<TypeElement> includes, boolean includesResolved) {
  private static final String INCLUDES = "includes";

  public ModelPackage {
    includes = List.copyOf(includes);
  }

  /** The model a package declares, if it is annotated {@code @SemanticModel}. */
  public static Optional<ModelPackage> of(PackageElement element) {
    SemanticModel model = element.getAnnotation(SemanticModel.class);
    if (model == null) {
      return Optional.empty();
    }
    List<TypeElement> includes = new ArrayList<>();
    boolean resolved = true;
    for (AnnotationValue value : includeValues(element)) {
      if (value.getValue() instanceof DeclaredType type && type.asElement() instanceof TypeElement catalog) {
        includes.add(catalog);
      } else {
        // javac gives a class literal it cannot resolve as the string "<error>".
        resolved = false;
      }
    }
    return Optional.of(new ModelPackage(element, model.catalog(), model.namespace(), includes, resolved));
  }

  /** The model of the package that declares {@code element}, if it is a model package. */
  public static Optional<ModelPackage> containing(Element element, Elements elements) {
    return of(elements.getPackageOf(element));
  }

  /** "saas.core". */
  public String name() {
    return element.getQualifiedName().toString();
  }

  /** "saas.core.SaasCatalog". */
  public String qualifiedCatalog() {
    return name().isEmpty() ? catalog : name() + "." + catalog;
  }

  /** Whether {@code type} is this model's catalog. */
  public boolean isCatalog(TypeElement type) {
    return type.getQualifiedName().contentEquals(qualifiedCatalog());
  }

  private static List<? extends AnnotationValue> includeValues(PackageElement element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (!((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals(SemanticModel.class.getName())) {
        continue;
      }
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
          : mirror.getElementValues().entrySet()) {
        if (entry.getKey().getSimpleName().contentEquals(INCLUDES)
            && entry.getValue().getValue() instanceof List<?> values) {
          return values.stream().map(AnnotationValue.class::cast).toList();
        }
      }
    }
    return List.of();
  }
}
