package dev.grainline.internal.model.assembly;

import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.aggregate.AggFunction;
import dev.grainline.internal.model.aggregate.CountDistinct;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Node.DeclRef;
import dev.grainline.internal.model.expr.Node.DslAggregate;
import dev.grainline.internal.model.expr.Node.MetricUse;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.query.QueryLimits;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.Report;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lowering phase: turns DSL expression trees into model trees. Declared attributes and metrics become references
 * by name, local attributes and anonymous metrics are inlined, and every aggregate learns which entity's rows it reads.
 * The building phases lower each definition as they come to it, so that what they do not build (a link whose target
 * is wrong, say) is not lowered, and each problem is reported beside the others of its definition.
 */
final class Lowering {
  /**
   * A declared attribute's entity and name, and the declaration its field holds, which a copy of it (read from an
   * older class file) stands for.
   */
  record AttributeName(String entity, String name, Origin origin, AttributeDecl decl) {
    String qualified() {
      return entity + "." + name;
    }
  }

  private static final int MAX_DEPTH = 200;

  /** Stands for a definition too deep to lower: it has no type, and the error is reported once, where it is. */
  private static final Node.Declaration TOO_DEEP = new Node.Declaration() {
    @Override
    public String toString() {
      return "(a definition too deep to read)";
    }
  };

  private final Map<AttributeDecl, AttributeName> attributes;
  private final Map<MetricDeclaration, String> metrics;
  private final Map<FieldRef, String> metricsByField;
  private final Map<TableRef, Set<String>> tableOwners;
  private final Map<String, Map<List<Node>, String>> linkFields;
  private final Map<String, ClassDeclaration> entityClasses;
  private final Report report;
  private final Set<Node.Parameter> misplacedParameters = Collections.newSetFromMap(new IdentityHashMap<>());
  private int depth;

  /** The second phase: the names the first phase found, ready to turn definitions into model trees. */
  Lowering(Names names, Report report) {
    this.attributes = names.attributes();
    this.metrics = names.metrics();
    this.metricsByField = names.metricsByField();
    this.tableOwners = names.tableOwners();
    this.linkFields = names.linkFields();
    this.entityClasses = names.entityClasses();
    this.report = report;
  }

  /**
   * A row-level expression of {@code entity}: its own attributes are inlined, other entities' attributes stay
   * references (legal only inside aggregates), metrics become references (which the level rules reject).
   */
  Node row(Node node, String entity, Origin origin) {
    return guarded(node, origin, () -> Nodes.rewrite(node, n -> {
      if (n instanceof DeclRef d) {
        return Optional.of(d.declaration() instanceof AttributeDecl a
            ? attributeUse(a, d, entity, origin)
            : metricUse(d, Optional.of(entity), origin));
      }
      if (n instanceof Node.DslEntityAggregate e) {
        return Optional.of(entityAggregate(e, entity, origin));
      }
      return n instanceof Node.Parameter p ? outsideQuery(p, origin) : Optional.empty();
    }, report::derived));
  }

  /**
   * {@code perEntity(...)} in a row expression of {@code entity}: its aggregate reads the rows of the fact its
   * columns (or attributes) belong to or, reading none, of the one fact that links to {@code entity}. Where it may stand (a
   * dimension's attribute) and whether the fact reaches the dimension is checked once the model is built.
   */
  private Node entityAggregate(Node.DslEntityAggregate use, String entity, Origin origin) {
    Optional<String> fact = Optional.empty();
    if (!readsRows(use.aggregate())) {
      List<String> linking = factsLinkingTo(entity);
      if (linking.size() != 1) {
        report.add(Message.ENTITY_ATTRIBUTE_FACT, origin, use, Nodes.describe(use), entity,
            linking.isEmpty() ? "none does" : String.join(" and ", linking) + " do");
        return use;
      }
      fact = Optional.of(linking.get(0));
    }
    Node lowered = aggregate(use.aggregate(), fact, origin);
    if (!(lowered instanceof Aggregate aggregate)) {
      return use;
    }
    return derived(use, new Node.EntityAggregate(aggregate, entity, use.via()));
  }

  /** Whether an aggregate says whose rows it reads: it reads a column or a declared attribute. */
  private boolean readsRows(DslAggregate aggregate) {
    List<ColumnRef> columns = new ArrayList<>();
    Set<String> attributeEntities = new LinkedHashSet<>();
    Map<AttributeDecl, Boolean> seen = new IdentityHashMap<>();
    for (Node child : Nodes.children(aggregate)) {
      probe(child, columns, attributeEntities, seen);
    }
    return !columns.isEmpty() || !attributeEntities.isEmpty();
  }

  /** The facts whose classes declare a link to {@code dimension}, in the order of their classes. */
  private List<String> factsLinkingTo(String dimension) {
    List<String> facts = new ArrayList<>();
    entityClasses.forEach((name, type) -> {
      boolean links = type.kind() == ClassKind.FACT && type.declared(Declared.Link.class).stream()
          .flatMap(link -> link.to().stream())
          .anyMatch(target -> attributes.containsKey(target) && attributes.get(target).entity().equals(dimension));
      if (links) {
        facts.add(name);
      }
    });
    return facts;
  }

  /** A metric formula; {@code declaringEntity} is the entity of the class it is declared in, if any. */
  Node metric(Node node, Optional<String> declaringEntity, Origin origin) {
    return guarded(node, origin, () -> Nodes.rewrite(node, n -> {
      if (n instanceof Node.Parameter p) {
        return outsideQuery(p, origin);
      }
      return named(n, declaringEntity, origin);
    }, report::derived));
  }

  /** A query filter: attributes and metrics are referenced by name, never inlined. */
  Node query(Node node, Origin origin) {
    return guarded(node, origin,
        () -> Nodes.rewrite(node, n -> named(n, Optional.empty(), origin), report::derived));
  }

  /**
   * The rewrite of a metric formula's or a query's node: a declared attribute becomes a reference, a metric a use by
   * name (or its inlined formula), an aggregate learns its entity; anything else is rewritten below.
   */
  private Optional<Node> named(Node node, Optional<String> declaringEntity, Origin origin) {
    if (node instanceof DeclRef d) {
      return Optional.of(d.declaration() instanceof AttributeDecl a
          ? reference(a, d)
          : metricUse(d, declaringEntity, origin));
    }
    return node instanceof DslAggregate a ? Optional.of(aggregate(a, declaringEntity, origin)) : Optional.empty();
  }

  /** The name of a declared attribute used in a query, or empty for an attribute no field declares. */
  Optional<AttributeRef> declaredAttribute(Node node) {
    if (node instanceof DeclRef d && d.declaration() instanceof AttributeDecl a && attributes.containsKey(a)) {
      AttributeRef ref = reference(a, d);
      return Optional.of(ref);
    }
    return Optional.empty();
  }

  /** The name of a declared metric used in a query, or empty for an anonymous metric. */
  Optional<String> declaredMetric(Node node) {
    if (node instanceof DeclRef d) {
      if (d.declaration() instanceof MetricDeclaration m && metrics.containsKey(m)) {
        return Optional.of(metrics.get(m));
      }
      if (d.declaration() instanceof FieldRef f && metricsByField.containsKey(f)) {
        return Optional.of(metricsByField.get(f));
      }
    }
    return Optional.empty();
  }

  /**
   * A parameter in a row expression or a metric: it would have no value, since values come only with a call of a
   * named query. Reported once, however often the definition it is in is inlined.
   */
  private Optional<Node> outsideQuery(Node.Parameter parameter, Origin origin) {
    if (misplacedParameters.add(parameter)) {
      report.add(Message.PARAM_OUTSIDE_QUERY, origin, parameter, Nodes.describe(parameter));
    }
    return Optional.of(parameter);
  }

  private Node guarded(Node node, Origin origin, java.util.function.Supplier<Node> lowering) {
    // Lowering, and every stage after it, recurses on the depth of the tree: a deeper one is rejected unread.
    int nesting = Nodes.depth(node);
    if (nesting > QueryLimits.MAX_DEPTH) {
      report.add(Message.DEFINITION_TOO_DEEP, origin, null, origin, nesting, QueryLimits.MAX_DEPTH);
      return new DeclRef(TOO_DEEP, Optional.empty());
    }
    if (++depth > MAX_DEPTH) {
      depth--;
      report.add(Message.CYCLE_ENDLESS, origin, node, origin);
      return node;
    }
    try {
      return lowering.get();
    } finally {
      depth--;
    }
  }

  private Node attributeUse(AttributeDecl decl, DeclRef use, String entity, Origin origin) {
    AttributeName name = attributes.get(decl);
    if (name == null) {
      return row(decl.definition(), entity, origin);
    }
    if (name.entity().equals(entity) && use.rolePath().isEmpty()) {
      return row(name.decl().definition(), entity, origin);
    }
    return reference(decl, use);
  }

  private AttributeRef reference(AttributeDecl decl, DeclRef use) {
    AttributeName name = attributes.get(decl);
    if (name == null) {
      // An attribute that no field declares has no name to refer to; keep its place so a rule can reject it.
      AttributeRef anonymous = new AttributeRef("", "(undeclared attribute)", use.rolePath());
      report.derived(use, anonymous);
      return anonymous;
    }
    AttributeRef ref = new AttributeRef(name.entity(), name.name(), use.rolePath());
    report.derived(use, ref);
    return ref;
  }

  private Node metricUse(DeclRef use, Optional<String> declaringEntity, Origin origin) {
    if (use.declaration() instanceof FieldRef field) {
      String name = metricsByField.get(field);
      if (name == null) {
        report.add(Message.CYCLE_IN_DEFINITION, origin, use, origin, field.className() + "." + field.field());
        return use;
      }
      return derived(use, new MetricUse(name));
    }
    MetricDeclaration metric = (MetricDeclaration) use.declaration();
    String name = metrics.get(metric);
    if (name != null) {
      return derived(use, new MetricUse(name));
    }
    return metric(metric.definition(), declaringEntity, origin);
  }

  private Node derived(Node original, Node rebuilt) {
    report.derived(original, rebuilt);
    return rebuilt;
  }

  /** Decides whose rows an aggregate reads, then lowers its arguments as row-level expressions of that entity. */
  private Node aggregate(DslAggregate aggregate, Optional<String> declaringEntity, Origin origin) {
    // Look through attributes to the columns they read, without naming anything yet.
    Map<AttributeDecl, Boolean> seen = new IdentityHashMap<>();
    List<ColumnRef> columns = new ArrayList<>();
    Set<String> attributeEntities = new LinkedHashSet<>();
    for (Node child : Nodes.children(aggregate)) {
      probe(child, columns, attributeEntities, seen);
    }
    Optional<String> entity = entityOf(aggregate, columns, attributeEntities, declaringEntity, origin);
    if (entity.isEmpty()) {
      return aggregate;
    }
    List<Node> args = aggregate.args().stream().map(a -> row(a, entity.get(), origin)).toList();
    Optional<Node> filter = aggregate.filter().map(f -> row(f, entity.get(), origin));
    return derived(aggregate, new Aggregate(linkNamed(aggregate, entity.get()), args, filter, entity.get()));
  }

  /**
   * A composite distinct count, which only {@code countDistinct(Link)} builds, named after the link whose columns
   * it counts, so that messages and plans show {@code countDistinct(USER)}; any other function as it is.
   */
  private AggFunction linkNamed(DslAggregate aggregate, String entity) {
    if (aggregate.function() instanceof CountDistinct count && count.width() > 1 && count.link().isEmpty()) {
      String field = linkFields.getOrDefault(entity, Map.of()).get(aggregate.args());
      return field == null ? count : count.named(field);
    }
    return aggregate.function();
  }

  private void probe(Node node, List<ColumnRef> columns, Set<String> attributeEntities,
      Map<AttributeDecl, Boolean> seen) {
    Nodes.walk(node, n -> {
      if (n instanceof ColumnRef c) {
        columns.add(c);
      } else if (n instanceof DeclRef d && d.declaration() instanceof AttributeDecl a && seen.put(a, true) == null) {
        AttributeName name = attributes.get(a);
        if (name == null) {
          probe(a.definition(), columns, attributeEntities, seen);
        } else if (d.rolePath().isEmpty()) {
          attributeEntities.add(name.entity());
        }
      }
    });
  }

  private Optional<String> entityOf(DslAggregate aggregate, List<ColumnRef> columns, Set<String> attributeEntities,
      Optional<String> declaringEntity, Origin origin) {
    String described = Nodes.describe(aggregate);
    if (columns.isEmpty()) {
      if (declaringEntity.isPresent()) {
        return declaringEntity;
      }
      if (attributeEntities.size() == 1) {
        return Optional.of(attributeEntities.iterator().next());
      }
      report.add(Message.UNKNOWN_FACT, origin, aggregate, described);
      return Optional.empty();
    }
    Set<String> candidates = null;
    List<TableRef> unowned = new ArrayList<>();
    Set<String> all = new LinkedHashSet<>();
    for (ColumnRef column : columns) {
      Set<String> owners = tableOwners.getOrDefault(column.table(), Set.of());
      if (owners.isEmpty()) {
        unowned.add(column.table());
        continue;
      }
      all.addAll(owners);
      if (candidates == null) {
        candidates = new LinkedHashSet<>(owners);
      } else {
        candidates.retainAll(owners);
      }
    }
    if (!unowned.isEmpty()) {
      report.add(Message.FOREIGN_TABLE, origin, aggregate, described, unowned.get(0).qualifiedName());
      return Optional.empty();
    }
    if (declaringEntity.isPresent() && candidates.contains(declaringEntity.get())) {
      return declaringEntity;
    }
    if (candidates.size() == 1) {
      return Optional.of(candidates.iterator().next());
    }
    report.add(Message.MIXED_FACTS, origin, aggregate, described, String.join(" and ", all));
    return Optional.empty();
  }

}
