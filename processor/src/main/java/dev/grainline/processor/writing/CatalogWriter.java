package dev.grainline.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.grainline.SqlType;
import dev.grainline.dsl.Grainline;
import dev.grainline.internal.model.Metadata;
import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.RolePath;
import dev.grainline.internal.model.assembly.ClassDeclaration;
import dev.grainline.internal.model.assembly.MemberDeclaration;
import dev.grainline.internal.model.assembly.ModelDeclaration;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes a model's typed catalog: {@code MetricRef} constants for its metrics, {@code DimensionRef} constants for
 * every attribute (plain, and through every role path by which some entity reaches it), the model itself, built
 * from the definition fields directly (and from the catalogs of the models it includes) and validated again by the
 * same assembler, and a method with a record type for every named query.
 *
 * <p>When the model did not compile, it writes a stand-in with the same API, as far as the definitions tell it
 * (see {@link CatalogOutline#standIn}), whose {@code model()} throws: code that uses the catalog compiles, so that
 * javac shows the user's mistake rather than a missing class.
 *
 * <p>The output depends only on the outline and the declaration, which are ordered: the same definitions always
 * give the same file.
 */
public final class CatalogWriter {
  static final String GENERATOR = "dev.grainline.processor.GrainlineProcessor";

  /** Where a catalog's model comes from. */
  public sealed interface ModelSource {
    /** The model's own definition fields, and the models of the catalogs it includes. */
    record FromDefinitions(ModelDeclaration declaration, List<ClassName> includedCatalogs) implements ModelSource {
      public FromDefinitions {
        includedCatalogs = List.copyOf(includedCatalogs);
      }
    }

    /** None: the definitions did not compile, and {@code model()} says so. */
    record StandIn() implements ModelSource {}
  }

  private static final String RUNTIME = "dev.grainline.runtime";
  private static final ClassName METRIC_REF = ClassName.get(RUNTIME, "MetricRef");
  private static final ClassName DIMENSION_REF = ClassName.get(RUNTIME, "DimensionRef");
  private static final ClassName SEMANTIC_LAYER = ClassName.get(RUNTIME, "SemanticLayer");
  private static final ClassName DIALECT = ClassName.get(RUNTIME, "Dialect");
  private static final ClassName TYPED_QUERY = ClassName.get(RUNTIME, "TypedQuery");
  private static final ClassName TEXT_QUERY = ClassName.get(RUNTIME, "TextQuery");
  private static final ClassName NAMED_METRIC_QUERY = ClassName.get(RUNTIME, "NamedMetricQuery");
  private static final ClassName COMPILED_MODEL = ClassName.get(RUNTIME, "CompiledModel");
  private static final ClassName CATALOG_SUPPORT = ClassName.get(RUNTIME, "CatalogSupport");
  private static final ClassName DECLARATION = CATALOG_SUPPORT.nestedClass("Declaration");
  private static final ClassName DECLARED_CLASS = CATALOG_SUPPORT.nestedClass("DeclaredClass");
  private static final ClassName DATA_SOURCE = ClassName.get("javax.sql", "DataSource");
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName OBJECTS = ClassName.get(java.util.Objects.class);

  /** Simple names the catalog imports; a type of the model's package with one of these names forces qualification. */
  private static final Set<String> IMPORTED = Stream.of(METRIC_REF, DIMENSION_REF, SEMANTIC_LAYER, DIALECT,
          TYPED_QUERY, TEXT_QUERY, NAMED_METRIC_QUERY, COMPILED_MODEL, CATALOG_SUPPORT, DATA_SOURCE, GENERATED, LIST,
          OBJECTS)
      .map(ClassName::simpleName)
      .collect(Collectors.toUnmodifiableSet());

  /** Method names of the catalog's own API, which named queries must not take. */
  private static final String[] API_METHODS = {"model", "connect", "using", "layer", "query", "textQuery",
      "forTenant", "allTenants",
      "compile", "equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone",
      "finalize"};

  /** Names a record component cannot have (JLS 8.10.1). */
  private static final Set<String> RECORD_FORBIDDEN =
      Set.of("clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

  private final String packageName;
  private final String namespace;
  private final CatalogOutline outline;
  private final ModelSource source;
  private final Map<String, ClassName> classNames;
  private final Map<Origin, String> docComments;
  private final Set<String> packageTypeNames;
  private final ClassName catalog;

  private final Map<String, String> metricConstants = new LinkedHashMap<>();
  private final Map<AttributeRef, String> dimensionConstants = new LinkedHashMap<>();

  /**
   * @param catalogName the simple name of the catalog class, which is also the model's name
   * @param classNames the Java class of each of the model's own classes, by the class name the declaration uses
   * @param docComments javadoc of definition fields, shown where a definition has no {@code @Describe}
   * @param packageTypeNames the simple names of the types of the model's package
   */
  public CatalogWriter(String packageName, String catalogName, String namespace, CatalogOutline outline,
      ModelSource source, Map<String, ClassName> classNames, Map<Origin, String> docComments,
      Set<String> packageTypeNames) {
    this.packageName = packageName;
    this.namespace = namespace;
    this.outline = outline;
    this.source = source;
    this.classNames = Map.copyOf(classNames);
    this.docComments = Map.copyOf(docComments);
    this.packageTypeNames = Set.copyOf(packageTypeNames);
    this.catalog = ClassName.get(packageName, catalogName);
  }

  public String catalogName() {
    return catalog.canonicalName();
  }

  public JavaFile write(List<? extends Element> originatingElements) {
    String comments = switch (source) {
      case ModelSource.FromDefinitions definitions -> "Grainline " + Grainline.VERSION;
      case ModelSource.StandIn standIn -> "Grainline " + Grainline.VERSION + "; a stand-in: the definitions did not"
          + " compile";
    };
    TypeSpec.Builder type = TypeSpec.classBuilder(catalog)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(AnnotationSpec.builder(GENERATED)
            .addMember("value", "$S", GENERATOR)
            .addMember("comments", "$S", comments)
            .build());
    originatingElements.forEach(type::addOriginatingElement);
    packageTypeNames.stream().filter(IMPORTED::contains).sorted().forEach(type::alwaysQualify);

    Identifiers.Scope fields = new Identifiers.Scope("_", "model");
    outline.metrics().forEach(metric -> type.addField(metricConstant(metric, fields)));
    outline.dimensions().forEach(dimension -> type.addField(dimensionConstant(dimension, fields)));

    Identifiers.Scope methods = new Identifiers.Scope("", API_METHODS);
    Map<String, String> declareMethods = new LinkedHashMap<>();
    if (source instanceof ModelSource.FromDefinitions definitions) {
      for (ClassDeclaration declared : definitions.declaration().classes()) {
        ClassName name = classNames.get(declared.className());
        declareMethods.put(declared.className(),
            methods.claim(Identifiers.camel(Identifiers.words(concat(List.of("declare"), name.simpleNames())))));
      }
    }
    // The class javadoc counts the constants, so it is written once they are.
    type.addJavadoc(classJavadoc());
    if (source instanceof ModelSource.FromDefinitions) {
      type.addField(FieldSpec.builder(COMPILED_MODEL, "model", Modifier.PRIVATE, Modifier.STATIC, Modifier.VOLATILE)
          .addJavadoc("Assembled when first asked for, not when the class loads: a model that fails (definitions on\n"
              + "the class path that differ from those this catalog was compiled from) throws its\n"
              + "{@code DefinitionException} on every call, not once as an {@code ExceptionInInitializerError}.\n")
          .build());
    }
    type.addField(FieldSpec.builder(SEMANTIC_LAYER, "layer", Modifier.PRIVATE, Modifier.FINAL).build());
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(SEMANTIC_LAYER, "layer")
        .addStatement("this.layer = layer")
        .build());
    addApi(type);

    Identifiers.Scope nestedTypes = new Identifiers.Scope("", catalog.simpleName());
    packageTypeNames.forEach(nestedTypes::reserve);
    for (CatalogOutline.QueryMethod query : outline.queries()) {
      addNamedQuery(type, query, methods, nestedTypes);
    }

    if (source instanceof ModelSource.FromDefinitions definitions) {
      type.addMethod(declarationMethod(definitions, declareMethods));
      for (ClassDeclaration declared : definitions.declaration().classes()) {
        type.addMethod(classDeclarationMethod(declared, declareMethods.get(declared.className())));
      }
    }
    return JavaFile.builder(packageName, type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  // --- constants -----------------------------------------------------------------------------------------------

  private CodeBlock classJavadoc() {
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("The typed catalog of the semantic model {@code $L}$L:\n", catalog.simpleName(),
            namespace.isEmpty() ? "" : ", namespace {@code " + namespace + "}")
        .add("$L metric constants, $L dimension constants and $L named queries.\n", metricConstants.size(),
            dimensionConstants.size(), outline.queries().size());
    return switch (source) {
      case ModelSource.FromDefinitions definitions -> doc
          .add("\n<p>Generated by Grainline from the definitions in this package; do not edit. The model is assembled\n")
          .add("from the definition fields themselves when the catalog is first used, and validated by the rules\n")
          .add("that checked it at compile time.\n")
          .build();
      case ModelSource.StandIn standIn -> doc
          .add("\n<p>A stand-in, generated by Grainline because the definitions in this package did not compile, so\n")
          .add("that the code using this catalog compiles and javac reports what is wrong with them. Its\n")
          .add("{@code model()} throws.\n")
          .build();
    };
  }

  private FieldSpec metricConstant(CatalogOutline.MetricConstant metric, Identifiers.Scope fields) {
    String name = fields.claim(Identifiers.constant(Identifiers.words(metric.shortName())),
        Identifiers.constant(Identifiers.words(metric.metric())));
    metricConstants.put(metric.metric(), name);
    CodeBlock.Builder doc = CodeBlock.builder();
    description(metric.metadata(), metric.origin()).ifPresent(text -> doc.add("$L\n\n<p>", text));
    doc.add("Metric {@code $L}, of {@code $L} values$L.\n", metric.metric(), metric.type().simpleName(),
        unitAndFormat(metric.metadata()));
    return FieldSpec.builder(ParameterizedTypeName.get(METRIC_REF, metric.type()), name,
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(doc.build())
        .initializer("$T.of($S, $T.class)", METRIC_REF, metric.metric(), metric.type())
        .build();
  }

  private FieldSpec dimensionConstant(CatalogOutline.DimensionConstant dimension, Identifiers.Scope fields) {
    AttributeRef ref = dimension.attribute();
    String entityName = ref.entity();
    String lastSegment = entityName.substring(entityName.lastIndexOf('.') + 1);
    List<String> roles = ref.rolePath().map(RolePath::roles).orElse(List.of());
    String name = fields.claim(
        Identifiers.constant(Identifiers.words(concat(List.of(lastSegment, ref.attribute()), roles))),
        Identifiers.constant(Identifiers.words(concat(List.of(entityName, ref.attribute()), roles))));
    dimensionConstants.put(ref, name);
    CodeBlock.Builder doc = CodeBlock.builder();
    description(dimension.metadata(), dimension.origin()).ifPresent(text -> doc.add("$L\n\n<p>", text));
    doc.add("Attribute {@code $L}, of {@code $L} values,\n", ref, dimension.type().simpleName());
    ref.rolePath().ifPresentOrElse(
        p -> doc.add("reached through the role path {@code $L}.\n", p),
        () -> doc.add("reached from each fact by its nearest path.\n"));
    CodeBlock.Builder initializer = CodeBlock.builder()
        .add("$T.of($S, $S, $T.class", DIMENSION_REF, entityName, ref.attribute(), dimension.type());
    roles.forEach(role -> initializer.add(", $S", role));
    return FieldSpec.builder(ParameterizedTypeName.get(DIMENSION_REF, dimension.type()), name,
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(doc.build())
        .initializer(initializer.add(")").build())
        .build();
  }

  // --- the catalog's API ---------------------------------------------------------------------------------------

  private void addApi(TypeSpec.Builder type) {
    type.addMethod(switch (source) {
      case ModelSource.FromDefinitions definitions -> MethodSpec.methodBuilder("model")
          .addJavadoc("The validated semantic model.\n")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(COMPILED_MODEL)
          .addStatement("$T compiled = model", COMPILED_MODEL)
          .beginControlFlow("if (compiled == null)")
          .beginControlFlow("synchronized ($T.class)", catalog)
          .addStatement("compiled = model")
          .beginControlFlow("if (compiled == null)")
          .addStatement("compiled = compile()")
          .addStatement("model = compiled")
          .endControlFlow()
          .endControlFlow()
          .endControlFlow()
          .addStatement("return compiled")
          .build();
      case ModelSource.StandIn standIn -> MethodSpec.methodBuilder("model")
          .addJavadoc("Throws: this stand-in has no model.\n")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(COMPILED_MODEL)
          .addStatement("throw new $T($S)", IllegalStateException.class, catalog.simpleName()
              + " is a stand-in that Grainline generated because the definitions of package " + packageName
              + " did not compile; fix the errors the compiler reported, and build again")
          .build();
    });
    ParameterSpec dataSource = ParameterSpec.builder(DATA_SOURCE, "dataSource").build();
    type.addMethod(MethodSpec.methodBuilder("connect")
        .addJavadoc("The catalog over a database whose dialect is read from its JDBC metadata.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(dataSource)
        .returns(catalog)
        .addStatement("return new $T($T.create(model(), dataSource))", catalog, SEMANTIC_LAYER)
        .build());
    type.addMethod(MethodSpec.methodBuilder("connect")
        .addJavadoc("The catalog over a database of the given dialect.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(dataSource)
        .addParameter(DIALECT, "dialect")
        .returns(catalog)
        .addStatement("return new $T($T.create(model(), dataSource, dialect))", catalog, SEMANTIC_LAYER)
        .build());
    type.addMethod(MethodSpec.methodBuilder("using")
        .addJavadoc("The catalog over a layer built elsewhere, with options of its own; the layer must serve this\n"
            + "catalog's model.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(SEMANTIC_LAYER, "layer")
        .returns(catalog)
        .addStatement("$T.requireNonNull(layer, $S)", OBJECTS, "layer")
        .beginControlFlow("if (!layer.model().name().equals(model().name()))")
        .addStatement("throw new $T($S + layer.model().name() + $S + model().name())", IllegalArgumentException.class,
            "the layer serves model ", ", not ")
        .endControlFlow()
        .addStatement("return new $T(layer)", catalog)
        .build());
    type.addMethod(MethodSpec.methodBuilder("layer")
        .addJavadoc("The layer this catalog queries through.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(SEMANTIC_LAYER)
        .addStatement("return layer")
        .build());
    outline.tenant().ifPresent(tenant -> addTenantMethods(type, tenant));
    type.addMethod(MethodSpec.methodBuilder("query")
        .addJavadoc("A typed query of this catalog's metrics; continue with {@code by(...)} and its dimension\n"
            + "constants.\n")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(ArrayTypeName.of(ParameterizedTypeName.get(METRIC_REF, WildcardTypeName.subtypeOf(Object.class))),
            "metrics")
        .varargs()
        .returns(TYPED_QUERY)
        .addStatement("return layer.query(metrics)")
        .build());
    type.addMethod(MethodSpec.methodBuilder("textQuery")
        .addJavadoc("A query by metric names, with dimensions and filters as text.\n")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(String[].class, "metrics")
        .varargs()
        .returns(TEXT_QUERY)
        .addStatement("return layer.textQuery(metrics)")
        .build());
  }

  /**
   * {@code forTenant(int accountId)} and {@code allTenants()}: the catalog over its layer bound to one tenant, or to
   * every tenant by name. Named-query methods of the bound catalog read that tenant's rows too.
   */
  private void addTenantMethods(TypeSpec.Builder type, CatalogOutline.TenantKeyOutline tenant) {
    TypeName valueType = switch (tenant.type()) {
      case INTEGER -> TypeName.INT;
      case BIGINT -> TypeName.LONG;
      case TEXT -> ClassName.get(String.class);
      case BOOLEAN, DECIMAL, DOUBLE, DATE, TIMESTAMP -> ClassName.get(tenant.type().javaType());
    };
    String parameter = Identifiers.camel(Identifiers.words(List.of(tenant.column())));
    type.addMethod(MethodSpec.methodBuilder("forTenant")
        .addJavadoc("This catalog for one tenant: every query of the catalog it returns reads only the rows whose\n"
            + "{@code $L} is {@code $L}, restricted inside the SQL; that catalog cannot be rebound.\n",
            tenant.column(), parameter)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(valueType, parameter)
        .returns(catalog)
        .addStatement("return new $T(layer.forTenant($L))", catalog, parameter)
        .build());
    type.addMethod(MethodSpec.methodBuilder("allTenants")
        .addJavadoc("This catalog for every tenant's rows, the operator's view: the model's queries are per tenant\n"
            + "unless they ask for this by name.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(catalog)
        .addStatement("return new $T(layer.allTenants())", catalog)
        .build());
  }

  // --- named queries -------------------------------------------------------------------------------------------

  private void addNamedQuery(TypeSpec.Builder type, CatalogOutline.QueryMethod query, Identifiers.Scope methods,
      Identifiers.Scope nestedTypes) {
    List<String> words = Identifiers.words(query.shortName());
    String method = methods.claim(Identifiers.camel(words), Identifiers.camel(concat(words, List.of("rows"))));
    ClassName row = catalog.nestedClass(nestedTypes.claim(Identifiers.pascal(concat(words, List.of("row")))));

    // The method's own parameters; "layer", "query" and "row" are names its body uses.
    Identifiers.Scope parameterNames = new Identifiers.Scope("", "layer", "query", "row");
    List<ParameterSpec> parameters = new ArrayList<>();
    CodeBlock.Builder binds = CodeBlock.builder();
    for (Node.Parameter parameter : query.parameters()) {
      String name = parameterNames.claim(Identifiers.camel(Identifiers.words(parameter.name())));
      parameters.add(ParameterSpec.builder(parameterType(parameter.type()), name).build());
      binds.add("\n.bind($S, $N)", parameter.name(), name);
    }
    CodeBlock signature = CodeBlock.join(parameters.stream().map(p -> CodeBlock.of("$T", p.type())).toList(), ", ");

    Identifiers.Scope components = new Identifiers.Scope("", RECORD_FORBIDDEN::contains);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    CodeBlock.Builder rowDoc = CodeBlock.builder()
        .add("A row of {@link $T#$L($L)}:$Lthe requested dimensions, then the requested metrics.\n", catalog,
            method, signature, parameters.isEmpty() ? " " : "\n");
    if (!query.dimensions().isEmpty() || !query.metrics().isEmpty()) {
      rowDoc.add("\n");
    }
    List<CodeBlock> values = new ArrayList<>();
    for (CatalogOutline.DimensionConstant dimension : query.dimensions()) {
      AttributeRef ref = dimension.attribute();
      List<String> roles = ref.rolePath().map(RolePath::roles).orElse(List.of());
      String entityLast = ref.entity().substring(ref.entity().lastIndexOf('.') + 1);
      String component = components.claim(
          Identifiers.camel(Identifiers.words(concat(List.of(ref.attribute()), roles))),
          Identifiers.camel(Identifiers.words(concat(List.of(entityLast, ref.attribute()), roles))));
      constructor.addParameter(dimension.type(), component);
      rowDoc.add("@param $L {@code $L}\n", component, ref);
      values.add(CodeBlock.of("row.get($L)", dimensionReference(dimension)));
    }
    for (CatalogOutline.MetricConstant metric : query.metrics()) {
      String component = components.claim(Identifiers.camel(Identifiers.words(metric.shortName())),
          Identifiers.camel(Identifiers.words(metric.metric())));
      constructor.addParameter(metric.type(), component);
      rowDoc.add("@param $L {@code $L}\n", component, metric.metric());
      values.add(CodeBlock.of("row.get($L)", metricReference(metric)));
    }
    type.addType(TypeSpec.recordBuilder(row)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(rowDoc.build())
        .recordConstructor(constructor.build())
        .build());

    CodeBlock.Builder doc = CodeBlock.builder();
    description(query.metadata(), query.origin()).ifPresent(text -> doc.add("$L\n\n<p>", text));
    doc.add("Runs the named query {@code $L}.\n", query.name());
    if (!parameters.isEmpty()) {
      doc.add("\n");
    }
    for (int i = 0; i < parameters.size(); i++) {
      doc.add("@param $N the value of parameter {@code $L}\n", parameters.get(i), query.parameters().get(i).name());
    }
    CodeBlock.Builder body = CodeBlock.builder();
    CodeBlock run;
    if (parameters.isEmpty()) {
      run = CodeBlock.of("layer.named($S)", query.name());
    } else {
      body.add("$T query = layer.named($S)$>$>$L;\n$<$<", NAMED_METRIC_QUERY, query.name(), binds.build());
      run = CodeBlock.of("query");
    }
    if (values.isEmpty()) {
      // A stand-in's query whose definition did not compile: its components are unknown.
      body.add("return $L.fetch().map(row -> new $T());\n", run, row);
    } else {
      body.add("return $L.fetch().map(row -> new $T(", run, row)
          .add("$>$>\n$L", CodeBlock.join(values, ",\n"))
          .add("$<$<));\n");
    }
    type.addMethod(MethodSpec.methodBuilder(method)
        .addJavadoc(doc.build())
        .addModifiers(Modifier.PUBLIC)
        .addParameters(parameters)
        .returns(ParameterizedTypeName.get(LIST, row))
        .addCode(body.build())
        .build());
  }

  /**
   * The Java type a named query's method takes a parameter as: the primitive where the type has one, since a
   * parameter's value is never NULL (a condition tests for NULL with isNull()), the class otherwise.
   */
  private static TypeName parameterType(SqlType type) {
    return switch (type) {
      case INTEGER -> TypeName.INT;
      case BIGINT -> TypeName.LONG;
      case DOUBLE -> TypeName.DOUBLE;
      case BOOLEAN -> TypeName.BOOLEAN;
      case DECIMAL, TEXT, DATE, TIMESTAMP -> ClassName.get(type.javaType());
    };
  }

  private CodeBlock dimensionReference(CatalogOutline.DimensionConstant dimension) {
    AttributeRef ref = dimension.attribute();
    String constant = dimensionConstants.get(ref);
    if (constant != null) {
      return CodeBlock.of("$N", constant);
    }
    // Every role path some entity reaches a dimension by has a constant; this is for safety, not for use.
    CodeBlock.Builder inline = CodeBlock.builder().add("$T.of($S, $S, $T.class", DIMENSION_REF, ref.entity(),
        ref.attribute(), dimension.type());
    ref.rolePath().ifPresent(p -> p.roles().forEach(role -> inline.add(", $S", role)));
    return inline.add(")").build();
  }

  private CodeBlock metricReference(CatalogOutline.MetricConstant metric) {
    String constant = metricConstants.get(metric.metric());
    return constant != null
        ? CodeBlock.of("$N", constant)
        : CodeBlock.of("$T.of($S, $T.class)", METRIC_REF, metric.metric(), metric.type());
  }

  // --- the model's declaration -----------------------------------------------------------------------------------

  private MethodSpec declarationMethod(ModelSource.FromDefinitions definitions, Map<String, String> declareMethods) {
    ModelDeclaration declaration = definitions.declaration();
    CodeBlock.Builder body = CodeBlock.builder()
        .addStatement("$T model = $T.declare($S, $S)", DECLARATION, CATALOG_SUPPORT, declaration.name(),
            declaration.namespace());
    // An included model is declared by its own catalog, from the classes it was compiled with.
    definitions.includedCatalogs().forEach(included -> body.addStatement("model.include($T.model())", included));
    for (ClassDeclaration declared : declaration.classes()) {
      Metadata metadata = declared.metadata();
      CodeBlock described = CodeBlock.of("$S, $S, $S", metadata.description(), metadata.unit(), metadata.format());
      CodeBlock start = switch (declared.kind()) {
        case FACT -> CodeBlock.of("model.fact($S, $S, $L)", declared.className(), declared.entityName(), described);
        case DIMENSION -> CodeBlock.of("model.dimension($S, $S, $L)", declared.className(), declared.entityName(),
            described);
        case METRICS -> CodeBlock.of("model.metrics($S, $L)", declared.className(), described);
      };
      body.addStatement("$N($L)", declareMethods.get(declared.className()), start);
    }
    body.addStatement("return model.compile()");
    return MethodSpec.methodBuilder("compile")
        .addJavadoc("The model, declared from the fields of this package's definitions directly.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(COMPILED_MODEL)
        .addCode(body.build())
        .build();
  }

  private MethodSpec classDeclarationMethod(ClassDeclaration declared, String methodName) {
    ClassName owner = classNames.get(declared.className());
    CodeBlock.Builder body = CodeBlock.builder();
    for (MemberDeclaration member : declared.members()) {
      body.addStatement("$L", member(owner, member));
    }
    return MethodSpec.methodBuilder(methodName)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(DECLARED_CLASS, "type")
        .addCode(body.build())
        .build();
  }

  private static CodeBlock member(ClassName owner, MemberDeclaration member) {
    Metadata metadata = member.metadata();
    if (member.name().isEmpty() && metadata.equals(Metadata.NONE)) {
      return CodeBlock.of("type.member($S, $T.$N)", member.field(), owner, member.field());
    }
    return CodeBlock.of("type.member($S, $T.$N, $S,$W$S, $S, $S)", member.field(), owner, member.field(),
        member.name().orElse(""), metadata.description(), metadata.unit(), metadata.format());
  }

  // --- javadoc ---------------------------------------------------------------------------------------------------

  /** The {@code @Describe} text of a definition, or else its own javadoc. */
  private Optional<String> description(Metadata metadata, Origin origin) {
    if (!metadata.description().isBlank()) {
      return Optional.of(escape(metadata.description().strip()));
    }
    // javac gives a comment's lines with the space that followed each " *".
    return Optional.ofNullable(docComments.get(origin))
        .map(text -> text.lines().map(line -> line.startsWith(" ") ? line.substring(1) : line)
            .collect(Collectors.joining("\n")));
  }

  private static String unitAndFormat(Metadata metadata) {
    StringBuilder text = new StringBuilder();
    if (!metadata.unit().isBlank()) {
      text.append(", in ").append(escape(metadata.unit()));
    }
    if (!metadata.format().isBlank()) {
      text.append(", formatted {@code ").append(metadata.format().replace("}", "&#125;")).append('}');
    }
    return text.toString();
  }

  /** Plain text as javadoc HTML, which must also not end the comment. */
  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
        .replace("@", "&#64;");
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    List<T> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
