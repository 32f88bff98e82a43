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
import dev.grainline.internal.model.validation.Diagnostic;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.processor.reading.DefinitionEvaluator;
import dev.grainline.processor.reading.InitializationOrder;
import dev.grainline.processor.reading.ModelReader.ReadModel;
import dev.grainline.processor.reading.ModelReader;
import dev.grainline.processor.reporting.Reporter;
import dev.grainline.processor.schema.DdlSchemaCheck;
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
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic.Kind;

/**
 * One model package, from its annotated classes to its catalog: read the definitions, assemble and validate the
 * model, show every diagnostic where it belongs, and write the catalog if the model is clean.
 */
final class ModelStep {
  private final Trees trees;
  private final Elements elements;
  private final Types types;
  private final Filer filer;
  private final Reporter reporter;
  private final DefinitionEvaluator evaluator;
  private final DdlSchemaCheck schemaCheck;

  ModelStep(Trees trees, Elements elements, Types types, Filer filer, Reporter reporter,
      DefinitionEvaluator evaluator, DdlSchemaCheck schemaCheck) {
    this.trees = trees;
    this.elements = elements;
    this.types = types;
    this.filer = filer;
    this.reporter = reporter;
    this.evaluator = evaluator;
    this.schemaCheck = schemaCheck;
  }

  void process(PackageElement modelPackage, dev.grainline.dsl.SemanticModel annotation, List<TypeElement> classes) {
    int errorsBefore = reporter.errorCount();
    String catalog = annotation.catalog();
    if (!SourceVersion.isIdentifier(catalog) || SourceVersion.isKeyword(catalog)) {
      reporter.report(Message.CATALOG_NAME, modelPackage, catalog);
      return;
    }
    ReadModel read = new ModelReader(elements, types, evaluator, reporter)
        .read(catalog, annotation.namespace(), classes);
    if (!read.evaluated()) {
      // Some definition has no value, and assembling without it would only report what follows from its absence.
      return;
    }
    Assembly assembly;
    try {
      assembly = ModelAssembler.assemble(read.declaration());
    } catch (RuntimeException e) {
      reporter.report(Message.DEFINITION_FAILED, modelPackage, "assembling model " + catalog, e.toString());
      return;
    }
    for (Diagnostic diagnostic : assembly.diagnostics()) {
      place(diagnostic, read, modelPackage);
    }
    if (reporter.errorCount() > errorsBefore || assembly.model().isEmpty()) {
      return;
    }
    // The schema check of -Agrainline.ddl: mismatches are model diagnostics at the table and column nodes.
    for (Diagnostic diagnostic : schemaCheck.check(assembly.model().get())) {
      place(diagnostic, read, modelPackage);
    }
    // Right values inside javac can still be null at run time, if the JVM initialises the classes in an order that
    // reads a field before it is assigned.
    InitializationOrder.check(evaluator.staticAccesses(), classes, reporter);
    if (reporter.errorCount() > errorsBefore) {
      return;
    }
    write(modelPackage, read, assembly.model().get(), classes);
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
    if (node.isPresent()) {
      reporter.report(kind, diagnostic.text(), node.get());
    } else if (diagnostic.message() == Message.DECLARED_TYPE && read.members().containsKey(origin)
        && typeArgument(read.members().get(origin)).isPresent()) {
      reporter.report(kind, diagnostic.text(), typeArgument(read.members().get(origin)).get());
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

  private void write(PackageElement modelPackage, ReadModel read, Model model, List<TypeElement> classes) {
    Map<String, ClassName> classNames = new LinkedHashMap<>();
    read.classes().forEach((name, type) -> classNames.put(name, ClassName.get(type)));
    Map<Origin, String> docComments = new LinkedHashMap<>();
    read.members().forEach((origin, field) -> Optional.ofNullable(elements.getDocComment(field))
        .filter(doc -> !doc.isBlank())
        .ifPresent(doc -> docComments.put(origin, doc.strip())));
    List<Element> originating = new ArrayList<>();
    originating.add(modelPackage);
    originating.addAll(classes);
    CatalogWriter writer = new CatalogWriter(modelPackage.getQualifiedName().toString(), read.declaration(), model,
        classNames, docComments, packageTypeNames(modelPackage));
    JavaFile file = writer.write(originating);
    try {
      file.writeTo(filer);
    } catch (IOException | RuntimeException e) {
      reporter.report(Message.DEFINITION_FAILED, modelPackage, "writing " + writer.catalogName(), e.toString());
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
