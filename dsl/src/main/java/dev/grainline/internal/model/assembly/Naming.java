package dev.grainline.internal.model.assembly;

import dev.grainline.internal.model.EntitySource;
import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.Tenancy;
import dev.grainline.internal.model.assembly.Lowering.AttributeName;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.Report;
import dev.grainline.internal.model.validation.rules.AnnotatedMember;
import dev.grainline.internal.model.validation.rules.Rules;
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

/**
 * The first phase: names every entity, attribute and metric, and reports what cannot be named (a name defined
 * twice, an entity without exactly one source, an attribute outside an entity), so that the later phases find each
 * declaration by its name.
 */
public final class Naming {
  private final Declarations declarations;
  private final Report report;
  private final Map<AttributeDecl, AttributeName> attributeNames = new IdentityHashMap<>();
  private final Map<MetricDeclaration, String> metricNames = new IdentityHashMap<>();
  private final Map<FieldRef, String> metricsByField = new HashMap<>();
  private final Map<String, Origin> metricOrigins = new LinkedHashMap<>();
  private final Map<String, ClassDeclaration> entityClasses = new LinkedHashMap<>();
  private final Map<String, EntitySource> sources = new LinkedHashMap<>();
  private final Map<TableRef, Set<String>> tableOwners = new HashMap<>();
  private final List<Declared.Table> sourceTables = new ArrayList<>();
  private final Map<String, Map<List<Node>, String>> linkFields = new HashMap<>();

  private Naming(Declarations declarations, Report report) {
    this.declarations = declarations;
    this.report = report;
  }

  static Names run(Declarations declarations, Report report) {
    Naming naming = new Naming(declarations, report);
    naming.nameEntities();
    naming.nameMembers();
    naming.nameDeclaredElsewhere();
    return new Names(naming.attributeNames, naming.metricNames, naming.metricsByField, naming.metricOrigins,
        naming.entityClasses, naming.sources, naming.tableOwners, naming.linkFields, naming.tenancy());
  }

  /**
   * The model's tenant key (its first, if it declares two: the model rules report the second) and the scope of each
   * table its sources read by that key. A table scoped by another key, or declared with different scopes in different
   * places, is left out (neither scoped nor shared): the declaration rules report it, and no rule checks the joins
   * of a table whose scope is not settled.
   */
  private Optional<Tenancy> tenancy() {
    Optional<Declared.TenantKey> key = declarations.classes().stream()
        .flatMap(type -> type.declared(Declared.TenantKey.class).stream()).findFirst();
    return key.map(k -> {
      Map<String, TableScope> scopes = new LinkedHashMap<>();
      Set<String> unsettled = new HashSet<>();
      for (Declared.Table table : sourceTables) {
        TableScope earlier = scopes.putIfAbsent(table.table().qualifiedName(), table.scope());
        if (earlier != null && !earlier.sameAs(table.scope())) {
          unsettled.add(table.table().qualifiedName());
        }
      }
      Map<String, String> scoped = new LinkedHashMap<>();
      Set<String> shared = new LinkedHashSet<>();
      scopes.forEach((name, scope) -> {
        if (unsettled.contains(name)) {
          return;
        }
        switch (scope) {
          case TableScope.Scoped s when s.key().sameKey(k) -> scoped.put(name, s.column());
          case TableScope.Scoped foreign -> { }
          case TableScope.Shared s -> shared.add(name);
          case TableScope.Unscoped u -> { }
        }
      });
      return new Tenancy(k.column(), k.type(), k.required(), scoped, shared);
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

  private void nameEntities() {
    Map<String, Origin> seen = new HashMap<>();
    for (ClassDeclaration type : declarations.classes()) {
      if (type.kind() == ClassKind.METRICS) {
        continue;
      }
      Origin origin = Origin.ofClass(type.className());
      Origin previous = seen.putIfAbsent(type.entityName(), origin);
      if (previous != null) {
        report.duplicate(type.kind() == ClassKind.FACT ? "fact" : "dimension", type.entityName(), previous, origin);
        continue;
      }
      entityClasses.put(type.entityName(), type);
      sourceOf(type, origin).ifPresent(s -> {
        sources.put(type.entityName(), s);
        s.tables().forEach(t -> tableOwners.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(type.entityName()));
      });
    }
  }

  private Optional<EntitySource> sourceOf(ClassDeclaration type, Origin origin) {
    Optional<Declared.Source> declaredSource = type.source();
    if (declaredSource.isEmpty()) {
      int sourceFields = type.declared(Declared.Source.class).size();
      if (sourceFields == 0) {
        report.add(Message.SOURCE_TABLES, origin, null, type.entityName(), type.declared(Declared.Table.class).size());
      } else {
        report.add(Message.SOURCE_SOURCES, origin, null, type.entityName(), sourceFields);
      }
      return Optional.empty();
    }
    EntitySource source = declaredSource.get().source();
    sourceTables.addAll(declaredSource.get().tables());
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
    for (ClassDeclaration type : declarations.classes()) {
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
          String name = metricName(declarations.namespaceOf(type), member.field(), member.name());
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
        } else if (declared instanceof Declared.Link link && type.kind() != ClassKind.METRICS) {
          // What names countDistinct(USER) in descriptions: the link's field, found by the columns it counts.
          linkFields.computeIfAbsent(type.entityName(), e -> new HashMap<>()).putIfAbsent(link.from(),
              member.field());
        }
        if (!(declared instanceof Declared.Metric)) {
          Rules.NOT_A_METRIC.check(new AnnotatedMember(member.annotations(), origin), report);
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
    for (ClassDeclaration type : declarations.classes()) {
      for (MemberDeclaration member : type.members()) {
        fields.put(new FieldRef(type.className(), member.field()), member.declared());
      }
    }
    declarations.declaredElsewhere().forEach((copy, field) -> {
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
}
