package dev.grainline.internal.model.assembly;

import dev.grainline.SqlType;
import dev.grainline.dsl.TimeGrain;
import dev.grainline.internal.model.AttributeDef;
import dev.grainline.internal.model.Entity;
import dev.grainline.internal.model.EntityKind;
import dev.grainline.internal.model.EntitySource;
import dev.grainline.internal.model.LinkDef;
import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.TimePeriod;
import dev.grainline.internal.model.assembly.Lowering.AttributeName;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.Report;
import dev.grainline.internal.model.validation.TypeChecker;
import dev.grainline.internal.model.validation.rules.LinkTargets;
import dev.grainline.internal.model.validation.rules.RowExpression;
import dev.grainline.internal.model.validation.rules.Rules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The entity phase: lowers and types each entity's join conditions, attributes (with their periods) and links,
 * leaving out what has an error, so that the metric phase builds on attributes and links that exist.
 */
final class EntityBuilding {
  private final Declarations declarations;
  private final Names names;
  private final Lowering lowering;
  private final Report report;
  private final Map<String, EntitySource> sources = new LinkedHashMap<>();
  private final Map<String, AttributeDef> attributesByName = new HashMap<>();

  private EntityBuilding(Declarations declarations, Names names, Lowering lowering, Report report) {
    this.declarations = declarations;
    this.names = names;
    this.lowering = lowering;
    this.report = report;
  }

  static BuiltEntities run(Declarations declarations, Names names, Lowering lowering, Report report) {
    return new EntityBuilding(declarations, names, lowering, report).build();
  }

  private BuiltEntities build() {
    List<Entity> entities = new ArrayList<>();
    Map<String, List<AttributeDef>> attributesByEntity = new LinkedHashMap<>();
    for (var entry : names.entityClasses().entrySet()) {
      String entity = entry.getKey();
      ClassDeclaration type = entry.getValue();
      EntitySource source = names.sources().get(entity);
      if (source == null) {
        continue;
      }
      List<EntitySource.Join> joins = new ArrayList<>();
      for (EntitySource.Join join : source.joins()) {
        Origin origin = Origin.ofClass(type.className());
        Node on = lowering.row(join.on(), entity, origin);
        Rules.ROW.check(new RowExpression(on, "the join condition of " + join.table(), entity, source, origin),
            report);
        joins.add(new EntitySource.Join(join.table(), join.type(), on));
      }
      EntitySource lowered = new EntitySource(source.from(), joins);
      sources.put(entity, lowered);
      attributesByEntity.put(entity, buildAttributes(entity, type, lowered));
    }
    for (var entry : attributesByEntity.entrySet()) {
      String entity = entry.getKey();
      ClassDeclaration type = names.entityClasses().get(entity);
      Origin origin = Origin.ofClass(type.className());
      List<LinkDef> links = buildLinks(entity, type, sources.get(entity));
      EntityKind kind = type.kind() == ClassKind.FACT ? EntityKind.FACT : EntityKind.DIMENSION;
      if (kind == EntityKind.DIMENSION && entry.getValue().stream().noneMatch(AttributeDef::key)) {
        report.add(Message.DIMENSION_KEY, origin, null, entity);
      }
      entities.add(new Entity(entity, kind, sources.get(entity), entry.getValue(), links, type.metadata(), origin));
    }
    Rules.DECLARATIONS.check(declarations.classes(), report);
    return new BuiltEntities(entities, attributesByName, sources);
  }

  /** Types row expressions by the attributes built so far. */
  private TypeChecker rowTypes(Origin origin) {
    return new TypeChecker(new TypeChecker.Scope(metric -> Optional.empty(),
        ref -> Optional.ofNullable(attributesByName.get(ref.attributeName())).map(AttributeDef::type)),
        (node, message, args) -> report.add(message, origin, node, args));
  }

  private List<AttributeDef> buildAttributes(String entity, ClassDeclaration type, EntitySource source) {
    List<AttributeDef> attributes = new ArrayList<>();
    for (MemberDeclaration member : type.members()) {
      if (!(member.declared() instanceof Declared.Attribute attribute)) {
        continue;
      }
      AttributeName name = names.attributes().get(attribute.decl());
      if (name == null || !name.origin().equals(new Origin(type.className(), member.field()))) {
        continue;
      }
      Origin origin = name.origin();
      Node expr = lowering.row(attribute.decl().definition(), entity, origin);
      int errors = report.errorCount();
      Rules.ROW.check(new RowExpression(expr, "attribute " + name.qualified(), entity, source, origin), report);
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
      Rules.ROW.check(new RowExpression(date, "the date of " + name.qualified(), name.entity(), source, origin),
          report);
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
      AttributeName name = names.attributes().get(target);
      FieldRef elsewhere = declarations.declaredElsewhere().get(target);
      if (name == null && elsewhere != null && !declarations.namespaces().containsKey(elsewhere.className())) {
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
    ClassDeclaration dimensionClass = names.entityClasses().get(dimension);
    List<String> key = attributesByName.values().stream()
        .filter(a -> a.entity().equals(dimension) && a.key())
        .sorted(Comparator.comparing(this::attributeOrder))
        .map(AttributeDef::name)
        .toList();
    List<String> targetNames = targets.stream().map(AttributeName::name).toList();
    String shownTargets = targets.stream().map(AttributeName::qualified).collect(Collectors.joining(", "));
    if (targets.stream().anyMatch(t -> !t.entity().equals(dimension)) || dimensionClass == null
        || dimensionClass.kind() != ClassKind.DIMENSION) {
      report.add(Message.LINK_TARGET_ONE_DIMENSION, origin, member.value(), field, shownTargets);
      return Optional.empty();
    }
    // A dimension without a source has no key either, which the key check below reports.
    List<AttributeDef> keyAttributes = key.stream().map(k -> attributesByName.get(dimension + "." + k)).toList();
    if (sources.containsKey(dimension) && !Rules.LINK_TARGETS.check(new LinkTargets(field, origin, member.value(),
        entity, source, dimension, sources.get(dimension), keyAttributes, targetNames, names.tenancy(),
        declarations.classes()), report)) {
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
      Rules.ROW.check(new RowExpression(expr, "link " + field, entity, source, origin), report);
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
    ClassDeclaration type = names.entityClasses().get(attribute.entity());
    List<String> fields = type.members().stream().map(MemberDeclaration::field).toList();
    return fields.indexOf(attribute.origin().member());
  }
}
