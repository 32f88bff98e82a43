package dev.grainline.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.sun.source.util.Trees;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Grainline;
import dev.grainline.dsl.Metrics;
import dev.grainline.dsl.SemanticModel;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.processor.ModelStep.Examined;
import dev.grainline.processor.ModelStep.Verdict;
import dev.grainline.processor.reading.CompilationClassLoader;
import dev.grainline.processor.reading.DefinitionEvaluator;
import dev.grainline.processor.reading.FieldReadLog;
import dev.grainline.processor.reading.ModelPackage;
import dev.grainline.processor.reading.ModelReader;
import dev.grainline.processor.reporting.Reporter;
import dev.grainline.processor.schema.DdlOption;
import dev.grainline.processor.schema.DdlSchemaCheck;
import dev.grainline.processor.writing.RoundMarker;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic.Kind;

/**
 * The Grainline annotation processor. For every package annotated {@code @SemanticModel} it reads the definitions
 * of the package's {@code @Fact}, {@code @Dimension} and {@code @Metrics} classes, validates the whole model,
 * reports each problem as a compile error at the offending code, and generates the model's typed catalog.
 *
 * <p>It reads field initializers through javac's Compiler Tree API, so it needs javac; see {@link CompilerTrees}
 * for the build tools whose wrapped environments it opens. It reads the whole model package whatever javac was
 * handed, sources and class files alike, so a build that recompiles one file gets the catalog a full build gets.
 *
 * <h2>Rounds</h2>
 *
 * A catalog is always written, and always in a round that is not the last: code that imports it is attributed
 * after processing, and a class created in the last round comes too late for it. What is written decides what
 * javac reports:
 *
 * <ul>
 *   <li>a valid model gets its catalog;
 *   <li>a model with Grainline errors gets a stand-in with the same API, whose {@code model()} throws: javac stops
 *       after processing when a processor reported an error, so only the errors are seen, and no "cannot find
 *       symbol" for the catalog in each file that imports it;
 *   <li>a model some of whose definitions use a name javac has not resolved gets a stand-in too, and the round
 *       reports nothing of its own, not even Grainline errors of other definitions: any processor error would stop
 *       javac before it reports the user's mistake. Those errors come on the next compile.
 * </ul>
 *
 * An unresolved name may also be a type that is yet to be generated, by another processor or by Grainline as the
 * catalog of another model package that this one includes. So a model with unresolved names is read again in the
 * next round while more may still come: in the first round (other processors run after this one), and after any
 * round in which some other processor generated a type. Only a round in which nothing else can change writes its
 * stand-in. A next round happens only if some file was generated, so when Grainline defers and writes nothing
 * else, it writes a {@link RoundMarker}. A model that includes a catalog not generated yet waits for it while
 * others are written; all other models of a round are written in the same round, or all deferred together.
 */
@AutoService(Processor.class)
public final class GrainlineProcessor extends AbstractProcessor {
  private static final List<Class<?>> CLASS_ANNOTATIONS = List.of(Fact.class, Dimension.class, Metrics.class);
  private static final String DSL_ENTRY_POINT = "dev.grainline.dsl.Grainline";
  private static final String VERSION_FIELD = "VERSION";

  private Optional<Trees> trees = Optional.empty();
  private CompilationClassLoader loader;
  private DdlSchemaCheck schemaCheck;
  private int round;
  private boolean versionChecked;
  private boolean versionMatches = true;
  /** Model packages seen in some round, by name. */
  private final Set<String> models = new TreeSet<>();
  /** Model packages whose catalog or stand-in has been written. */
  private final Set<String> written = new HashSet<>();
  /** Model packages written as stand-ins because an include never resolved; checked for an include cycle. */
  private final Set<String> writtenForUnresolvedIncludes = new HashSet<>();
  /** The qualified names of the types Grainline generated, to tell them from those other processors generate. */
  private final Set<String> generated = new HashSet<>();
  /**
   * Errors about the compilation rather than one model (a class outside any model, a DSL of another version),
   * reported again in every round until one shows what it reported.
   */
  private final List<Consumer<Reporter>> standing = new ArrayList<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> supported = new LinkedHashSet<>();
    CLASS_ANNOTATIONS.forEach(annotation -> supported.add(annotation.getName()));
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
    loader = new CompilationClassLoader(environment.getFiler(), GrainlineProcessor.class.getClassLoader());
    schemaCheck = DdlSchemaCheck.of(environment.getOptions());
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnvironment) {
    if (trees.isEmpty() || roundEnvironment.processingOver()) {
      // Nothing is written in the last round: it would come too late. By the rules above nothing waits for it.
      return false;
    }
    round++;
    Elements elements = processingEnv.getElementUtils();
    Reporter reporter = Reporter.holding(processingEnv.getMessager(), trees.get());
    discover(roundEnvironment);
    List<ModelPackage> pending = new ArrayList<>();
    for (String name : models) {
      if (!written.contains(name)) {
        ModelPackage.of(elements.getPackageElement(name)).ifPresent(pending::add);
      }
    }
    if (!pending.isEmpty()) {
      checkVersion(pending.get(0).name());
    }
    standing.forEach(report -> report.accept(reporter));
    checkIncludeCycles(reporter);
    if (pending.isEmpty()) {
      release(reporter);
      return false;
    }

    // One evaluator per round: a definition may use fields of any class of the compilation, and elements are only
    // valid within the round that handed them out.
    FieldReadLog reads = new FieldReadLog(elements);
    DefinitionEvaluator evaluator = new DefinitionEvaluator(trees.get(), elements, processingEnv.getTypeUtils(),
        reporter, loader, reads);
    ModelReader reader = new ModelReader(trees.get(), elements, processingEnv.getTypeUtils(), evaluator, loader,
        reads, reporter);
    ModelStep step = new ModelStep(trees.get(), elements, processingEnv.getFiler(), reporter, evaluator, reader,
        schemaCheck);
    boolean moreMayCome = round == 1 || othersGenerated(roundEnvironment);

    List<ModelPackage> awaitingIncludes = pending.stream().filter(m -> !m.includesResolved()).toList();
    List<Examined> examined = new ArrayList<>();
    for (ModelPackage model : pending) {
      if (model.includesResolved()) {
        examined.add(versionMatches ? step.examine(model) : step.signaturesOnly(model));
      }
    }
    boolean unresolved = examined.stream().anyMatch(e -> e.verdict() == Verdict.UNRESOLVED);
    if (unresolved && moreMayCome) {
      // A type may still be generated: read every model again next round, and show nothing of this one.
      reporter.discard();
      marker(pending.get(0));
      return false;
    }
    boolean wroteAny = false;
    for (Examined model : examined) {
      written.add(model.model().name());
      wroteAny |= record(step.write(model));
    }
    if (!awaitingIncludes.isEmpty() && !wroteAny) {
      if (moreMayCome) {
        marker(awaitingIncludes.get(0));
      } else {
        // Nothing can generate what they include any more: javac reports the classes it cannot find.
        unresolved = true;
        for (ModelPackage model : awaitingIncludes) {
          written.add(model.name());
          writtenForUnresolvedIncludes.add(model.name());
          record(step.write(step.signaturesOnly(model)));
        }
      }
    }
    if (unresolved) {
      reporter.discard();
    } else {
      release(reporter);
    }
    return false;
  }

  private void release(Reporter reporter) {
    reporter.release();
    standing.clear();
  }

  /**
   * Adds the model packages of this round's annotated classes and package-infos; an annotated class whose package
   * is no model is an error.
   */
  private void discover(RoundEnvironment roundEnvironment) {
    Elements elements = processingEnv.getElementUtils();
    for (Element element : roundEnvironment.getElementsAnnotatedWith(SemanticModel.class)) {
      if (element instanceof PackageElement modelPackage) {
        models.add(modelPackage.getQualifiedName().toString());
      }
    }
    for (Class<?> annotation : CLASS_ANNOTATIONS) {
      TypeElement annotationType = elements.getTypeElement(annotation.getName());
      if (annotationType == null) {
        continue;
      }
      for (Element element : roundEnvironment.getElementsAnnotatedWith(annotationType)) {
        if (element instanceof TypeElement type) {
          PackageElement modelPackage = elements.getPackageOf(type);
          String packageName = modelPackage.getQualifiedName().toString();
          if (!ModelPackage.isModel(modelPackage)) {
            String className = type.getQualifiedName().toString();
            standing.add(reporter -> reporter.report(Message.NOT_IN_MODEL, elements().getTypeElement(className),
                className, packageName));
          } else {
            models.add(packageName);
          }
        }
      }
    }
  }

  /**
   * A stand-in written because an include did not resolve may have been included by another stand-in written for
   * the same reason: models that include each other. Their includes resolve now, to stand-ins, and would compile.
   */
  private void checkIncludeCycles(Reporter reporter) {
    Elements elements = processingEnv.getElementUtils();
    for (String name : writtenForUnresolvedIncludes) {
      ModelPackage model = ModelPackage.of(elements.getPackageElement(name)).orElseThrow();
      if (model.includesResolved()) {
        reporter.report(Message.INCLUDE_CYCLE, model.element(), model.qualifiedCatalog(),
            String.join(" includes ", cycleFrom(model, elements)));
      }
    }
    writtenForUnresolvedIncludes.clear();
  }

  /** The catalogs from {@code model} through its includes back to it, or as far as the includes lead. */
  private static List<String> cycleFrom(ModelPackage model, Elements elements) {
    List<String> path = new ArrayList<>(List.of(model.qualifiedCatalog()));
    Optional<ModelPackage> next = Optional.of(model);
    while (next.isPresent() && !next.get().includes().isEmpty()) {
      next = ModelPackage.containing(next.get().includes().get(0), elements);
      next.ifPresent(m -> path.add(m.qualifiedCatalog()));
      if (next.isPresent() && path.indexOf(next.get().qualifiedCatalog()) < path.size() - 1) {
        break;
      }
    }
    return path;
  }

  /**
   * The DSL on the compile class path must be the processor's own: the processor runs it on the definitions, and
   * the catalogs it generates call it. {@code Grainline.VERSION} is a constant, so it is read without loading it.
   */
  private void checkVersion(String firstModel) {
    if (versionChecked) {
      return;
    }
    versionChecked = true;
    TypeElement dsl = processingEnv.getElementUtils().getTypeElement(DSL_ENTRY_POINT);
    if (dsl == null) {
      return; // the definitions cannot compile at all, and javac says why
    }
    Optional<Object> version = dsl.getEnclosedElements().stream()
        .filter(e -> e.getKind() == ElementKind.FIELD && e.getSimpleName().contentEquals(VERSION_FIELD))
        .map(e -> ((VariableElement) e).getConstantValue())
        .filter(value -> value != null)
        .findFirst();
    if (version.isEmpty()) {
      versionMatches = false;
      standing.add(report -> report.report(Message.VERSION_UNKNOWN, elements().getPackageElement(firstModel),
          Grainline.VERSION, Grainline.VERSION));
    } else if (!version.get().equals(Grainline.VERSION)) {
      versionMatches = false;
      Object found = version.get();
      standing.add(report -> report.report(Message.VERSION_MISMATCH, elements().getPackageElement(firstModel),
          Grainline.VERSION, found, Grainline.VERSION));
    }
  }

  private Elements elements() {
    return processingEnv.getElementUtils();
  }

  /** Whether this round's inputs include types that some other processor generated in the last one. */
  private boolean othersGenerated(RoundEnvironment roundEnvironment) {
    return roundEnvironment.getRootElements().stream()
        .anyMatch(e -> !(e instanceof TypeElement type) || !generated.contains(type.getQualifiedName().toString()));
  }

  private void marker(ModelPackage model) {
    ClassName name = RoundMarker.name(model.name(), model.catalog(), round + 1);
    try {
      RoundMarker.write(name, List.of(model.element())).writeTo(processingEnv.getFiler());
      generated.add(name.canonicalName());
    } catch (IOException | RuntimeException e) {
      // Without another round, the models read again in it are written nowhere; say so rather than fail later.
      processingEnv.getMessager().printMessage(Kind.ERROR,
          Message.DEFINITION_FAILED.format("writing " + name.canonicalName(), e.toString()), model.element());
    }
  }

  private boolean record(Optional<String> written) {
    written.ifPresent(generated::add);
    return written.isPresent();
  }
}
