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
  private static final String CATALOG = "catalog";
  private static final String NAMESPACE = "namespace";
  private static final String INCLUDES = "includes";

  public ModelPackage {
    includes = List.copyOf(includes);
  }

  /**
   * The model a package declares, if it is annotated {@code @SemanticModel}. Read from the annotation's mirror:
   * javac's {@code getAnnotation} fails on a class literal it cannot resolve.
   */
  public static Optional<ModelPackage> of(PackageElement element) {
    Optional<AnnotationMirror> mirror = mirror(element);
    if (mirror.isEmpty()) {
      return Optional.empty();
    }
    String catalog = "";
    String namespace = "";
    List<TypeElement> includes = new ArrayList<>();
    boolean resolved = true;
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : mirror.get().getElementValues().entrySet()) {
      String name = entry.getKey().getSimpleName().toString();
      Object value = entry.getValue().getValue();
      switch (name) {
        case CATALOG -> catalog = String.valueOf(value);
        case NAMESPACE -> namespace = String.valueOf(value);
        case INCLUDES -> {
          for (Object item : value instanceof List<?> values ? values : List.of()) {
            if (((AnnotationValue) item).getValue() instanceof DeclaredType type
                && type.asElement() instanceof TypeElement included) {
              includes.add(included);
            } else {
              // javac gives a class literal it cannot resolve as the string "<error>".
              resolved = false;
            }
          }
        }
        default -> throw new IllegalStateException("@SemanticModel has no element " + name);
      }
    }
    return Optional.of(new ModelPackage(element, catalog, namespace, includes, resolved));
  }

  /** Whether a package is annotated {@code @SemanticModel}. */
  public static boolean isModel(PackageElement element) {
    return mirror(element).isPresent();
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

  private static Optional<AnnotationMirror> mirror(PackageElement element) {
    return element.getAnnotationMirrors().stream()
        .filter(m -> ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName()
            .contentEquals(SemanticModel.class.getName()))
        .map(AnnotationMirror.class::cast)
        .findFirst();
  }
}
