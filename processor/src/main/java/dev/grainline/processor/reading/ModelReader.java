package dev.grainline.processor.reading;

import com.sun.source.util.Trees;
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
import dev.grainline.internal.model.assembly.Declared;
import dev.grainline.internal.model.assembly.FieldRef;
import dev.grainline.internal.model.assembly.MemberDeclaration;
import dev.grainline.internal.model.assembly.MetricAnnotation;
import dev.grainline.internal.model.assembly.ModelDeclaration;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.processor.reading.ClassSignature.FieldKind;
import dev.grainline.processor.reading.ClassSignature.FieldSignature;
import dev.grainline.processor.reporting.Reporter;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a model package, and the packages of the models it includes, into the {@link ModelDeclaration} the model
 * assembler takes: the same declaration the generated catalog builds at run time from the compiled fields.
 *
 * <p>It reads the whole package, as {@link PackageElement#getEnclosedElements()} lists it, whatever this compilation
 * was handed: a class compiled from source is evaluated through its trees, a class that exists only as a class file
 * (an incremental build recompiles one file; Gradle reprocesses the others as class files; an included model comes
 * from a library) is loaded through a {@link CompilationClassLoader} and its fields are read. A class file carries
 * no javadoc, so a catalog regenerated from class files describes its definitions by their {@code @Describe} only;
 * its compiled form is the same.
 */
public final class ModelReader {
  private static final String DSL_PACKAGE = "dev.grainline.dsl";
  private static final Map<String, FieldKind> FIELD_KINDS = Map.of(
      "dev.grainline.dsl.Metric", FieldKind.METRIC,
      "dev.grainline.dsl.Measure", FieldKind.METRIC,
      "dev.grainline.dsl.Attribute", FieldKind.ATTRIBUTE,
      "dev.grainline.dsl.NamedQuery", FieldKind.NAMED_QUERY);

  private final Trees trees;
  private final Elements elements;
  private final Types types;
  private final DefinitionEvaluator evaluator;
  private final CompilationClassLoader loader;
  private final FieldReadLog reads;
  private final Reporter reporter;

  /** How far a model could be read. */
  public enum Outcome {
    /** Every definition has its value. */
    COMPLETE,
    /** Some definition or class could not be read, and the reason has been reported. */
    FAILED,
    /**
     * Some definition uses a name javac has not resolved: a mistake javac reports, or a type that is yet to be
     * generated. Nothing has been reported about it.
     */
    UNRESOLVED
  }

  /**
   * A model's declaration, where its own parts are declared, and the signatures of all its classes (those of the
   * models it includes first, in the order the assembler takes them).
   */
  public record ReadModel(
      ModelPackage model,
      ModelDeclaration declaration,
      Map<String, TypeElement> classes,
      Map<Origin, VariableElement> members,
      List<ClassSignature> signatures,
      Outcome outcome) {
    public ReadModel {
      classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
      members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
      signatures = List.copyOf(signatures);
    }
  }

  public ModelReader(Trees trees, Elements elements, Types types, DefinitionEvaluator evaluator,
      CompilationClassLoader loader, FieldReadLog reads, Reporter reporter) {
    this.trees = trees;
    this.elements = elements;
    this.types = types;
    this.evaluator = evaluator;
    this.loader = loader;
    this.reads = reads;
    this.reporter = reporter;
  }

  /** What one read collects over the model and the models it includes. */
  private static final class Reading {
    final Map<String, TypeElement> ownClasses = new LinkedHashMap<>();
    final Map<Origin, VariableElement> ownMembers = new LinkedHashMap<>();
    final Map<String, TypeElement> allClasses = new LinkedHashMap<>();
    final List<ClassSignature> signatures = new ArrayList<>();
    final Set<Object> memberValues = Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<String> readPackages = new HashSet<>();
    final boolean evaluate;
    Outcome outcome = Outcome.COMPLETE;

    Reading(boolean evaluate) {
      this.evaluate = evaluate;
      if (!evaluate) {
        outcome = Outcome.FAILED;
      }
    }

    void failed() {
      if (outcome == Outcome.COMPLETE) {
        outcome = Outcome.FAILED;
      }
    }

    void unresolved() {
      outcome = Outcome.UNRESOLVED;
    }
  }

  /** Reads a model, whose includes resolve, with the models it includes. */
  public ReadModel read(ModelPackage model) {
    return read(model, new Reading(true));
  }

  /**
   * Reads only the signatures of a model's classes, evaluating no definition, for a stand-in catalog where the
   * definitions cannot be read at all (a DSL of another version). The outcome is {@link Outcome#FAILED}.
   */
  public ReadModel signatures(ModelPackage model) {
    return read(model, new Reading(false));
  }

  private ReadModel read(ModelPackage model, Reading reading) {
    ModelDeclaration declaration = declare(model, model, List.of(), reading);
    ModelDeclaration withElsewhere = new ModelDeclaration(declaration.name(), declaration.namespace(),
        declaration.classes(), declaration.includes(), declaredElsewhere(reading));
    return new ReadModel(model, withElsewhere, reading.ownClasses, reading.ownMembers, reading.signatures,
        reading.outcome);
  }

  // --- models and their includes -----------------------------------------------------------------------------------

  /** {@code model}, read for {@code root}; {@code path} is the chain of models that include it, for cycles. */
  private ModelDeclaration declare(ModelPackage model, ModelPackage root, List<String> path, Reading reading) {
    boolean own = model == root;
    List<String> here = new ArrayList<>(path);
    here.add(model.qualifiedCatalog());
    List<ModelDeclaration> includes = new ArrayList<>();
    for (TypeElement catalog : model.includes()) {
      Optional<ModelPackage> included = ModelPackage.containing(catalog, elements).filter(m -> m.isCatalog(catalog));
      if (included.isEmpty()) {
        reporter.report(Message.NOT_A_CATALOG, root.element(), catalog.getSimpleName(), catalog.getQualifiedName());
        reading.failed();
      } else if (here.contains(included.get().qualifiedCatalog())) {
        List<String> cycle = new ArrayList<>(here.subList(here.indexOf(included.get().qualifiedCatalog()),
            here.size()));
        cycle.add(included.get().qualifiedCatalog());
        reporter.report(Message.INCLUDE_CYCLE, root.element(), included.get().qualifiedCatalog(),
            String.join(" includes ", cycle));
        reading.failed();
      } else if (reading.readPackages.add(included.get().name())) {
        includes.add(declare(included.get(), root, here, reading));
      }
    }
    reading.readPackages.add(model.name());
    List<ClassDeclaration> classes = new ArrayList<>();
    for (TypeElement type : annotatedClasses(model.element())) {
      readClass(type, model, own, reading).ifPresent(classes::add);
    }
    return new ModelDeclaration(model.catalog(), model.namespace(), classes, includes, Map.of());
  }

  /** The package's {@code @Fact}, {@code @Dimension} and {@code @Metrics} classes, nested ones too, by name. */
  private List<TypeElement> annotatedClasses(PackageElement modelPackage) {
    List<TypeElement> found = new ArrayList<>();
    collectAnnotated(modelPackage.getEnclosedElements(), found);
    found.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
    return found;
  }

  private void collectAnnotated(List<? extends Element> enclosed, List<TypeElement> found) {
    for (Element element : enclosed) {
      if (element instanceof TypeElement type) {
        if (type.getAnnotation(Fact.class) != null || type.getAnnotation(Dimension.class) != null
            || type.getAnnotation(Metrics.class) != null) {
          found.add(type);
        }
        collectAnnotated(type.getEnclosedElements(), found);
      }
    }
  }

  // --- classes -------------------------------------------------------------------------------------------------

  private Optional<ClassDeclaration> readClass(TypeElement type, ModelPackage model, boolean own, Reading reading) {
    Optional<Kind> kind = kindOf(type, own);
    if (kind.isEmpty()) {
      reading.failed();
      return Optional.empty();
    }
    String className = type.getQualifiedName().toString();
    reading.allClasses.put(className, type);
    if (own) {
      checkAccessible(type);
      reading.ownClasses.put(className, type);
    }
    Optional<Class<?>> compiled = Optional.empty();
    boolean fromSource = trees.getPath(type) != null;
    if (!fromSource && reading.evaluate) {
      compiled = load(type, model, reading);
      if (compiled.isEmpty()) {
        return Optional.empty();
      }
    }
    List<MemberDeclaration> members = new ArrayList<>();
    List<FieldSignature> signatures = new ArrayList<>();
    for (VariableElement field : staticFields(type)) {
      if (containsError(field.asType())) {
        reading.unresolved(); // javac reports the field's type
        continue;
      }
      if (!isDslType(field.asType())) {
        continue;
      }
      Optional<Optional<Object>> value;
      if (!reading.evaluate) {
        value = Optional.empty();
      } else if (fromSource) {
        value = sourceValue(field, reading);
      } else {
        value = compiledValue(compiled.orElseThrow(), field, type, model, reading);
      }
      Optional<Object> present = value.flatMap(v -> v);
      if (own && field.getModifiers().contains(Modifier.PRIVATE) && present.isPresent()) {
        reporter.report(Message.PRIVATE_MEMBER, field, describe(field));
      }
      signatures.add(new FieldSignature(field.getSimpleName().toString(), fieldKind(field.asType()), name(field),
          plainTypeArgument(field.asType()), metadata(field), present.map(Declared::of)));
      if (present.isPresent()) {
        members.add(new MemberDeclaration(field.getSimpleName().toString(), present.get(), name(field),
            metadata(field), metricAnnotations(field), declaredType(field.asType())));
        reading.memberValues.add(present.get());
        if (own) {
          reading.ownMembers.put(new Origin(className, field.getSimpleName().toString()), field);
        }
      }
    }
    reading.signatures.add(new ClassSignature(className, kind.get().kind(), kind.get().entity(), model.namespace(),
        signatures));
    return Optional.of(new ClassDeclaration(className, kind.get().kind(), kind.get().entity(), metadata(type),
        members));
  }

  /** The value of a field compiled from source, empty if it could not be evaluated; inside, empty for null. */
  private Optional<Optional<Object>> sourceValue(VariableElement field, Reading reading) {
    return switch (evaluator.evaluate(field)) {
      case DefinitionEvaluator.Evaluated.Value value -> Optional.of(value.value());
      case DefinitionEvaluator.Evaluated.Failed failed -> {
        reading.failed();
        yield Optional.empty();
      }
      case DefinitionEvaluator.Evaluated.Unresolved unresolved -> {
        reading.unresolved();
        yield Optional.empty();
      }
    };
  }

  private Optional<Class<?>> load(TypeElement type, ModelPackage model, Reading reading) {
    try {
      return Optional.of(Class.forName(elements.getBinaryName(type).toString(), true, loader));
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      incomplete(type, model, e, reading);
      return Optional.empty();
    }
  }

  private Optional<Optional<Object>> compiledValue(Class<?> compiled, VariableElement field, TypeElement type,
      ModelPackage model, Reading reading) {
    try {
      Field reflective = compiled.getDeclaredField(field.getSimpleName().toString());
      reflective.trySetAccessible();
      return Optional.of(Optional.ofNullable(reflective.get(null)));
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      incomplete(type, model, e, reading);
      return Optional.empty();
    }
  }

  private void incomplete(TypeElement type, ModelPackage model, Throwable cause, Reading reading) {
    Throwable shown = cause.getCause() != null && cause instanceof ExceptionInInitializerError
        ? cause.getCause()
        : cause;
    String reason = shown.getMessage() == null
        ? shown.getClass().getSimpleName()
        : shown.getClass().getSimpleName() + ": " + shown.getMessage();
    reporter.report(Message.INCOMPLETE_MODEL, type, type.getQualifiedName(), model.catalog(), reason);
    reading.failed();
  }

  private record Kind(ClassKind kind, String entity) {}

  private Optional<Kind> kindOf(TypeElement type, boolean own) {
    List<Kind> kinds = new ArrayList<>();
    Optional.ofNullable(type.getAnnotation(Fact.class)).ifPresent(f -> kinds.add(new Kind(ClassKind.FACT, f.value())));
    Optional.ofNullable(type.getAnnotation(Dimension.class))
        .ifPresent(d -> kinds.add(new Kind(ClassKind.DIMENSION, d.value())));
    Optional.ofNullable(type.getAnnotation(Metrics.class)).ifPresent(m -> kinds.add(new Kind(ClassKind.METRICS, "")));
    if (kinds.size() > 1) {
      if (own) {
        reporter.report(Message.SEVERAL_KINDS, type, type.getSimpleName());
      }
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
   * The static fields, in declaration order. Those whose declared type is a DSL type ({@code Table},
   * {@code Column<Integer>}, {@code Metric<?>}, {@code Link}...) are definitions; other static fields (a string
   * constant, a logger) are read only if a definition uses them.
   */
  private static List<VariableElement> staticFields(TypeElement type) {
    List<VariableElement> fields = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD && member.getModifiers().contains(Modifier.STATIC)) {
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

  private FieldKind fieldKind(TypeMirror type) {
    return types.erasure(type) instanceof DeclaredType declared
        && declared.asElement() instanceof TypeElement element
        ? FIELD_KINDS.getOrDefault(element.getQualifiedName().toString(), FieldKind.OTHER)
        : FieldKind.OTHER;
  }

  private static boolean containsError(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    return type instanceof DeclaredType declared
        && declared.getTypeArguments().stream().anyMatch(ModelReader::containsError);
  }

  /** {@code Measure<Double>} gives java.lang.Double; {@code Metric<?>} and {@code Link} give nothing to check. */
  private static Optional<String> declaredType(TypeMirror type) {
    return typeArgument(type).map(element -> element.getQualifiedName().toString());
  }

  /** As {@link #declaredType}, but only for a type argument that has no type arguments of its own. */
  private static Optional<String> plainTypeArgument(TypeMirror type) {
    return typeArgument(type)
        .filter(element -> element.getTypeParameters().isEmpty())
        .map(element -> element.getQualifiedName().toString());
  }

  private static Optional<TypeElement> typeArgument(TypeMirror type) {
    if (type instanceof DeclaredType declared && !declared.getTypeArguments().isEmpty()) {
      TypeMirror argument = declared.getTypeArguments().get(0);
      if (argument.getKind() == TypeKind.DECLARED
          && ((DeclaredType) argument).asElement() instanceof TypeElement element) {
        return Optional.of(element);
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

  // --- declarations met elsewhere -----------------------------------------------------------------------------------

  /**
   * For each DSL declaration that definitions may use but that is not an object the model's fields hold, the field
   * that declares it: fields of classes outside the model that definitions read, the fields of library classes the
   * compilation's loader read, and the fields of older class files of the model's own classes, which a class file
   * being initialized read instead of the sources this compilation evaluates.
   */
  private Map<Node.Declaration, FieldRef> declaredElsewhere(Reading reading) {
    Map<Node.Declaration, FieldRef> elsewhere = new IdentityHashMap<>();
    for (FieldReadLog.Read read : reads.reads()) {
      if (!reading.allClasses.containsKey(read.field().className())) {
        declarationOf(read.value(), reading).ifPresent(d -> elsewhere.putIfAbsent(d, read.field()));
      }
    }
    for (String binaryName : loader.definedClasses()) {
      TypeElement type = elements.getTypeElement(binaryName.replace('$', '.'));
      boolean modelClass = type != null && reading.allClasses.containsKey(type.getQualifiedName().toString());
      if (modelClass && trees.getPath(type) == null) {
        continue; // a class file of the model: its objects are the model's own
      }
      String className = type == null ? binaryName : type.getQualifiedName().toString();
      staticDslValues(binaryName).forEach((field, value) -> declarationOf(value, reading)
          .ifPresent(d -> elsewhere.putIfAbsent(d, new FieldRef(className, field))));
    }
    return elsewhere;
  }

  /** The attribute or metric declaration a value holds, unless it is one of the model's own. */
  private static Optional<Node.Declaration> declarationOf(Object value, Reading reading) {
    if (value == null || reading.memberValues.contains(value)) {
      return Optional.empty();
    }
    return switch (Declared.of(value)) {
      case Declared.Attribute attribute when attribute.rolePath().isEmpty() -> Optional.of(attribute.decl());
      case Declared.Metric metric -> Optional.of(metric.metric());
      case Declared.Attribute roleUse -> Optional.empty();
      case Declared.Table t -> Optional.empty();
      case Declared.Source s -> Optional.empty();
      case Declared.TenantKey k -> Optional.empty();
      case Declared.Column c -> Optional.empty();
      case Declared.Condition c -> Optional.empty();
      case Declared.Link l -> Optional.empty();
      case Declared.Query q -> Optional.empty();
      case Declared.Sort o -> Optional.empty();
      case Declared.PendingWindow w -> Optional.empty();
      case Declared.NotDsl n -> Optional.empty();
    };
  }

  /** The values of a loaded class's static fields of DSL types, by field name; empty if they cannot be read. */
  private Map<String, Object> staticDslValues(String binaryName) {
    Map<String, Object> values = new LinkedHashMap<>();
    try {
      Class<?> type = Class.forName(binaryName, false, loader);
      for (Field field : type.getDeclaredFields()) {
        if (java.lang.reflect.Modifier.isStatic(field.getModifiers()) && field.getType().isInterface()
            && field.getType().getPackageName().equals(DSL_PACKAGE) && field.trySetAccessible()) {
          Object value = field.get(null);
          if (value != null) {
            values.put(field.getName(), value);
          }
        }
      }
    } catch (ReflectiveOperationException | LinkageError | RuntimeException unreadable) {
      return Map.of(); // a class that cannot be read declares nothing a definition could have used
    }
    return values;
  }
}
