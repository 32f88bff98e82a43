package dev.grainline.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.assembly.Assembly;
import dev.grainline.internal.model.assembly.ModelAssembler;
import dev.grainline.internal.model.assembly.ModelDeclaration;
import dev.grainline.internal.model.validation.Diagnostic;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.processor.reading.DefinitionEvaluator;
import dev.grainline.processor.reading.InitializationOrder;
import dev.grainline.processor.reading.ModelPackage;
import dev.grainline.processor.reading.ModelReader.ReadModel;
import dev.grainline.processor.reading.ModelReader;
import dev.grainline.processor.reporting.Reporter;
import dev.grainline.processor.schema.DdlSchemaCheck;
import dev.grainline.processor.writing.CatalogOutline;
import dev.grainline.processor.writing.CatalogWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic.Kind;

/**
 * One model package in one round, from its classes to its catalog: read the definitions, assemble and validate the
 * model, show every diagnostic where it belongs ({@link #examine}); then, once the processor has decided that the
 * round is the one to write it in, write the catalog, or a stand-in if the model is not valid ({@link #write}).
 */
final class ModelStep {
  private final Trees trees;
  private final Elements elements;
  private final Filer filer;
  private final Reporter reporter;
  private final DefinitionEvaluator evaluator;
  private final ModelReader reader;
  private final DdlSchemaCheck schemaCheck;

  /** What examining a model found. */
  enum Verdict {
    /** The model is valid: its catalog can be written. */
    VALID,
    /** The model has errors, which have been reported: a stand-in is written. */
    INVALID,
    /** Some definition uses a name javac has not resolved (yet); nothing about it has been reported. */
    UNRESOLVED,
    /** The catalog's name is no class name: nothing can be written. */
    UNNAMED
  }

  /** A model package as read and validated in this round. */
  record Examined(ModelPackage model, Verdict verdict, Optional<ReadModel> read, Optional<Model> valid,
      Optional<Model> partial) {}

  ModelStep(Trees trees, Elements elements, Filer filer, Reporter reporter, DefinitionEvaluator evaluator,
      ModelReader reader, DdlSchemaCheck schemaCheck) {
    this.trees = trees;
    this.elements = elements;
    this.filer = filer;
    this.reporter = reporter;
    this.evaluator = evaluator;
    this.reader = reader;
    this.schemaCheck = schemaCheck;
  }

  /** Reads and validates a model whose includes resolve, reporting what is wrong with it. */
  Examined examine(ModelPackage model) {
    if (!hasClassName(model)) {
      return new Examined(model, Verdict.UNNAMED, Optional.empty(), Optional.empty(), Optional.empty());
    }
    int errorsBefore = reporter.errorCount();
    ReadModel read = reader.read(model);
    if (read.outcome() != ModelReader.Outcome.COMPLETE) {
      // Assembling without the definitions that have no value would only report what follows from their absence,
      // but what does assemble tells a stand-in catalog more than the declarations alone.
      Verdict verdict = read.outcome() == ModelReader.Outcome.UNRESOLVED ? Verdict.UNRESOLVED : Verdict.INVALID;
      return new Examined(model, verdict, Optional.of(read), Optional.empty(), soundPart(read.declaration()));
    }
    Assembly assembly;
    try {
      assembly = ModelAssembler.assemble(read.declaration());
    } catch (RuntimeException e) {
      reporter.report(Message.DEFINITION_FAILED, model.element(), "assembling model " + model.catalog(),
          e.toString());
      return new Examined(model, Verdict.INVALID, Optional.of(read), Optional.empty(), Optional.empty());
    }
    for (Diagnostic diagnostic : assembly.diagnostics()) {
      place(diagnostic, read, model.element());
    }
    if (reporter.errorCount() == errorsBefore && assembly.model().isPresent()) {
      // The schema check of -Agrainline.ddl: mismatches are model diagnostics at the table and column nodes.
      for (Diagnostic diagnostic : schemaCheck.check(assembly.model().get())) {
        place(diagnostic, read, model.element());
      }
      // Right values inside javac can still be null at run time, if the JVM initialises the classes in an order
      // that reads a field before it is assigned.
      InitializationOrder.check(evaluator.staticAccesses(), read.classes().values(), reporter);
    }
    if (reporter.errorCount() > errorsBefore || assembly.model().isEmpty()) {
      return new Examined(model, Verdict.INVALID, Optional.of(read), Optional.empty(),
          soundPart(read.declaration()));
    }
    return new Examined(model, Verdict.VALID, Optional.of(read), assembly.model(), assembly.model());
  }

  /** A model whose definitions cannot be read at all, examined for a stand-in from its signatures. */
  Examined signaturesOnly(ModelPackage model) {
    if (!hasClassName(model)) {
      return new Examined(model, Verdict.UNNAMED, Optional.empty(), Optional.empty(), Optional.empty());
    }
    return new Examined(model, Verdict.INVALID, Optional.of(reader.signatures(model)), Optional.empty(),
        Optional.empty());
  }

  private boolean hasClassName(ModelPackage model) {
    String catalog = model.catalog();
    if (!SourceVersion.isIdentifier(catalog) || SourceVersion.isKeyword(catalog)) {
      reporter.report(Message.CATALOG_NAME, model.element(), catalog);
      return false;
    }
    return true;
  }

  /**
   * The model that what is sound of a model with errors assembles into, for a stand-in catalog to take its
   * constants, role paths and query rows from; its diagnostics are not shown.
   */
  private static Optional<Model> soundPart(ModelDeclaration declaration) {
    try {
      return Optional.of(ModelAssembler.assemble(declaration).soundPart());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Shows a model diagnostic at the most precise place known: where the declaration it is about mentions the node
   * it names, else the declaring field (for a declared type, its type argument), else the class, else the package.
   */
  private void place(Diagnostic diagnostic, ReadModel read, PackageElement modelPackage) {
    Kind kind = Reporter.kindOf(diagnostic.message().severity());
    Origin origin = diagnostic.origin();
    boolean repetition = diagnostic.message() == Message.DUPLICATE_REQUEST;
    Optional<TreePath> node = diagnostic.node()
        .flatMap(n -> evaluator.provenance().locate(n, origin, clausesOf(diagnostic.message()), repetition));
    Optional<TreePath> typeArgument = diagnostic.message() == Message.DECLARED_TYPE
        ? Optional.ofNullable(read.members().get(origin)).flatMap(this::typeArgument)
        : Optional.empty();
    Optional<TreePath> tree = node.or(() -> typeArgument);
    if (tree.isPresent()) {
      reporter.report(kind, diagnostic.text(), tree.get());
    } else {
      reporter.report(kind, diagnostic.text(), declaration(origin, read, modelPackage));
    }
    for (Diagnostic.Note note : diagnostic.notes()) {
      reporter.report(Kind.NOTE, note.text(), declaration(note.origin(), read, modelPackage));
    }
  }

  /** The element that declares {@code origin}: its field, else its class, else the model's package. */
  private static Element declaration(Origin origin, ReadModel read, PackageElement modelPackage) {
    VariableElement field = read.members().get(origin);
    if (field != null) {
      return field;
    }
    return read.classes().containsKey(origin.className()) ? read.classes().get(origin.className()) : modelPackage;
  }

  /**
   * The clauses of a named query a problem of this kind is about, for a node the query mentions in several: a
   * metric filtered in {@code where} is also requested in {@code query}, and the problem is with the filter.
   */
  private static Set<String> clausesOf(Message message) {
    // By id: an id names a kind of problem, whichever of its templates a rule used.
    return switch (message.id()) {
      case "GrainlineFilterLevel", "GrainlineTypeMismatch" -> Set.of("where", "having");
      case "GrainlineOrderBy" -> Set.of("orderBy");
      case "GrainlineNoJoinPath", "GrainlineAmbiguousJoinPath", "GrainlineUnknownRole" -> Set.of("by", "where");
      case "GrainlineDuplicateRequest", "GrainlineEmptyQuery", "GrainlineUnknownReference" -> Set.of("query", "by");
      default -> Set.of();
    };
  }

  /** {@code Double} in {@code Measure<Double> REVENUE}. */
  private Optional<TreePath> typeArgument(VariableElement field) {
    TreePath declaration = trees.getPath(field);
    if (declaration != null && declaration.getLeaf() instanceof VariableTree variable
        && variable.getType() instanceof ParameterizedTypeTree parameterized
        && !parameterized.getTypeArguments().isEmpty()) {
      TreePath type = new TreePath(declaration, parameterized);
      return Optional.of(new TreePath(type, parameterized.getTypeArguments().get(0)));
    }
    return Optional.empty();
  }

  /**
   * Writes the catalog of an examined model, the real one if it is valid, else a stand-in; the name of the class
   * written, if one was.
   */
  Optional<String> write(Examined examined) {
    if (examined.read().isEmpty()) {
      return Optional.empty();
    }
    ReadModel read = examined.read().get();
    PackageElement modelPackage = examined.model().element();
    Map<String, ClassName> classNames = new LinkedHashMap<>();
    read.classes().forEach((name, type) -> classNames.put(name, ClassName.get(type)));
    Map<Origin, String> docComments = new LinkedHashMap<>();
    read.members().forEach((origin, field) -> Optional.ofNullable(elements.getDocComment(field))
        .filter(doc -> !doc.isBlank())
        .ifPresent(doc -> docComments.put(origin, doc.strip())));
    List<Element> originating = new ArrayList<>();
    originating.add(modelPackage);
    originating.addAll(read.classes().values());
    CatalogOutline outline;
    CatalogWriter.ModelSource source;
    if (examined.valid().isPresent()) {
      outline = CatalogOutline.of(examined.valid().get());
      source = new CatalogWriter.ModelSource.FromDefinitions(read.declaration(),
          examined.model().includes().stream().map(ClassName::get).distinct().toList());
    } else {
      outline = CatalogOutline.standIn(examined.partial(), read.signatures());
      source = new CatalogWriter.ModelSource.StandIn();
    }
    CatalogWriter writer = new CatalogWriter(examined.model().name(), examined.model().catalog(),
        examined.model().namespace(), outline, source, classNames, docComments, packageTypeNames(modelPackage));
    JavaFile file = writer.write(originating);
    try {
      file.writeTo(filer);
      return Optional.of(writer.catalogName());
    } catch (IOException | RuntimeException e) {
      reporter.report(Message.DEFINITION_FAILED, modelPackage, "writing " + writer.catalogName(), e.toString());
      return Optional.empty();
    }
  }

  /** The simple names of the package's own types, which the catalog's imports must not shadow. */
  private static Set<String> packageTypeNames(PackageElement modelPackage) {
    Set<String> names = new TreeSet<>();
    for (Element type : modelPackage.getEnclosedElements()) {
      names.add(type.getSimpleName().toString());
    }
    return names;
  }
}
