package dev.grainline.runtime;

import dev.grainline.internal.model.Metadata;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.assembly.ClassDeclaration;
import dev.grainline.internal.model.assembly.ClassKind;
import dev.grainline.internal.model.assembly.MemberDeclaration;
import dev.grainline.internal.model.assembly.ModelAssembler;
import dev.grainline.internal.model.assembly.ModelDeclaration;
import dev.grainline.internal.model.validation.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What generated catalogs call to declare their model: the one Grainline type they depend on besides the query
 * API. Not an API for applications: its methods follow the annotation processor of the same version, which is why
 * the processor refuses to run against a DSL of another version.
 *
 * <pre>{@code
 * CatalogSupport.Declaration model = CatalogSupport.declare("ShopCatalog", "shop");
 * model.include(SaasCatalog.model()); // for @SemanticModel(includes = SaasCatalog.class)
 * CatalogSupport.DeclaredClass orders = model.fact("shop.Orders", "shop.orders", "", "", "");
 * orders.member("REVENUE", Orders.REVENUE, "", "Revenue.", "EUR", "#,##0.00");
 * CompiledModel compiled = model.compile();
 * }</pre>
 */
public final class CatalogSupport {
  private CatalogSupport() {}

  /** Starts the declaration of the model {@code catalog}, whose metric names are prefixed with {@code namespace}. */
  public static Declaration declare(String catalog, String namespace) {
    return new Declaration(catalog, namespace);
  }

  /**
   * The internal model behind a compiled model, for Grainline's own modules (the command line, tests, benchmarks).
   */
  @SuppressWarnings("exports")
  public static Model modelOf(CompiledModel model) {
    return model.model();
  }

  /** The declaration of a model under construction. Not thread-safe; a catalog builds one in its initializer. */
  public static final class Declaration {
    private final String catalog;
    private final String namespace;
    private final List<DeclaredClass> classes = new ArrayList<>();
    private final List<ModelDeclaration> includes = new ArrayList<>();

    private Declaration(String catalog, String namespace) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      this.namespace = Objects.requireNonNull(namespace, "namespace");
    }

    /**
     * Makes an included model part of this one: its catalog's {@code model()}, which was declared the same way.
     *
     * @throws dev.grainline.DefinitionException {@code [GrainlineInvalidValue]} if the model is null or was not
     *     declared by a catalog or from classes
     */
    public Declaration include(CompiledModel included) {
      if (included == null) {
        throw Message.ARGUMENT_NULL.definitionError("include()", "included");
      }
      includes.add(included.declaration().orElseThrow(() ->
          Message.NOT_DECLARED_FROM_CLASSES.definitionError(included.name())));
      return this;
    }

    /** A {@code @Fact} class; the last three arguments are its {@code @Describe}, empty strings where absent. */
    public DeclaredClass fact(String className, String entity, String description, String unit, String format) {
      return add(className, ClassKind.FACT, entity, description, unit, format);
    }

    /** A {@code @Dimension} class. */
    public DeclaredClass dimension(String className, String entity, String description, String unit, String format) {
      return add(className, ClassKind.DIMENSION, entity, description, unit, format);
    }

    /** A {@code @Metrics} class. */
    public DeclaredClass metrics(String className, String description, String unit, String format) {
      return add(className, ClassKind.METRICS, "", description, unit, format);
    }

    private DeclaredClass add(String className, ClassKind kind, String entity, String description, String unit,
        String format) {
      DeclaredClass declared = new DeclaredClass(className, kind, entity, new Metadata(description, unit, format));
      classes.add(declared);
      return declared;
    }

    /**
     * Assembles and validates the model; a {@link dev.grainline.DefinitionException} if it has errors, which means
     * that the catalog was compiled from other definitions than the ones on the class path.
     */
    public CompiledModel compile() {
      List<ClassDeclaration> declared = classes.stream().map(DeclaredClass::declaration).toList();
      ModelDeclaration declaration = new ModelDeclaration(catalog, namespace, declared, includes, Map.of());
      return new CompiledModel(ModelAssembler.assemble(declaration).orThrow(), Optional.of(declaration));
    }
  }

  /** A model class under declaration: its static fields, in declaration order. */
  public static final class DeclaredClass {
    private final String className;
    private final ClassKind kind;
    private final String entity;
    private final Metadata metadata;
    private final List<MemberDeclaration> members = new ArrayList<>();

    private DeclaredClass(String className, ClassKind kind, String entity, Metadata metadata) {
      this.className = Objects.requireNonNull(className, "className");
      this.kind = kind;
      this.entity = Objects.requireNonNull(entity, "entity");
      this.metadata = metadata;
    }

    /** A static field without {@code @Name} or {@code @Describe}. */
    public DeclaredClass member(String field, Object value) {
      members.add(MemberDeclaration.of(field, value));
      return this;
    }

    /** A static field with its {@code @Name} (empty: none) and {@code @Describe} (empty strings where absent). */
    public DeclaredClass member(String field, Object value, String name, String description, String unit,
        String format) {
      members.add(new MemberDeclaration(field, value, name.isEmpty() ? Optional.empty() : Optional.of(name),
          new Metadata(description, unit, format), Optional.empty()));
      return this;
    }

    private ClassDeclaration declaration() {
      return new ClassDeclaration(className, kind, entity, metadata, members);
    }
  }
}
