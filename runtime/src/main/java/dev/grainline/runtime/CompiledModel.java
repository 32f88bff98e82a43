package dev.grainline.runtime;

import dev.grainline.DefinitionException;
import dev.grainline.SqlType;
import dev.grainline.internal.model.AttributeDef;
import dev.grainline.internal.model.Metadata;
import dev.grainline.internal.model.MetricDef;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.NamedQueryDef;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.assembly.ModelAssembler;
import dev.grainline.internal.model.assembly.ModelDeclaration;
import dev.grainline.internal.model.assembly.ReflectiveDeclarations;
import dev.grainline.internal.model.validation.Message;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A semantic model assembled from its definitions and validated by the same rules javac ran on them: what a
 * generated catalog's {@code model()} returns and what a {@link SemanticLayer} serves. Immutable and thread-safe.
 */
public final class CompiledModel {
  private final Model model;
  /** What the model was assembled from, for models that include it; empty for a model assembled elsewhere. */
  private final Optional<ModelDeclaration> declaration;
  private final List<MetricInfo> metrics;
  private final List<AttributeInfo> attributes;

  CompiledModel(Model model, Optional<ModelDeclaration> declaration) {
    this.model = Objects.requireNonNull(model, "model");
    this.declaration = Objects.requireNonNull(declaration, "declaration");
    this.metrics = model.metrics().stream().map(CompiledModel::info).toList();
    this.attributes = model.attributes().values().stream().map(CompiledModel::info).toList();
  }

  /**
   * A model assembled by reflection from compiled definition classes, for builds that do not run Grainline's
   * annotation processor (Kotlin, or Eclipse's compiler). The same rules apply, but their problems surface here, as
   * a {@link DefinitionException}, instead of as compile errors at the offending line.
   *
   * @param name the model's name, as {@code @SemanticModel(catalog = ...)} gives it
   * @param namespace the prefix of metric names, as {@code @SemanticModel(namespace = ...)} gives it
   * @param classes the model's {@code @Fact}, {@code @Dimension} and {@code @Metrics} classes
   * @throws DefinitionException if the definitions break a rule, or {@code [GrainlineInvalidValue]} if an argument
   *     is null
   */
  public static CompiledModel ofClasses(String name, String namespace, Class<?>... classes) {
    definitionArgument(name, "name");
    definitionArgument(namespace, "namespace");
    definitionArgument(classes, "classes");
    for (int i = 0; i < classes.length; i++) {
      definitionArgument(classes[i], "classes[" + i + "]");
    }
    ModelDeclaration declaration = ReflectiveDeclarations.of(name, namespace, classes);
    return new CompiledModel(ModelAssembler.assemble(declaration).orThrow(), Optional.of(declaration));
  }

  /** The model's name, the simple name of its catalog class. */
  public String name() {
    return model.name();
  }

  /** The prefix of its metric names ("v3" in "v3.total_revenue"); empty if it has none. */
  public String namespace() {
    return model.namespace();
  }

  /** Every metric, in declaration order. */
  public List<MetricInfo> metrics() {
    return metrics;
  }

  /** The metric of this qualified name ("v3.total_revenue"). */
  public Optional<MetricInfo> metric(String name) {
    Arguments.present(name, "metric()", "name");
    return metrics.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /**
   * The entities (facts and dimensions, "v3.product") whose attributes a query of this metric can group and filter
   * by: those every fact the metric aggregates reaches over links, its own facts included; sorted by name. Empty
   * for a name the model has no metric of.
   */
  public List<String> reachableEntities(String metricName) {
    Set<String> shared = null;
    for (String entity : model.entitiesOf(metricName)) {
      Set<String> reachable = new TreeSet<>(model.graph().reachable(entity));
      reachable.add(entity);
      if (shared == null) {
        shared = reachable;
      } else {
        shared.retainAll(reachable);
      }
    }
    return shared == null ? List.of() : List.copyOf(new TreeSet<>(shared));
  }

  /**
   * The database schemas the model's tables are in, sorted ("" for a table named without one): what {@link
   * SemanticLayer.Builder#mapSchema} maps from.
   */
  public List<String> schemas() {
    return model.entities().stream()
        .flatMap(entity -> entity.source().tables().stream())
        .map(TableRef::schema)
        .distinct()
        .sorted()
        .toList();
  }

  /** Every attribute of every fact and dimension, by qualified name ("v3.product.category"). */
  public List<AttributeInfo> attributes() {
    return attributes;
  }

  /** The names of the model's named queries, in declaration order. */
  public List<String> namedQueries() {
    return model.queries().stream().map(NamedQueryDef::name).toList();
  }

  /**
   * The model's tenant key, if it declares one ({@code Grainline.tenantKey}): what {@link SemanticLayer#forTenant}
   * takes a value of.
   */
  public Optional<TenantKeyInfo> tenantKey() {
    return model.tenancy().map(t -> new TenantKeyInfo(t.column(), t.type(), t.required()));
  }

  /** Arguments of a model's definition are checked as definitions are: a DefinitionException, not a query's. */
  private static void definitionArgument(Object value, String parameter) {
    if (value == null) {
      throw Message.ARGUMENT_NULL.definitionError("ofClasses()", parameter);
    }
  }

  Model model() {
    return model;
  }

  Optional<ModelDeclaration> declaration() {
    return declaration;
  }

  @Override
  public String toString() {
    return "CompiledModel[" + name() + ": " + metrics.size() + " metrics, " + attributes.size() + " attributes, "
        + model.queries().size() + " named queries]";
  }

  /**
   * A metric: its qualified name, the type of its values (the same on every engine), and what its definition says
   * about itself ({@code @Describe}); empty strings where nothing was said.
   */
  public record MetricInfo(String name, SqlType type, String description, String unit, String format) {
    public MetricInfo {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(format, "format");
    }
  }

  /**
   * A tenant key: the tenant column's name, the type of its values ({@code INTEGER}, {@code BIGINT} or {@code TEXT}),
   * and whether queries must name a tenant ({@code forTenant}) or every tenant ({@code allTenants}), which they must
   * unless the key was declared {@code optional()}.
   */
  public record TenantKeyInfo(String column, SqlType type, boolean required) {
    public TenantKeyInfo {
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(type, "type");
    }
  }

  /** An attribute of a fact or dimension, by qualified name, with the type of its values and its description. */
  public record AttributeInfo(String name, SqlType type, boolean key, String description) {
    public AttributeInfo {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(description, "description");
    }
  }

  private static MetricInfo info(MetricDef metric) {
    Metadata metadata = metric.metadata();
    return new MetricInfo(metric.name(), metric.type(), metadata.description(), metadata.unit(), metadata.format());
  }

  private static AttributeInfo info(AttributeDef attribute) {
    return new AttributeInfo(attribute.qualifiedName(), attribute.type(), attribute.key(),
        attribute.metadata().description());
  }
}
