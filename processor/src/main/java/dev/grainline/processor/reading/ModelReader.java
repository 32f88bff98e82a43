package dev.grainline.processor.reading;

import dev.grainline.dsl.Describe;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Metrics;
import dev.grainline.dsl.Name;
import dev.grainline.dsl.annotation.Derived;
import dev.grainline.internal.model.Metadata;
import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.assembly.ClassDeclaration;
import dev.grainline.internal.model.assembly.ClassKind;
import dev.grainline.internal.model.assembly.MemberDeclaration;
import dev.grainline.internal.model.assembly.MetricAnnotation;
import dev.grainline.internal.model.assembly.ModelDeclaration;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.processor.reporting.Reporter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the annotated classes of one model package into the {@link ModelDeclaration} the model assembler takes: the
 * same declaration the generated catalog builds at run time from the compiled fields.
 */
public final class ModelReader {
  private static final String DSL_PACKAGE = "dev.grainline.dsl";

  private final Elements elements;
  private final Types types;
  private final DefinitionEvaluator evaluator;
  private final Reporter reporter;

  /** A model's declaration and where each of its parts is declared. */
  public record ReadModel(
      ModelDeclaration declaration,
      Map<String, TypeElement> classes,
      Map<Origin, VariableElement> members,
      boolean evaluated) {
    public ReadModel {
      classes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(classes));
      members = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }
  }

  public ModelReader(Elements elements, Types types, DefinitionEvaluator evaluator, Reporter reporter) {
    this.elements = elements;
    this.types = types;
    this.evaluator = evaluator;
    this.reporter = reporter;
  }

  /**
   * Reads a model's classes. {@code evaluated} is false when some definition could not be evaluated; its reason has
   * been reported, and the declaration lacks that member.
   */
  public ReadModel read(String name, String namespace, List<TypeElement> annotated) {
    List<TypeElement> sorted = annotated.stream()
        .sorted(Comparator.comparing(t -> t.getQualifiedName().toString()))
        .distinct()
        .toList();
    List<ClassDeclaration> classes = new ArrayList<>();
    Map<String, TypeElement> classElements = new LinkedHashMap<>();
    Map<Origin, VariableElement> memberElements = new LinkedHashMap<>();
    boolean evaluated = true;
    for (TypeElement type : sorted) {
      Optional<Kind> kind = kindOf(type);
      if (kind.isEmpty()) {
        continue;
      }
      checkAccessible(type);
      String className = type.getQualifiedName().toString();
      List<MemberDeclaration> members = new ArrayList<>();
      for (VariableElement field : staticDslFields(type)) {
        switch (evaluator.evaluate(field)) {
          case DefinitionEvaluator.Evaluated.Failed failed -> evaluated = false;
          case DefinitionEvaluator.Evaluated.Value value when value.value().isPresent() -> {
            if (field.getModifiers().contains(Modifier.PRIVATE)) {
              reporter.report(Message.PRIVATE_MEMBER, field, describe(field));
            }
            members.add(new MemberDeclaration(field.getSimpleName().toString(), value.value().get(), name(field),
                metadata(field), metricAnnotations(field), declaredType(field.asType())));
            memberElements.put(new Origin(className, field.getSimpleName().toString()), field);
          }
          case DefinitionEvaluator.Evaluated.Value nullValue -> {}
        }
      }
      classes.add(new ClassDeclaration(className, kind.get().kind(), kind.get().entity(), metadata(type), members));
      classElements.put(className, type);
    }
    return new ReadModel(new ModelDeclaration(name, namespace, classes), classElements, memberElements, evaluated);
  }

  private record Kind(ClassKind kind, String entity) {}

  private Optional<Kind> kindOf(TypeElement type) {
    List<Kind> kinds = new ArrayList<>();
    Optional.ofNullable(type.getAnnotation(Fact.class)).ifPresent(f -> kinds.add(new Kind(ClassKind.FACT, f.value())));
    Optional.ofNullable(type.getAnnotation(Dimension.class))
        .ifPresent(d -> kinds.add(new Kind(ClassKind.DIMENSION, d.value())));
    Optional.ofNullable(type.getAnnotation(Metrics.class)).ifPresent(m -> kinds.add(new Kind(ClassKind.METRICS, "")));
    if (kinds.size() > 1) {
      reporter.report(Message.SEVERAL_KINDS, type, type.getSimpleName());
      return Optional.empty();
    }
    return kinds.stream().findFirst();
  }

  /** The catalog, a class of the same package, names the class: it and the classes around it must not be private. */
  private void checkAccessible(TypeElement type) {
    for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        reporter.report(Message.PRIVATE_MEMBER, type, t.getQualifiedName());
        return;
      }
    }
  }

  /**
   * The static fields whose declared type is a DSL type ({@code Table}, {@code Column<Integer>}, {@code Metric<?>},
   * {@code Link}...), in declaration order. Other static fields (a string constant, a logger) are not definitions;
   * they are read only if a definition uses them.
   */
  private List<VariableElement> staticDslFields(TypeElement type) {
    List<VariableElement> fields = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD
          && member.getModifiers().contains(Modifier.STATIC)
          && isDslType(member.asType())) {
        fields.add((VariableElement) member);
      }
    }
    return fields;
  }

  private boolean isDslType(TypeMirror type) {
    return types.erasure(type) instanceof DeclaredType declared
        && declared.asElement() instanceof TypeElement element
        && element.getKind() == ElementKind.INTERFACE
        && elements.getPackageOf(element).getQualifiedName().contentEquals(DSL_PACKAGE);
  }

  /** {@code Measure<Double>} gives java.lang.Double; {@code Metric<?>} and {@code Link} give nothing to check. */
  private static Optional<String> declaredType(TypeMirror type) {
    if (type instanceof DeclaredType declared && !declared.getTypeArguments().isEmpty()) {
      TypeMirror argument = declared.getTypeArguments().get(0);
      if (argument.getKind() == TypeKind.DECLARED
          && ((DeclaredType) argument).asElement() instanceof TypeElement element) {
        return Optional.of(element.getQualifiedName().toString());
      }
    }
    return Optional.empty();
  }

  private static Set<MetricAnnotation> metricAnnotations(VariableElement field) {
    Set<MetricAnnotation> annotations = EnumSet.noneOf(MetricAnnotation.class);
    if (field.getAnnotation(dev.grainline.dsl.annotation.Metric.class) != null) {
      annotations.add(MetricAnnotation.METRIC);
    }
    if (field.getAnnotation(Derived.class) != null) {
      annotations.add(MetricAnnotation.DERIVED);
    }
    return annotations;
  }

  private static Optional<String> name(VariableElement field) {
    return Optional.ofNullable(field.getAnnotation(Name.class)).map(Name::value);
  }

  private static Metadata metadata(Element element) {
    Describe describe = element.getAnnotation(Describe.class);
    return describe == null ? Metadata.NONE : new Metadata(describe.value(), describe.unit(), describe.format());
  }

  /** "OrderDetails.SECRET". */
  private static String describe(VariableElement field) {
    return field.getEnclosingElement().getSimpleName() + "." + field.getSimpleName();
  }
}
