package dev.grainline.internal.model.assembly;

import dev.grainline.SqlType;
import dev.grainline.dsl.TimeGrain;
import dev.grainline.internal.model.AttributeDef;
import dev.grainline.internal.model.Entity;
import dev.grainline.internal.model.EntityKind;
import dev.grainline.internal.model.EntitySource;
import dev.grainline.internal.model.LinkDef;
import dev.grainline.internal.model.MetricDef;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.NamedQueryDef;
import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.SortKey;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.TimePeriod;
import dev.grainline.internal.model.assembly.Lowering.AttributeName;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.graph.JoinGraph;
import dev.grainline.internal.model.query.QueryProblem;
import dev.grainline.internal.model.query.QueryResolver;
import dev.grainline.internal.model.query.QuerySpec;
import dev.grainline.internal.model.validation.DefinitionRules;
import dev.grainline.internal.model.validation.Diagnostic;
import dev.grainline.internal.model.validation.GraphRules;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.MetricAnnotationRules;
import dev.grainline.internal.model.validation.ParameterRules;
import dev.grainline.internal.model.validation.Report;
import dev.grainline.internal.model.validation.TypeChecker;
import dev.grainline.internal.model.validation.WindowRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds and validates a {@link Model} from the declarations of a model package. The processor runs it at
 * compile time and reports its diagnostics at the declarations; the generated catalog runs it again when the
 * application starts, so the model the runtime plans with is exactly the one javac accepted.
 */
public final class ModelAssembler {
  private final ModelDeclaration declaration;
  /** The model's classes: those of the models it includes, then its own. */
  private final List<ClassDeclaration> classes;
  /** The namespace of each class, by class name: a class keeps the namespace of the model that declares it. */
  private final Map<String, String> namespaces = new HashMap<>();
  private final Map<Node.Declaration, FieldRef> declaredElsewhere = new IdentityHashMap<>();
  private final Report report = new Report();

  private final Map<AttributeDecl, AttributeName> attributeNames = new IdentityHashMap<>();
  private final Map<MetricDeclaration, String> metricNames = new IdentityHashMap<>();
  private final Map<FieldRef, String> metricsByField = new HashMap<>();
  private final Map<String, Origin> metricOrigins = new LinkedHashMap<>();
  private final Map<String, ClassDeclaration> entityClasses = new LinkedHashMap<>();
  private final Map<String, EntitySource> sources = new LinkedHashMap<>();
  private final Map<TableRef, Set<String>> tableOwners = new HashMap<>();
  private final Map<String, AttributeDef> attributesByName = new HashMap<>();
  private final Lowering lowering;

  private ModelAssembler(ModelDeclaration declaration) {
    this.declaration = declaration;
    List<ClassDeclaration> all = new ArrayList<>();
    collect(declaration, all);
    this.classes = List.copyOf(all);
    this.lowering = new Lowering(attributeNames, metricNames, metricsByField, tableOwners, report);
  }

  public static Assembly assemble(ModelDeclaration declaration) {
    return new ModelAssembler(declaration).run();
  }

  /** The classes of {@code model} and of the models it includes, each class once (a model may be included twice). */
  private void collect(ModelDeclaration model, List<ClassDeclaration> into) {
    model.includes().forEach(included -> collect(included, into));
    declaredElsewhere.putAll(model.declaredElsewhere());
    for (ClassDeclaration type : model.classes()) {
      if (namespaces.putIfAbsent(type.className(), model.namespace()) == null) {
        into.add(type);
      }
    }
  }

  private Assembly run() {
    nameEntities();
    nameMembers();
    nameDeclaredElsewhere();
    List<Entity> entities = buildEntities();
    JoinGraph graph = new JoinGraph(entities);
    List<MetricDef> metrics = buildMetrics(graph);
    // Every rule runs, on the parts of the model that are sound so far, so that one compile shows every problem and
    // none that only follows from another: a metric with an error, or reading an entity with one, or using such a
    // metric, is left out of the rules that come after (and so are the named queries that use it).
    List<MetricDef> sound = sound(metrics);
    Model provisional = new Model(declaration.name(), declaration.namespace(), entities, sound, List.of());
    GraphRules.checkSharedDimensions(report, provisional);
    WindowRules.check(report, provisional);
    // Named queries are resolved like run-time queries, which assume well-formed windows.
    List<MetricDef> resolvable = sound(sound);
    Model checked = new Model(declaration.name(), declaration.namespace(), entities, resolvable, List.of());
    List<NamedQueryDef> queries = buildQueries(checked, brokenEntities());
    GraphRules.checkFanOut(report, checked);
    checkDeclaredTypes(checked);
    if (report.hasErrors()) {
      Model soundPart = new Model(declaration.name(), declaration.namespace(), entities, sound(resolvable), queries);
      return new Assembly(Optional.empty(), soundPart, report.diagnostics());
    }
    Model model = new Model(declaration.name(), declaration.namespace(), entities, metrics, queries);
    return new Assembly(Optional.of(model), model, report.diagnostics());
  }

  /**
   * The metrics without an error of their own (one reported at their declaration), that read no entity with an error
   * and use no metric that is not sound.
   */
  private List<MetricDef> sound(List<MetricDef> metrics) {
    Set<Origin> failed = report.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::origin)
        .collect(Collectors.toSet());
    Set<String> brokenEntities = brokenEntities();
    Model all = new Model(declaration.name(), declaration.namespace(), List.of(), metrics, List.of());
    Set<String> sound = new LinkedHashSet<>();
    for (MetricDef metric : metrics) {
      if (!failed.contains(metric.origin())
          && all.entitiesOf(metric.name()).stream().noneMatch(brokenEntities::contains)
          && Nodes.collect(metric.formula(), AttributeRef.class).stream()
              .noneMatch(ref -> brokenEntities.contains(ref.entity()))) {
        sound.add(metric.name());
      }
    }
    // A metric that uses one that is not sound is not sound either, however far down.
    boolean changed = true;
    while (changed) {
      changed = sound.removeIf(name -> Nodes.collect(all.metric(name).orElseThrow().formula(), Node.MetricUse.class)
          .stream().anyMatch(use -> !sound.contains(use.name())));
    }
    return metrics.stream().filter(m -> sound.contains(m.name())).toList();
  }

  /**
   * The entities with an error in what they declare as an entity (their class, source, attributes or links; not a
   * metric or named query declared beside them): what they declare may be missing or wrong.
   */
  private Set<String> brokenEntities() {
    Set<Origin> entityParts = new HashSet<>();
    for (ClassDeclaration type : classes) {
      entityParts.add(Origin.ofClass(type.className()));
      for (MemberDeclaration member : type.members()) {
        if (declaresEntityPart(member.declared())) {
          entityParts.add(new Origin(type.className(), member.field()));
        }
      }
    }
    Set<String> failedClasses = new HashSet<>();
    for (Diagnostic diagnostic : report.diagnostics()) {
      if (diagnostic.isError() && entityParts.contains(diagnostic.origin())) {
        failedClasses.add(diagnostic.origin().className());
      }
    }
    Set<String> broken = new HashSet<>();
    entityClasses.forEach((entity, type) -> {
      if (failedClasses.contains(type.className()) || !sources.containsKey(entity)) {
        broken.add(entity);
      }
    });
    return broken;
  }

  /** Whether a member declares part of its entity (its rows, attributes or links) rather than a metric or a query. */
  private static boolean declaresEntityPart(Declared declared) {
    return switch (declared) {
      case Declared.Table t -> true;
      case Declared.Source s -> true;
      case Declared.Attribute a -> true;
      case Declared.Column c -> true;
      case Declared.Condition c -> true;
      case Declared.Link l -> true;
      case Declared.Metric m -> false;
      case Declared.Query q -> false;
      case Declared.Sort o -> false;
      case Declared.PendingWindow w -> false;
      case Declared.NotDsl n -> false;
    };
  }

  // --- naming ------------------------------------------------------------------------------------------------------

  private void nameEntities() {
    Map<String, Origin> seen = new HashMap<>();
    for (ClassDeclaration type : classes) {
      if (type.kind() == ClassKind.METRICS) {
        continue;
      }
      Origin origin = Origin.ofClass(type.className());
      Origin previous = seen.putIfAbsent(type.entityName(), origin);
      if (previous != null) {
        report.duplicate(kindName(type.kind()), type.entityName(), previous, origin);
        continue;
      }
      entityClasses.put(type.entityName(), type);
      Optional<EntitySource> source = sourceOf(type, origin);
      source.ifPresent(s -> {
        sources.put(type.entityName(), s);
        s.tables().forEach(t -> tableOwners.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(type.entityName()));
      });
    }
  }

  private Optional<EntitySource> sourceOf(ClassDeclaration type, Origin origin) {
    List<EntitySource> declared = values(type, Declared.Source.class).stream().map(Declared.Source::source).toList();
    List<TableRef> tables = values(type, Declared.Table.class).stream().map(Declared.Table::table).toList();
    EntitySource source;
    if (declared.size() == 1) {
      source = declared.get(0);
    } else if (declared.isEmpty() && tables.size() == 1) {
      source = new EntitySource(tables.get(0), List.of());
    } else {
      if (declared.isEmpty()) {
        report.add(Message.SOURCE_TABLES, origin, null, type.entityName(), tables.size());
      } else {
        report.add(Message.SOURCE_SOURCES, origin, null, type.entityName(), declared.size());
      }
      return Optional.empty();
    }
    if (type.kind() == ClassKind.DIMENSION && !source.joins().isEmpty()) {
      // Shown at the Source field that joins, the definition to change.
      Origin sourceField = type.members().stream().filter(m -> m.declared() instanceof Declared.Source).findFirst()
          .map(m -> new Origin(type.className(), m.field())).orElse(origin);
      report.add(Message.DIMENSION_SOURCE, sourceField, null, type.entityName(), source.tables().size());
    }
    Set<String> aliases = new LinkedHashSet<>();
    for (TableRef table : source.tables()) {
      if (!aliases.add(table.alias())) {
        report.add(Message.DUPLICATE_ALIAS, origin, null, table.alias(), type.entityName());
      }
    }
    return Optional.of(source);
  }

  private void nameMembers() {
    Map<String, Origin> attributeOrigins = new HashMap<>();
    for (ClassDeclaration type : classes) {
      for (MemberDeclaration member : type.members()) {
        Origin origin = new Origin(type.className(), member.field());
        Declared declared = member.declared();
        if (declared instanceof Declared.Attribute attribute && attribute.rolePath().isEmpty()
            && !attributeNames.containsKey(attribute.decl())) {
          if (type.kind() == ClassKind.METRICS) {
            report.add(Message.ATTRIBUTE_IN_METRICS, origin, attribute.decl(), origin);
            continue;
          }
          String name = member.name().orElse(snake(member.field()));
          AttributeName attributeName = new AttributeName(type.entityName(), name, origin, attribute.decl());
          Origin previous = attributeOrigins.putIfAbsent(attributeName.qualified(), origin);
          if (previous != null) {
            report.duplicate("attribute", attributeName.qualified(), previous, origin);
            continue;
          }
          attributeNames.put(attribute.decl(), attributeName);
        } else if (declared instanceof Declared.Metric declaredMetric) {
          MetricDeclaration metric = declaredMetric.metric();
          String name = metricName(namespaces.get(type.className()), member.field(), member.name());
          if (metricNames.containsKey(metric)) {
            report.duplicate("metric definition", metricNames.get(metric), metricOrigins.get(metricNames.get(metric)),
                origin);
            continue;
          }
          Origin previous = metricOrigins.putIfAbsent(name, origin);
          if (previous != null) {
            report.duplicate("metric", name, previous, origin);
            continue;
          }
          metricNames.put(metric, name);
          metricsByField.put(new FieldRef(type.className(), member.field()), name);
        }
        if (!(declared instanceof Declared.Metric)) {
          MetricAnnotationRules.checkNotAMetric(report, member.annotations(), origin);
        }
      }
    }
  }

  /**
   * A declaration met again in another object, a copy read from an older class file, takes the name of the
   * field it stands for; then every identity lookup (link targets, attribute and metric uses) finds it.
   */
  private void nameDeclaredElsewhere() {
    Map<FieldRef, Declared> fields = new HashMap<>();
    for (ClassDeclaration type : classes) {
      for (MemberDeclaration member : type.members()) {
        fields.put(new FieldRef(type.className(), member.field()), member.declared());
      }
    }
    declaredElsewhere.forEach((copy, field) -> {
      Declared declared = fields.get(field);
      if (declared instanceof Declared.Attribute a && copy instanceof AttributeDecl decl
          && attributeNames.containsKey(a.decl())) {
        attributeNames.putIfAbsent(decl, attributeNames.get(a.decl()));
      } else if (declared instanceof Declared.Metric m && copy instanceof MetricDeclaration metric
          && metricNames.containsKey(m.metric())) {
        metricNames.putIfAbsent(metric, metricNames.get(m.metric()));
      }
    });
  }

  /** The name of the metric a field declares: {@code TOTAL_REVENUE} in namespace v3 is {@code v3.total_revenue}. */
  public static String metricName(String namespace, String field, Optional<String> declaredName) {
    String name = declaredName.orElse(snake(field));
    if (name.contains(".") || namespace.isEmpty()) {
      return name;
    }
    return namespace + "." + name;
  }

  /** TOTAL_REVENUE and totalRevenue both become total_revenue. */
  public static String snake(String field) {
    if (field.chars().noneMatch(Character::isLowerCase)) {
      return field.toLowerCase(Locale.ROOT);
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(field.charAt(i - 1))
          && field.charAt(i - 1) != '_') {
        out.append('_');
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }

  // --- entities ----------------------------------------------------------------------------------------------------

  private List<Entity> buildEntities() {
    List<Entity> entities = new ArrayList<>();
    Map<String, List<AttributeDef>> attributesByEntity = new LinkedHashMap<>();
    for (var entry : entityClasses.entrySet()) {
      String entity = entry.getKey();
      ClassDeclaration type = entry.getValue();
      EntitySource source = sources.get(entity);
      if (source == null) {
        continue;
      }
      List<EntitySource.Join> joins = new ArrayList<>();
      for (EntitySource.Join join : source.joins()) {
        Origin origin = Origin.ofClass(type.className());
        Node on = lowering.row(join.on(), entity, origin);
        DefinitionRules.checkRow(report, on, "the join condition of " + join.table(), entity, source, origin);
        joins.add(new EntitySource.Join(join.table(), join.type(), on));
      }
      sources.put(entity, new EntitySource(source.from(), joins));
      attributesByEntity.put(entity, buildAttributes(entity, type, sources.get(entity)));
    }
    for (var entry : attributesByEntity.entrySet()) {
      String entity = entry.getKey();
      ClassDeclaration type = entityClasses.get(entity);
      Origin origin = Origin.ofClass(type.className());
      List<LinkDef> links = buildLinks(entity, type, sources.get(entity));
      EntityKind kind = type.kind() == ClassKind.FACT ? EntityKind.FACT : EntityKind.DIMENSION;
      if (kind == EntityKind.DIMENSION && entry.getValue().stream().noneMatch(AttributeDef::key)) {
        report.add(Message.DIMENSION_KEY, origin, null, entity);
      }
      entities.add(new Entity(entity, kind, sources.get(entity), entry.getValue(), links, type.metadata(), origin));
    }
    checkColumnTypes();
    return entities;
  }

  private List<AttributeDef> buildAttributes(String entity, ClassDeclaration type, EntitySource source) {
    List<AttributeDef> attributes = new ArrayList<>();
    for (MemberDeclaration member : type.members()) {
      if (!(member.declared() instanceof Declared.Attribute attribute)) {
        continue;
      }
      AttributeName name = attributeNames.get(attribute.decl());
      if (name == null || !name.origin().member().equals(member.field())
          || !name.origin().className().equals(type.className())) {
        continue;
      }
      Origin origin = name.origin();
      Node expr = lowering.row(attribute.decl().definition(), entity, origin);
      int errors = report.errorCount();
      DefinitionRules.checkRow(report, expr, "attribute " + name.qualified(), entity, source, origin);
      Optional<SqlType> valueType = rowTypes(origin).typeOf(expr);
      if (report.errorCount() > errors || valueType.isEmpty()) {
        continue;
      }
      Optional<TimePeriod> period = period(attribute.decl(), expr, valueType.get(), name, source, origin);
      if (report.errorCount() > errors) {
        continue;
      }
      AttributeDef def = new AttributeDef(entity, name.name(), expr, valueType.get(), attribute.decl().key(),
          period, member.metadata(), origin);
      attributes.add(def);
      attributesByName.put(def.qualifiedName(), def);
    }
    return attributes;
  }

  /**
   * The period a time attribute names: as declared with periodOf; else a truncated date or timestamp names a period
   * of its grain, and a date names its day.
   */
  private Optional<TimePeriod> period(AttributeDecl decl, Node expr, SqlType type, AttributeName name,
      EntitySource source, Origin origin) {
    if (decl.period().isPresent()) {
      AttributeDecl.DeclaredPeriod declared = decl.period().get();
      Node date = lowering.row(declared.date(), name.entity(), origin);
      DefinitionRules.checkRow(report, date, "the date of " + name.qualified(), name.entity(), source, origin);
      Optional<SqlType> dateType = rowTypes(origin).typeOf(date);
      if (dateType.isPresent() && !dateType.get().isTemporal()) {
        report.add(Message.PERIOD_DATE, origin, date, name.qualified(), name.entity(),
            Nodes.describe(date) + " (" + dateType.get().display() + ")");
        return Optional.empty();
      }
      return Optional.of(new TimePeriod(declared.grain(), date));
    }
    if (expr instanceof Node.TimeTrunc trunc) {
      return Optional.of(new TimePeriod(trunc.grain(), trunc.operand()));
    }
    return type == SqlType.DATE ? Optional.of(new TimePeriod(TimeGrain.DAY, expr)) : Optional.empty();
  }

  private List<LinkDef> buildLinks(String entity, ClassDeclaration type, EntitySource source) {
    List<LinkDef> links = new ArrayList<>();
    Map<String, String> byTargetAndRole = new HashMap<>();
    for (MemberDeclaration member : type.members()) {
      if (!(member.declared() instanceof Declared.Link link)) {
        continue;
      }
      Origin origin = new Origin(type.className(), member.field());
      Optional<LinkDef> built = buildLink(entity, source, member, link, origin);
      if (built.isEmpty()) {
        continue;
      }
      LinkDef def = built.get();
      String key = def.toEntity() + "|" + def.role().orElse("");
      String previous = byTargetAndRole.putIfAbsent(key, def.name());
      if (previous != null) {
        report.add(Message.AMBIGUOUS_LINKS, origin, member.value(), entity, def.toEntity(),
            def.role().map(r -> "with the role " + r).orElse("without a role"), previous + ", " + def.name());
        continue;
      }
      links.add(def);
    }
    return links;
  }

  private Optional<LinkDef> buildLink(String entity, EntitySource source, MemberDeclaration member,
      Declared.Link link, Origin origin) {
    String field = member.field();
    List<AttributeName> targets = new ArrayList<>();
    for (AttributeDecl target : link.to()) {
      AttributeName name = attributeNames.get(target);
      FieldRef elsewhere = declaredElsewhere.get(target);
      if (name == null && elsewhere != null && !namespaces.containsKey(elsewhere.className())) {
        String owner = elsewhere.className().substring(elsewhere.className().lastIndexOf('.') + 1);
        report.add(Message.LINK_TARGET_NOT_DIMENSION, origin, member.value(), field, owner + "." + elsewhere.field(),
            owner);
        return Optional.empty();
      }
      if (name == null) {
        report.add(Message.LINK_TARGET_UNDECLARED, origin, member.value(), field);
        return Optional.empty();
      }
      targets.add(name);
    }
    String dimension = targets.get(0).entity();
    ClassDeclaration dimensionClass = entityClasses.get(dimension);
    List<String> key = attributesByName.values().stream()
        .filter(a -> a.entity().equals(dimension) && a.key())
        .sorted(java.util.Comparator.comparing(a -> attributeOrder(a)))
        .map(AttributeDef::name)
        .toList();
    List<String> targetNames = targets.stream().map(AttributeName::name).toList();
    String shownTargets = targets.stream().map(AttributeName::qualified).collect(Collectors.joining(", "));
    if (targets.stream().anyMatch(t -> !t.entity().equals(dimension)) || dimensionClass == null
        || dimensionClass.kind() != ClassKind.DIMENSION) {
      report.add(Message.LINK_TARGET_ONE_DIMENSION, origin, member.value(), field, shownTargets);
      return Optional.empty();
    }
    if (!new LinkedHashSet<>(targetNames).equals(new LinkedHashSet<>(key))) {
      report.add(Message.LINK_TARGET, origin, member.value(), field, dimension, String.join(", ", key), shownTargets);
      return Optional.empty();
    }
    if (link.from().size() != targets.size()) {
      report.add(Message.LINK_ARITY, origin, member.value(), field, link.from().size(), targets.size(), dimension);
      return Optional.empty();
    }
    List<Node> from = new ArrayList<>();
    TypeChecker types = rowTypes(origin);
    for (int i = 0; i < link.from().size(); i++) {
      Node expr = lowering.row(link.from().get(i), entity, origin);
      int errors = report.errorCount();
      DefinitionRules.checkRow(report, expr, "link " + field, entity, source, origin);
      AttributeDef target = attributesByName.get(targets.get(i).qualified());
      Optional<SqlType> type = types.typeOf(expr);
      if (report.errorCount() > errors || type.isEmpty() || target == null) {
        return Optional.empty();
      }
      if (!type.get().isComparableWith(target.type())) {
        report.add(Message.TYPE_LINK, origin, link.from().get(i), field, type.get().display(),
            target.qualifiedName(), target.type().display());
        return Optional.empty();
      }
      from.add(expr);
    }
    return Optional.of(new LinkDef(field, entity, dimension, from, targetNames, link.role(), link.joinType(),
        link.cardinality(), origin));
  }

  private int attributeOrder(AttributeDef attribute) {
    ClassDeclaration type = entityClasses.get(attribute.entity());
    List<String> fields = type.members().stream().map(MemberDeclaration::field).toList();
    return fields.indexOf(attribute.origin().member());
  }

  /** The same physical column must have the same type wherever it is declared. */
  private void checkColumnTypes() {
    Map<String, ColumnRef> first = new HashMap<>();
    Map<String, Origin> firstOrigin = new HashMap<>();
    for (ClassDeclaration type : classes) {
      for (MemberDeclaration member : type.members()) {
        Origin origin = new Origin(type.className(), member.field());
        for (Node root : roots(member.declared())) {
          for (ColumnRef column : Nodes.collect(root, ColumnRef.class)) {
            String key = column.table().qualifiedName() + "." + column.column();
            ColumnRef earlier = first.putIfAbsent(key, column);
            firstOrigin.putIfAbsent(key, origin);
            if (earlier != null && earlier.type() != column.type()) {
              report.add(Message.COLUMN_TYPE, origin, column, key, column.type().display(),
                  earlier.type().display(), firstOrigin.get(key));
            }
          }
        }
      }
    }
  }

  /** The expressions a member declares whose columns it reads. */
  private static List<Node> roots(Declared declared) {
    return switch (declared) {
      case Declared.Attribute a -> List.of(a.decl().definition());
      case Declared.Metric m -> List.of(m.metric().definition());
      case Declared.Column c -> List.of(c.expression());
      case Declared.Link l -> l.from();
      case Declared.Source s -> s.source().joins().stream().map(EntitySource.Join::on).toList();
      case Declared.Table t -> List.of();
      case Declared.Condition c -> List.of();
      case Declared.Query q -> List.of();
      case Declared.Sort o -> List.of();
      case Declared.PendingWindow w -> List.of();
      case Declared.NotDsl n -> List.of();
    };
  }

  private TypeChecker rowTypes(Origin origin) {
    return new TypeChecker(scope(Map.of()), (node, message, args) -> report.add(message, origin, node, args));
  }

  private TypeChecker.Scope scope(Map<String, SqlType> metricTypes) {
    return new TypeChecker.Scope() {
      @Override
      public Optional<SqlType> metricType(String metricName) {
        return Optional.ofNullable(metricTypes.get(metricName));
      }

      @Override
      public Optional<SqlType> attributeType(AttributeRef ref) {
        return Optional.ofNullable(attributesByName.get(ref.attributeName())).map(AttributeDef::type);
      }
    };
  }

  // --- metrics -----------------------------------------------------------------------------------------------------

  private List<MetricDef> buildMetrics(JoinGraph graph) {
    Map<String, GraphRules.Draft> drafts = new LinkedHashMap<>();
    Map<String, MemberDeclaration> members = new HashMap<>();
    for (ClassDeclaration type : classes) {
      Optional<String> declaringEntity =
          type.kind() == ClassKind.METRICS ? Optional.empty() : Optional.of(type.entityName());
      for (MemberDeclaration member : type.members()) {
        if (!(member.declared() instanceof Declared.Metric declaredMetric)
            || !metricNames.containsKey(declaredMetric.metric())) {
          continue;
        }
        MetricDeclaration metric = declaredMetric.metric();
        String name = metricNames.get(metric);
        Origin origin = metricOrigins.get(name);
        if (!origin.member().equals(member.field()) || !origin.className().equals(type.className())) {
          continue;
        }
        int errors = report.errorCount();
        Node formula = lowering.metric(metric.definition(), declaringEntity, origin);
        if (report.errorCount() == errors && DefinitionRules.checkMetric(report, name, formula, origin)) {
          MetricAnnotationRules.check(report, name, formula, member.annotations(), origin);
          GraphRules.checkJoinedAttributes(report, graph, name, formula, origin);
        }
        drafts.put(name, new GraphRules.Draft(name, formula, origin));
        members.put(name, member);
      }
    }
    Set<String> broken = GraphRules.checkCycles(report, drafts);

    // Type the metrics in dependency order; a metric whose inputs failed gets no type and no second error.
    Map<String, SqlType> types = new HashMap<>();
    TypeChecker.Scope scope = scope(types);
    List<MetricDef> metrics = new ArrayList<>();
    Set<String> visiting = new java.util.HashSet<>();
    for (String name : drafts.keySet()) {
      typeMetric(name, drafts, broken, types, visiting, scope);
    }
    for (var draft : drafts.values()) {
      SqlType type = types.get(draft.name());
      if (type != null) {
        metrics.add(new MetricDef(draft.name(), draft.formula(), type, members.get(draft.name()).metadata(),
            draft.origin()));
      }
    }
    return metrics;
  }

  private void typeMetric(String name, Map<String, GraphRules.Draft> drafts, Set<String> broken,
      Map<String, SqlType> types, Set<String> visiting, TypeChecker.Scope scope) {
    if (types.containsKey(name) || broken.contains(name) || !drafts.containsKey(name) || !visiting.add(name)) {
      return;
    }
    GraphRules.Draft draft = drafts.get(name);
    for (Node.MetricUse ref : Nodes.collect(draft.formula(), Node.MetricUse.class)) {
      typeMetric(ref.name(), drafts, broken, types, visiting, scope);
    }
    boolean inputsTyped = Nodes.collect(draft.formula(), Node.MetricUse.class).stream()
        .allMatch(r -> types.containsKey(r.name()));
    if (inputsTyped && Nodes.collect(draft.formula(), Node.Aggregate.class).stream()
        .noneMatch(a -> a.entity().equals(Node.Aggregate.UNRESOLVED))) {
      new TypeChecker(scope, (node, message, args) -> report.add(message, draft.origin(), node, args))
          .typeOf(draft.formula())
          .ifPresent(type -> types.put(name, type));
    }
  }

  // --- named queries -----------------------------------------------------------------------------------------------

  /**
   * Resolves the named queries as run-time queries are resolved. A query that uses a metric or an attribute that
   * is not part of the sound model (because its definition has an error) is left for the next compile: resolving it
   * now would only report that what it uses is missing.
   */
  private List<NamedQueryDef> buildQueries(Model model, Set<String> brokenEntities) {
    List<NamedQueryDef> queries = new ArrayList<>();
    Map<String, Origin> seen = new HashMap<>();
    QueryResolver resolver = new QueryResolver(model);
    for (ClassDeclaration type : classes) {
      for (MemberDeclaration member : type.members()) {
        if (!(member.declared() instanceof Declared.Query query)) {
          continue;
        }
        Origin origin = new Origin(type.className(), member.field());
        // Named like metrics, so that every name of the model is a namespaced one: v3.revenue_by_category.
        String name = metricName(namespaces.get(type.className()), member.field(), member.name());
        Origin previous = seen.putIfAbsent(name, origin);
        if (previous != null) {
          report.duplicate("named query", name, previous, origin);
          continue;
        }
        Optional<QuerySpec> spec = querySpec(query, origin);
        if (spec.isEmpty() || usesBrokenParts(spec.get(), model, brokenEntities)) {
          continue;
        }
        if (!ParameterRules.check(spec.get(), TypeChecker.Scope.of(model),
            (node, message, args) -> report.add(message, origin, node, args))) {
          continue;
        }
        QueryResolver.Resolution resolution = resolver.resolve(spec.get());
        for (QueryProblem problem : resolution.problems()) {
          Object node = switch (problem.subject()) {
            case QueryProblem.Subject.MetricAt m -> query.metrics().get(m.index());
            case QueryProblem.Subject.DimensionAt d -> query.dimensions().get(d.index());
            case QueryProblem.Subject.InWhere w -> w.node();
            case QueryProblem.Subject.InHaving h -> h.node();
            case QueryProblem.Subject.OrderAt o -> query.order().get(o.index()).expression();
            case QueryProblem.Subject.Whole w -> null;
          };
          report.addFormatted(problem.message(), problem.text(), origin, node);
        }
        if (resolution.problems().isEmpty()) {
          queries.add(new NamedQueryDef(name, spec.get(), member.metadata(), origin));
        }
      }
    }
    return queries;
  }

  private boolean usesBrokenParts(QuerySpec spec, Model model, Set<String> brokenEntities) {
    List<Node> parts = new ArrayList<>(spec.dimensions());
    spec.where().ifPresent(parts::add);
    spec.having().ifPresent(parts::add);
    spec.orderBy().forEach(key -> parts.add(key.expr()));
    Set<String> declaredMetrics = new HashSet<>(metricNames.values());
    boolean brokenMetric = spec.metrics().stream()
        .anyMatch(name -> declaredMetrics.contains(name) && model.metric(name).isEmpty());
    boolean brokenReference = parts.stream().anyMatch(part -> Nodes.collect(part, Node.class).stream()
        .anyMatch(node -> (node instanceof Node.MetricUse use && declaredMetrics.contains(use.name())
            && model.metric(use.name()).isEmpty())
            || (node instanceof AttributeRef ref && brokenEntities.contains(ref.entity()))));
    return brokenMetric || brokenReference;
  }

  private Optional<QuerySpec> querySpec(Declared.Query query, Origin origin) {
    int errors = report.errorCount();
    List<String> metrics = new ArrayList<>();
    for (Node node : query.metrics()) {
      lowering.declaredMetric(node).ifPresentOrElse(metrics::add,
          () -> report.add(Message.QUERY_INLINE_METRIC, origin, node));
    }
    List<AttributeRef> dimensions = new ArrayList<>();
    for (Node node : query.dimensions()) {
      lowering.declaredAttribute(node).ifPresentOrElse(dimensions::add,
          () -> report.add(Message.QUERY_INLINE_DIMENSION, origin, node));
    }
    Optional<Node> where = query.where().map(w -> lowering.query(w, origin));
    Optional<Node> having = query.having().map(h -> lowering.query(h, origin));
    List<SortKey> order = new ArrayList<>();
    for (Declared.Sort field : query.order()) {
      order.add(new SortKey(lowering.query(field.expression(), origin), field.descending(), field.nullsFirst()));
    }
    if (report.errorCount() > errors) {
      return Optional.empty();
    }
    return Optional.of(new QuerySpec(metrics, dimensions, where, having, order, query.limit()));
  }

  // --- declared Java types -----------------------------------------------------------------------------------------

  /** {@code Metric<Long> REVENUE = sum(LINE_TOTAL)} is an error when the sum is a Double. */
  private void checkDeclaredTypes(Model model) {
    for (ClassDeclaration type : classes) {
      for (MemberDeclaration member : type.members()) {
        if (member.declaredType().isEmpty()) {
          continue;
        }
        Origin origin = new Origin(type.className(), member.field());
        Optional<SqlType> actual = switch (member.declared()) {
          case Declared.Metric m -> Optional.ofNullable(metricNames.get(m.metric()))
              .flatMap(model::metric).map(MetricDef::type);
          case Declared.Attribute a -> Optional.ofNullable(attributeNames.get(a.decl()))
              .map(name -> attributesByName.get(name.qualified())).map(AttributeDef::type);
          case Declared.Column c -> type.kind() != ClassKind.METRICS && sources.containsKey(type.entityName())
              ? silentRowType(lowering.row(c.expression(), type.entityName(), origin))
              : Optional.empty();
          case Declared.Table t -> Optional.empty();
          case Declared.Source s -> Optional.empty();
          case Declared.Condition c -> Optional.empty();
          case Declared.Link l -> Optional.empty();
          case Declared.Query q -> Optional.empty();
          case Declared.Sort o -> Optional.empty();
          case Declared.PendingWindow w -> Optional.empty();
          case Declared.NotDsl n -> Optional.empty();
        };
        String declared = member.declaredType().get();
        if (actual.isPresent() && !accepts(declared, actual.get())) {
          String shown = declared.substring(declared.lastIndexOf('.') + 1);
          report.add(Message.DECLARED_TYPE, origin, null, member.field(), "with type argument " + shown,
              actual.get().display() + " values, read as " + actual.get().javaType().getSimpleName());
        }
      }
    }
  }

  private Optional<SqlType> silentRowType(Node expr) {
    return new TypeChecker(scope(Map.of()), (node, message, args) -> {}).typeOf(expr);
  }

  private static boolean accepts(String declared, SqlType actual) {
    return declared.equals(actual.javaType().getName())
        || declared.equals("java.lang.Object")
        || (declared.equals("java.lang.Number") && actual.isNumeric())
        || (declared.equals("java.lang.Comparable") && actual.isOrdered());
  }

  // --- helpers -----------------------------------------------------------------------------------------------------

  private static <T extends Declared> List<T> values(ClassDeclaration type, Class<T> kind) {
    return type.members().stream().map(MemberDeclaration::declared).filter(kind::isInstance).map(kind::cast)
        .toList();
  }

  private static String kindName(ClassKind kind) {
    return kind == ClassKind.FACT ? "fact" : "dimension";
  }

}
