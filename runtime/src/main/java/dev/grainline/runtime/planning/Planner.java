package dev.grainline.runtime.planning;

import dev.grainline.model.AttributeDef;
import dev.grainline.model.Entity;
import dev.grainline.model.MetricDef;
import dev.grainline.model.SemanticModel;
import dev.grainline.model.SortKey;
import dev.grainline.model.SqlType;
import dev.grainline.model.TableRef;
import dev.grainline.model.expr.Expr;
import dev.grainline.model.expr.Expr.Aggregate;
import dev.grainline.model.expr.Expr.AttributeRef;
import dev.grainline.model.expr.Expr.ColumnRef;
import dev.grainline.model.expr.Expr.MetricRef;
import dev.grainline.model.expr.Exprs;
import dev.grainline.model.graph.JoinPath;
import dev.grainline.model.graph.PathResolution;
import dev.grainline.model.query.ResolvedQuery;
import dev.grainline.model.validation.TypeChecker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans a resolved query after seed 003: expands derived metrics down to their aggregates, makes each distinct
 * aggregate a component, groups components by the entity whose rows they read into grain groups, pushes the
 * dimension filter into every group's scan, and combines the groups — each at exactly the query grain — on the
 * requested dimensions.
 *
 * <p>Collapsing every group to the query grain before any cross-fact join is what keeps a SUM from being repeated
 * once per row of another fact's finer grain (the reference implementation's K1), and filtering inside each group
 * instead of after the join keeps rows that exist in one fact only (K2).
 */
public final class Planner {
  /** The table name grain groups are referred to by in combiners. */
  public static TableRef groupTable(String groupName) {
    return new TableRef("", groupName, groupName);
  }

  /** The table name of the combined result, which the having filter and the order refer to. */
  public static final TableRef RESULT = new TableRef("", "result", "result");

  private final SemanticModel model;
  private final Map<String, Expr> expanded;

  /** Expands every metric once, up front, so that a planner is immutable and can be shared between threads. */
  public Planner(SemanticModel model) {
    this.model = model;
    Map<String, Expr> formulas = new HashMap<>();
    model.metrics().forEach(m -> expand(m.name(), formulas));
    this.expanded = Map.copyOf(formulas);
  }

  public QueryPlan plan(ResolvedQuery query, Evaluation evaluation) {
    List<QueryPlan.DimensionOutput> dimensionOutputs = new ArrayList<>();
    Map<AttributeRef, String> dimensionAliases = new LinkedHashMap<>();
    Set<String> usedAliases = new HashSet<>();
    for (AttributeRef ref : query.spec().dimensions()) {
      String alias = unique(usedAliases, ref.attribute()
          + ref.rolePath().map(p -> p.isEmpty() ? "" : "_" + String.join("_", p.roles())).orElse(""));
      dimensionAliases.put(ref, alias);
      dimensionOutputs.add(new QueryPlan.DimensionOutput(alias, ref.toString(), query.dimensionTypes().get(ref)));
    }

    // Components: every distinct aggregate of every metric, numbered in order of appearance.
    List<MetricDef> metrics = new ArrayList<>(query.metrics());
    metrics.addAll(query.filterOnlyMetrics());
    Map<Aggregate, List<String>> usedBy = new LinkedHashMap<>();
    for (MetricDef metric : metrics) {
      for (Aggregate aggregate : Exprs.collect(expand(metric.name()), Aggregate.class)) {
        List<String> users = usedBy.computeIfAbsent(aggregate, a -> new ArrayList<>());
        if (!users.contains(metric.name())) {
          users.add(metric.name());
        }
      }
    }
    TypeChecker types = new TypeChecker(attributeScope(), (node, explanation) -> {
      throw new IllegalStateException("a validated model failed to type-check: " + explanation);
    });
    Map<String, List<Component>> byEntity = new LinkedHashMap<>();
    Map<Aggregate, Component> components = new HashMap<>();
    int index = 0;
    for (var entry : usedBy.entrySet()) {
      Aggregate aggregate = entry.getKey();
      Component component = new Component("c" + index++, aggregate, types.typeOf(aggregate).orElseThrow(),
          entry.getValue());
      components.put(aggregate, component);
      byEntity.computeIfAbsent(aggregate.entity(), e -> new ArrayList<>()).add(component);
    }

    // Grain groups: one per entity, or, when rolling up, one for its decomposable components and one terminal group
    // for the rest.
    List<GrainGroup> groups = new ArrayList<>();
    Map<Component, String> groupOf = new HashMap<>();
    Set<String> groupNames = new HashSet<>();
    for (var entry : byEntity.entrySet()) {
      Entity entity = model.entity(entry.getKey()).orElseThrow();
      String base = "g_" + entity.name().substring(entity.name().lastIndexOf('.') + 1);
      List<Component> all = entry.getValue();
      List<Component> raw = all.stream()
          .filter(c -> evaluation == Evaluation.TERMINAL || c.aggregability() == dev.grainline.model.Aggregability.NONE)
          .toList();
      List<Component> partial = all.stream().filter(c -> !raw.contains(c)).toList();
      // One scan per entity, bound once, so that its groups share join aliases and, when there are two, the rows.
      ScanBinder binder = new ScanBinder(model, entity);
      List<DimensionColumn> grain = grain(entity, binder, query, dimensionAliases);
      Optional<Expr> where = query.spec().where().map(w -> binder.bind(w, ref -> query.path(entity.name(), ref)));
      List<Component> boundPartial = bind(entity, binder, partial);
      List<Component> boundRaw = bind(entity, binder, raw);
      Scan scan = new Scan("scan_" + base.substring(2), entity.name(), entity.source(), binder.joins(), where,
          !partial.isEmpty() && !raw.isEmpty());
      if (!partial.isEmpty()) {
        GrainGroup group = new GrainGroup(unique(groupNames, base), scan, grain, keyGrain(entity), boundPartial,
            Evaluation.ROLLUP);
        partial.forEach(c -> groupOf.put(c, group.name()));
        groups.add(group);
      }
      if (!raw.isEmpty()) {
        String name = unique(groupNames, partial.isEmpty() ? base : base + "_raw");
        GrainGroup group = new GrainGroup(name, scan, grain, List.of(), boundRaw, Evaluation.TERMINAL);
        raw.forEach(c -> groupOf.put(c, group.name()));
        groups.add(group);
      }
    }

    // Combiners: each metric's expanded formula over the component columns of the groups.
    List<OutputMetric> outputs = new ArrayList<>();
    Map<String, String> metricAliases = new HashMap<>();
    for (MetricDef metric : metrics) {
      boolean hidden = !query.metrics().contains(metric);
      String alias = unique(usedAliases, metric.shortName());
      metricAliases.put(metric.name(), alias);
      Expr combiner = Exprs.rewrite(expand(metric.name()), node -> {
        if (node instanceof Aggregate aggregate) {
          Component component = components.get(aggregate);
          Expr column = new ColumnRef(groupTable(groupOf.get(component)), component.alias(), component.type());
          return Optional.of(Decomposition.isCount(aggregate) ? Decomposition.zeroIfMissing(column) : column);
        }
        return Optional.empty();
      });
      outputs.add(new OutputMetric(alias, metric.name(), combiner, metric.type(), hidden));
    }

    // The having filter and the order refer to output columns of the combined result.
    Optional<Expr> having = query.spec().having().map(h -> Exprs.rewrite(h, node -> switch (node) {
      case MetricRef m -> Optional.of(new ColumnRef(RESULT, metricAliases.get(m.name()),
          model.metric(m.name()).orElseThrow().type()));
      case AttributeRef a -> Optional.of(new ColumnRef(RESULT, dimensionAliases.get(a),
          query.dimensionTypes().get(a)));
      default -> Optional.empty();
    }));
    List<SortKey> order = new ArrayList<>();
    Set<String> ordered = new HashSet<>();
    for (SortKey key : query.spec().orderBy()) {
      String alias = switch (key.expr()) {
        case MetricRef m -> metricAliases.get(m.name());
        case AttributeRef a -> dimensionAliases.get(a);
        default -> throw new IllegalStateException("unresolved order " + key);
      };
      if (ordered.add(alias)) {
        order.add(new SortKey(new ColumnRef(RESULT, alias, SqlType.DOUBLE), key.descending(), key.nullsFirst()));
      }
    }
    // Every dimension breaks ties, so that a limit returns the same rows on every engine.
    for (QueryPlan.DimensionOutput dimension : dimensionOutputs) {
      if (ordered.add(dimension.alias())) {
        order.add(new SortKey(new ColumnRef(RESULT, dimension.alias(), dimension.type()), false, false));
      }
    }
    return new QueryPlan(groups, dimensionOutputs, outputs, having, order, query.spec().limit().isPresent(),
        warnings(query, groups));
  }

  private static List<DimensionColumn> grain(Entity entity, ScanBinder binder, ResolvedQuery query,
      Map<AttributeRef, String> aliases) {
    List<DimensionColumn> grain = new ArrayList<>();
    for (var entry : aliases.entrySet()) {
      AttributeRef ref = entry.getKey();
      Expr expr = binder.attribute(ref, query.path(entity.name(), ref));
      grain.add(new DimensionColumn(entry.getValue(), ref, expr, query.dimensionTypes().get(ref)));
    }
    return grain;
  }

  /** The components with the attributes they join in (conditional aggregates on dimensions) bound to the scan. */
  private List<Component> bind(Entity entity, ScanBinder binder, List<Component> components) {
    List<Component> bound = new ArrayList<>();
    for (Component component : components) {
      Aggregate aggregate = (Aggregate) binder.bind(component.aggregate(), ref -> joinedPath(entity, ref));
      bound.add(new Component(component.alias(), aggregate, component.type(), component.metrics()));
    }
    return bound;
  }

  /** Partial aggregates at the entity's key grain: the finest grain, where every partial is a real roll-up. */
  private static List<GrainGroup.GrainColumn> keyGrain(Entity entity) {
    return entity.key().stream()
        .map(key -> new GrainGroup.GrainColumn("k_" + key.name(), key.expr(), "key " + key.qualifiedName()))
        .toList();
  }

  /** The path of an attribute joined inside an aggregate (a conditional aggregate on a dimension). */
  private JoinPath joinedPath(Entity entity, AttributeRef ref) {
    PathResolution resolution = model.graph().resolve(entity.name(), ref.entity(), ref.rolePath());
    if (resolution instanceof PathResolution.Resolved resolved) {
      return resolved.path();
    }
    throw new IllegalStateException(ref + " does not resolve from " + entity.name() + ": " + resolution);
  }

  /** The metric's formula with every metric it uses replaced by that metric's formula, down to aggregates. */
  private Expr expand(String metricName) {
    return expanded.get(metricName);
  }

  private Expr expand(String metricName, Map<String, Expr> formulas) {
    Expr known = formulas.get(metricName);
    if (known != null) {
      return known;
    }
    MetricDef metric = model.metric(metricName).orElseThrow();
    Expr result = Exprs.rewrite(metric.formula(), node -> node instanceof MetricRef ref
        ? Optional.of(expand(ref.name(), formulas))
        : Optional.empty());
    formulas.put(metricName, result);
    return result;
  }

  private TypeChecker.Scope attributeScope() {
    return new TypeChecker.Scope() {
      @Override
      public Optional<SqlType> metricType(String metricName) {
        return model.metric(metricName).map(MetricDef::type);
      }

      @Override
      public Optional<SqlType> attributeType(AttributeRef ref) {
        return model.attribute(ref.attributeName()).map(AttributeDef::type);
      }
    };
  }

  /** Grouping through a link that can repeat rows inflates sums and counts: say so in the plan. */
  private List<String> warnings(ResolvedQuery query, List<GrainGroup> groups) {
    List<String> warnings = new ArrayList<>();
    for (GrainGroup group : groups) {
      for (var entry : query.paths().getOrDefault(group.entity(), Map.of()).entrySet()) {
        for (var link : entry.getValue().hops()) {
          if (link.cardinality().fansOut() && group.components().stream()
              .anyMatch(c -> c.aggregate().function().duplicationSensitive())) {
            warnings.add(entry.getKey() + " is reached through " + link.describe() + ", which is "
                + link.cardinality().display() + ": sums and counts of " + group.entity()
                + " may count rows more than once");
          }
        }
      }
    }
    return warnings.stream().distinct().toList();
  }

  private static String unique(Set<String> used, String wanted) {
    String candidate = wanted;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = wanted + "_" + n;
    }
    return candidate;
  }
}
