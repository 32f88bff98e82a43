package dev.grainline.processor;

import com.google.auto.service.AutoService;
import com.sun.source.util.Trees;
import dev.grainline.dsl.SemanticModel;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.processor.reading.DefinitionEvaluator;
import dev.grainline.processor.reporting.Reporter;
import dev.grainline.processor.schema.DdlOption;
import dev.grainline.processor.schema.DdlSchemaCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * The Grainline annotation processor. For every package annotated {@code @SemanticModel} it reads the definitions
 * of the package's {@code @Fact}, {@code @Dimension} and {@code @Metrics} classes, validates the whole model,
 * reports each problem as a compile error at the offending code, and generates the model's typed catalog.
 *
 * <p>It reads field initializers through javac's Compiler Tree API, so it needs javac; see {@link CompilerTrees}
 * for the build tools whose wrapped environments it opens.
 */
@AutoService(Processor.class)
public final class GrainlineProcessor extends AbstractProcessor {
  private static final List<String> CLASS_ANNOTATIONS =
      List.of("dev.grainline.dsl.Fact", "dev.grainline.dsl.Dimension", "dev.grainline.dsl.Metrics");

  private Optional<Trees> trees = Optional.empty();
  private Reporter reporter;
  private DdlSchemaCheck schemaCheck;
  /** Model packages whose catalog has been handled, in an earlier round or this one. */
  private final Set<String> handledPackages = new HashSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> supported = new HashSet<>(CLASS_ANNOTATIONS);
    supported.add(SemanticModel.class.getName());
    return supported;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return DdlOption.NAMES;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    trees = CompilerTrees.of(environment);
    if (trees.isEmpty()) {
      environment.getMessager().printMessage(Kind.ERROR,
          Message.NEEDS_JAVAC.format(environment.getClass().getName()));
      return;
    }
    reporter = new Reporter(environment.getMessager(), trees.get());
    schemaCheck = DdlSchemaCheck.of(environment.getOptions());
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (trees.isEmpty() || round.processingOver()) {
      return false;
    }
    Map<String, List<TypeElement>> byPackage = annotatedClassesByPackage(round);
    if (byPackage.isEmpty()) {
      return false;
    }
    // One evaluator per round: a definition may use fields of any class of the compilation, and elements are only
    // valid within the round that handed them out.
    DefinitionEvaluator evaluator = new DefinitionEvaluator(trees.get(), processingEnv.getElementUtils(),
        processingEnv.getTypeUtils(), reporter, GrainlineProcessor.class.getClassLoader());
    ModelStep step = new ModelStep(trees.get(), processingEnv.getElementUtils(), processingEnv.getTypeUtils(),
        processingEnv.getFiler(), reporter, evaluator, schemaCheck);
    byPackage.forEach((packageName, classes) -> {
      PackageElement modelPackage = processingEnv.getElementUtils().getPackageOf(classes.get(0));
      SemanticModel model = modelPackage.getAnnotation(SemanticModel.class);
      if (model == null) {
        for (TypeElement type : classes) {
          reporter.report(Message.NOT_IN_MODEL, type, type.getQualifiedName(), packageName);
        }
      } else if (handledPackages.add(packageName)) {
        // The catalog is written once, from the classes of the round in which the model first appears: with
        // javac, that is every class of the package that is compiled from source.
        step.process(modelPackage, model, classes);
      }
    });
    return false;
  }

  /** This round's annotated classes by package name, both sorted, so that output never depends on javac's order. */
  private Map<String, List<TypeElement>> annotatedClassesByPackage(RoundEnvironment round) {
    Map<String, List<TypeElement>> byPackage = new TreeMap<>();
    Set<Element> seen = new HashSet<>();
    for (String annotationName : CLASS_ANNOTATIONS) {
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(annotationName);
      if (annotation == null) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element instanceof TypeElement type && seen.add(type)) {
          String packageName = processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
          byPackage.computeIfAbsent(packageName, p -> new ArrayList<>()).add(type);
        }
      }
    }
    byPackage.values().forEach(types -> types.sort(
        java.util.Comparator.comparing(t -> t.getQualifiedName().toString())));
    return byPackage;
  }
}
