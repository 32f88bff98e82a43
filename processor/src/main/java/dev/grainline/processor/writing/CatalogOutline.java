package dev.grainline.processor.writing;

import com.palantir.javapoet.ClassName;
import dev.grainline.internal.model.AttributeDef;
import dev.grainline.internal.model.Entity;
import dev.grainline.internal.model.Metadata;
import dev.grainline.internal.model.MetricDef;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.NamedQueryDef;
import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.RolePath;
import dev.grainline.internal.model.assembly.ClassKind;
import dev.grainline.internal.model.assembly.Declared;
import dev.grainline.internal.model.assembly.ModelAssembler;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.graph.JoinPath;
import dev.grainline.internal.model.validation.ParameterRules;
import dev.grainline.processor.reading.ClassSignature;
import dev.grainline.processor.reading.ClassSignature.FieldKind;
import dev.grainline.processor.reading.ClassSignature.FieldSignature;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a catalog offers its users, in the order its names are handed out: a constant for every metric, a constant
 * for every attribute plainly and through every role path some entity reaches it by, and a method with a row type
 * for every named query.
 *
 * <p>A catalog of a valid model takes them from the model ({@link #of}). A stand-in catalog, written when the model
 * did not compile, takes them from the fields' declarations as far as they tell ({@link #standIn}): the user's
 * code that uses the catalog then compiles, and javac reports the mistake itself rather than a missing catalog.
 */
public record CatalogOutline(List<MetricConstant> metrics, List<DimensionConstant> dimensions,
    List<QueryMethod> queries, Optional<TenantKeyOutline> tenant) {
  public CatalogOutline {
    metrics = List.copyOf(metrics);
    dimensions = List.copyOf(dimensions);
    queries = List.copyOf(queries);
    java.util.Objects.requireNonNull(tenant, "tenant");
  }

  /** The model's tenant key, which the catalog's {@code forTenant} takes a value of: {@code forTenant(int accountId)}. */
  public record TenantKeyOutline(String column, dev.grainline.SqlType type) {}

  /** A metric's constant: {@code MetricRef<Double> TOTAL_REVENUE}. */
  public record MetricConstant(String metric, ClassName type, Metadata metadata, Origin origin) {
    /** "total_revenue" for "v3.total_revenue". */
    String shortName() {
      return metric.substring(metric.lastIndexOf('.') + 1);
    }
  }

  /** An attribute's constant, plain or through a role path: {@code DimensionRef<Integer> DATE_MONTH_ORDERED}. */
  public record DimensionConstant(AttributeRef attribute, ClassName type, Metadata metadata, Origin origin) {}

  /**
   * A named query's method, its parameters (in the order the method takes them) and the components of its row: the
   * requested dimensions, then the metrics.
   */
  public record QueryMethod(String name, List<Node.Parameter> parameters, List<DimensionConstant> dimensions,
      List<MetricConstant> metrics, Metadata metadata, Origin origin) {
    public QueryMethod {
      parameters = List.copyOf(parameters);
      dimensions = List.copyOf(dimensions);
      metrics = List.copyOf(metrics);
    }

    /** "revenue_by_category" for "v3.revenue_by_category". */
    String shortName() {
      return name.substring(name.lastIndexOf('.') + 1);
    }
  }

  /** The outline of a valid model. */
  public static CatalogOutline of(Model model) {
    List<MetricConstant> metrics = model.metrics().stream().map(CatalogOutline::constant).toList();
    List<DimensionConstant> dimensions = new ArrayList<>();
    for (Entity entity : model.entities()) {
      List<RolePath> paths = rolePathsTo(model, entity.name());
      for (AttributeDef attribute : entity.attributes()) {
        addConstants(dimensions, entity.name(), attribute.name(), type(attribute), attribute.metadata(),
            attribute.origin(), paths);
      }
    }
    List<QueryMethod> queries = model.queries().stream().map(query -> method(model, query)).toList();
    return new CatalogOutline(metrics, dimensions, queries, tenantKey(Optional.of(model)));
  }

  /**
   * The outline of a model that did not compile, from the signatures of its classes (those of included models
   * first), and from {@code partial}, the model assembled from the definitions that could be evaluated, if it
   * assembled: definitions it has come from it, the others from their declared types. An attribute's role paths
   * are known only from the partial model.
   */
  public static CatalogOutline standIn(Optional<Model> partial, List<ClassSignature> classes) {
    Map<Origin, MetricDef> metricDefs = new HashMap<>();
    Map<Origin, AttributeDef> attributeDefs = new HashMap<>();
    Map<Origin, NamedQueryDef> queryDefs = new HashMap<>();
    partial.ifPresent(model -> {
      model.metrics().forEach(m -> metricDefs.put(m.origin(), m));
      model.attributes().values().forEach(a -> attributeDefs.put(a.origin(), a));
      model.queries().forEach(q -> queryDefs.put(q.origin(), q));
    });

    List<MetricConstant> metrics = new ArrayList<>();
    Set<String> metricNames = new HashSet<>();
    for (ClassSignature type : classes) {
      for (FieldSignature field : fields(type, FieldKind.METRIC)) {
        Origin origin = new Origin(type.className(), field.field());
        MetricConstant constant = Optional.ofNullable(metricDefs.get(origin)).map(CatalogOutline::constant)
            .orElseGet(() -> new MetricConstant(
                ModelAssembler.metricName(type.namespace(), field.field(), field.name()), declaredType(field),
                field.metadata(), origin));
        if (metricNames.add(constant.metric())) {
          metrics.add(constant);
        }
      }
    }

    List<DimensionConstant> dimensions = new ArrayList<>();
    Set<String> entities = new HashSet<>();
    Set<Node.Declaration> attributes = Collections.newSetFromMap(new IdentityHashMap<>());
    for (ClassSignature type : classes) {
      if (type.kind() == ClassKind.METRICS || !entities.add(type.entityName())) {
        continue;
      }
      List<RolePath> paths = partial.filter(m -> m.entity(type.entityName()).isPresent())
          .map(m -> rolePathsTo(m, type.entityName()))
          .orElse(List.of());
      for (FieldSignature field : fields(type, FieldKind.ATTRIBUTE)) {
        Origin origin = new Origin(type.className(), field.field());
        AttributeDef def = attributeDefs.get(origin);
        if (def != null) {
          addConstants(dimensions, type.entityName(), def.name(), type(def), def.metadata(), origin, paths);
        } else if (declaresAttribute(field, partial.isPresent(), attributes)) {
          addConstants(dimensions, type.entityName(), field.name().orElse(ModelAssembler.snake(field.field())),
              declaredType(field), field.metadata(), origin, paths);
        }
      }
    }

    List<QueryMethod> queries = new ArrayList<>();
    Set<String> queryNames = new HashSet<>();
    for (ClassSignature type : classes) {
      for (FieldSignature field : fields(type, FieldKind.NAMED_QUERY)) {
        Origin origin = new Origin(type.className(), field.field());
        QueryMethod method = partial.isPresent() && queryDefs.containsKey(origin)
            ? method(partial.get(), queryDefs.get(origin))
            // Its components are unknown: a row without them still lets the code that calls it compile. Its
            // parameters are known if its definition could be evaluated.
            : new QueryMethod(ModelAssembler.metricName(type.namespace(), field.field(), field.name()),
                field.declared().filter(Declared.Query.class::isInstance).map(Declared.Query.class::cast)
                    .map(q -> ParameterRules.of(q.where(), q.having())).orElse(List.of()),
                List.of(), List.of(), field.metadata(), origin);
        if (queryNames.add(method.name())) {
          queries.add(method);
        }
      }
    }
    return new CatalogOutline(metrics, dimensions, queries, tenantKey(partial));
  }

  private static Optional<TenantKeyOutline> tenantKey(Optional<Model> model) {
    return model.flatMap(Model::tenancy).map(t -> new TenantKeyOutline(t.column(), t.type()));
  }

  /**
   * Whether an attribute field that is not in the partial model declares an attribute: unless its definition was
   * evaluated and is a role path of another attribute or the same declaration as an earlier field, or the model
   * assembled without it (then it is no declaration).
   */
  private static boolean declaresAttribute(FieldSignature field, boolean assembled, Set<Node.Declaration> seen) {
    if (field.declared().isEmpty()) {
      return true;
    }
    return !assembled && field.declared().get() instanceof Declared.Attribute attribute
        && attribute.rolePath().isEmpty() && seen.add(attribute.decl());
  }

  private static List<FieldSignature> fields(ClassSignature type, FieldKind kind) {
    return type.fields().stream().filter(f -> f.kind() == kind).toList();
  }

  private static ClassName declaredType(FieldSignature field) {
    return field.typeArgument().map(ClassName::bestGuess).orElse(ClassName.OBJECT);
  }

  private static MetricConstant constant(MetricDef metric) {
    return new MetricConstant(metric.name(), ClassName.get(metric.type().javaType()), metric.metadata(),
        metric.origin());
  }

  private static ClassName type(AttributeDef attribute) {
    return ClassName.get(attribute.type().javaType());
  }

  private static void addConstants(List<DimensionConstant> into, String entity, String attribute, ClassName type,
      Metadata metadata, Origin origin, List<RolePath> paths) {
    into.add(new DimensionConstant(new AttributeRef(entity, attribute, Optional.empty()), type, metadata, origin));
    for (RolePath path : paths) {
      into.add(new DimensionConstant(new AttributeRef(entity, attribute, Optional.of(path)), type, metadata,
          origin));
    }
  }

  private static QueryMethod method(Model model, NamedQueryDef query) {
    List<DimensionConstant> dimensions = new ArrayList<>();
    for (AttributeRef dimension : query.spec().dimensions()) {
      AttributeDef attribute = model.attribute(dimension.attributeName()).orElseThrow();
      dimensions.add(new DimensionConstant(dimension, type(attribute), attribute.metadata(), attribute.origin()));
    }
    List<MetricConstant> metrics = query.spec().metrics().stream()
        .map(name -> constant(model.metric(name).orElseThrow()))
        .toList();
    return new QueryMethod(query.name(), query.parameters(), dimensions, metrics, query.metadata(), query.origin());
  }

  /** The distinct non-empty role paths by which any entity reaches {@code target}, in name order. */
  private static List<RolePath> rolePathsTo(Model model, String target) {
    Map<String, RolePath> paths = new TreeMap<>();
    for (Entity from : model.entities()) {
      for (JoinPath path : model.graph().paths(from.name(), target)) {
        if (!path.rolePath().isEmpty()) {
          paths.putIfAbsent(path.rolePath().toString(), path.rolePath());
        }
      }
    }
    return List.copyOf(paths.values());
  }
}
