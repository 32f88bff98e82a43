package dev.grainline.runtime.internal.planning;

import dev.grainline.SqlType;
import dev.grainline.internal.model.AttributeDef;
import dev.grainline.internal.model.Entity;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.TimePeriod;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.EntityAggregate;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.graph.DerivedPaths;
import dev.grainline.internal.model.graph.JoinPath;
import dev.grainline.internal.model.query.ResolvedQuery;
import dev.grainline.internal.model.query.WindowUse;
import dev.grainline.internal.model.validation.TypeChecker;
import dev.grainline.runtime.internal.plan.EntityAttributes;
import dev.grainline.runtime.internal.plan.GrainColumn;
import dev.grainline.runtime.internal.plan.PlannedComponent;
import dev.grainline.runtime.internal.plan.Scan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The derived attributes ({@code perEntity}) a query reads, planned before any scan is bound: one
 * {@link EntityAttributes} CTE per dimension, fact and path, holding every derived attribute the query reads through
 * them (in its dimensions, its filter, its aggregates' filters, its windows' partitions and axes, and the anchors of
 * the cohort offsets these hold), so that the scans that join a CTE all join the same, complete one. Its rows are the fact's without the query's filter (the values are
 * per entity, whatever the query filters) and restricted to the tenant of a tenant-bound query; its timestamps are
 * read as stored, in UTC, whatever time zone the query names, for the same reason.
 */
final class DerivedAttributes {
  /** The CTE column that holds one derived value, and whether an entity without fact rows has 0 rather than NULL. */
  record Column(EntityAttributes cte, String alias, SqlType type, boolean zeroWhenMissing) {
    Column {
      Objects.requireNonNull(cte, "cte");
      Objects.requireNonNull(alias, "alias");
      Objects.requireNonNull(type, "type");
    }
  }

  /** For a scan that reads no derived attribute, such as the one of a derived attributes' CTE. */
  static final DerivedAttributes NONE = new DerivedAttributes(Map.of());

  private record Target(String dimension, JoinPath path) {}

  private final Map<EntityAggregate, Column> columns;

  private DerivedAttributes(Map<EntityAggregate, Column> columns) {
    this.columns = Map.copyOf(columns);
  }

  Optional<Column> column(EntityAggregate aggregate) {
    return Optional.ofNullable(columns.get(aggregate));
  }

  static DerivedAttributes of(Model model, ResolvedQuery query, Keys keys, Conditions conditions,
      Components components, TypeChecker types, Names names, Optional<Node> tenant) {
    List<Node> read = new ArrayList<>(keys.dimensionAliases().keySet());
    keys.periodAliases().keySet().forEach(key -> read.add(key.rowTime()));
    read.addAll(conditions.all());
    read.addAll(components.byAggregate().keySet());
    for (WindowUse use : query.windows()) {
      read.add(use.axis());
      read.addAll(use.partitions());
    }
    Map<Target, Map<EntityAggregate, List<String>>> byTarget = new LinkedHashMap<>();
    // Transitively: an attribute's expression refers to another entity's attribute as a cohort offset's anchor.
    java.util.ArrayDeque<AttributeRef> pending = new java.util.ArrayDeque<>();
    read.forEach(node -> pending.addAll(Nodes.collect(node, AttributeRef.class)));
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (!pending.isEmpty()) {
      AttributeRef ref = pending.poll();
      Optional<AttributeDef> attribute = model.attribute(ref.attributeName());
      if (attribute.isEmpty() || !seen.add(ref.attributeName())) {
        continue;
      }
      List<Node> expressions = new ArrayList<>(List.of(attribute.get().expr()));
      attribute.get().period().map(TimePeriod::date).ifPresent(expressions::add);
      expressions.forEach(expr -> pending.addAll(Nodes.collect(expr, AttributeRef.class)));
      Entity dimension = model.entity(attribute.get().entity()).orElseThrow();
      for (Node expr : expressions) {
        for (EntityAggregate aggregate : Nodes.collect(expr, EntityAggregate.class)) {
          JoinPath path = DerivedPaths.candidates(model.graph(), dimension, aggregate).stream().findFirst()
              .orElseThrow(() -> new IllegalStateException("a validated derived attribute has no path: "
                  + aggregate));
          List<String> users = byTarget.computeIfAbsent(new Target(dimension.name(), path),
              t -> new LinkedHashMap<>()).computeIfAbsent(aggregate, a -> new ArrayList<>());
          if (!users.contains(attribute.get().qualifiedName())) {
            users.add(attribute.get().qualifiedName());
          }
        }
      }
    }
    Map<EntityAggregate, Column> columns = new LinkedHashMap<>();
    byTarget.forEach((target, aggregates) -> {
      Entity dimension = model.entity(target.dimension()).orElseThrow();
      Entity fact = model.entity(target.path().from()).orElseThrow();
      ScanBinder binder = new ScanBinder(model, fact, Optional.empty(), tenant, NONE);
      List<Node> keyValues = binder.linkedKey(target.path(), dimension);
      List<GrainColumn> key = new ArrayList<>();
      for (int i = 0; i < keyValues.size(); i++) {
        AttributeDef keyAttribute = dimension.key().get(i);
        key.add(new GrainColumn("k_" + keyAttribute.name(), keyValues.get(i), "key " + keyAttribute.qualifiedName()));
      }
      List<PlannedComponent> planned = new ArrayList<>();
      aggregates.forEach((aggregate, users) -> {
        Aggregate bound = (Aggregate) binder.bind(aggregate.aggregate(),
            ref -> GrainGroupPlanner.joinedPath(model, fact, ref));
        planned.add(new PlannedComponent("c" + planned.size(), bound,
            types.typeOf(aggregate.aggregate()).orElseThrow(), users));
      });
      String name = names.cte("ea_" + dimension.name().substring(dimension.name().lastIndexOf('.') + 1));
      Scan input = new Scan(name + "_rows", fact.name(), fact.source(), binder.joins(), Optional.empty(), false,
          false, binder.sourceRestrictions(), List.of());
      EntityAttributes cte = new EntityAttributes(name, dimension.name(), input, key, planned);
      List<EntityAggregate> inOrder = List.copyOf(aggregates.keySet());
      for (int i = 0; i < inOrder.size(); i++) {
        PlannedComponent column = planned.get(i);
        columns.put(inOrder.get(i), new Column(cte, column.alias(), column.type(),
            inOrder.get(i).aggregate().function().zeroWhenMissing()));
      }
    });
    return new DerivedAttributes(columns);
  }
}
