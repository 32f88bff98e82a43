package dev.grainline.runtime.internal.planning;

import dev.grainline.Aggregability;
import dev.grainline.SqlType;
import dev.grainline.internal.model.Entity;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.aggregate.SemiAdditive;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.graph.JoinPath;
import dev.grainline.internal.model.graph.PathResolution;
import dev.grainline.internal.model.query.ResolvedQuery;
import dev.grainline.internal.model.query.TenantScope;
import dev.grainline.internal.model.query.WindowUse;
import dev.grainline.runtime.internal.plan.Aggregation;
import dev.grainline.runtime.internal.plan.DimensionColumn;
import dev.grainline.runtime.internal.plan.GrainColumn;
import dev.grainline.runtime.internal.plan.GroupNode;
import dev.grainline.runtime.internal.plan.PlannedComponent;
import dev.grainline.runtime.internal.plan.RollUp;
import dev.grainline.runtime.internal.plan.Scan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The grain groups of a query: one per entity, or, when rolling up, one for its decomposable components and one
 * terminal group for the rest; each entity's groups share one scan, with the query's filter pushed into it (but for
 * the conditions a window reads past, which the groups apply to the rows they show).
 *
 * <p>Collapsing every group to the query grain before any cross-fact join is what keeps a SUM from being repeated
 * once per row of another fact's finer grain (the reference implementation's K1), and filtering inside each group
 * instead of after the join keeps rows that exist in one fact only (K2).
 */
final class GrainGroupPlanner {
  /** The groups, in order, which group holds each component, and each entity's scan and its binder. */
  record GrainGroups(List<GroupNode> groups, Map<PlannedComponent, String> groupOf, Map<String, ScanBinder> binders,
      Map<String, Scan> scans) {}

  private final Model model;
  private final ResolvedQuery query;
  private final Evaluation evaluation;
  private final Keys keys;
  private final Conditions conditions;

  private final DerivedAttributes derived;

  GrainGroupPlanner(Model model, ResolvedQuery query, Evaluation evaluation, Keys keys, Conditions conditions,
      DerivedAttributes derived) {
    this.model = model;
    this.derived = derived;
    this.query = query;
    this.evaluation = evaluation;
    this.keys = keys;
    this.conditions = conditions;
  }

  GrainGroups plan(Components components, Names names) {
    // Facts whose every window can take its partials from the fact's grain group read their rows once.
    Set<String> scannedByWindows = new HashSet<>();
    for (WindowUse use : query.windows()) {
      use.facts().stream().filter(f -> !WindowPlanner.readsGroup(model, use, f, conditions))
          .forEach(scannedByWindows::add);
    }
    List<GroupNode> groups = new ArrayList<>();
    Map<PlannedComponent, String> groupOf = new HashMap<>();
    Map<String, ScanBinder> binders = new HashMap<>();
    Map<String, Scan> scans = new HashMap<>();
    for (var entry : components.byEntity().entrySet()) {
      Entity entity = model.entity(entry.getKey()).orElseThrow();
      String base = "g_" + entity.name().substring(entity.name().lastIndexOf('.') + 1);
      // Snapshots (semi-additive components) are computed by groups of their own, never rolled up.
      List<PlannedComponent> snapshots = entry.getValue().stream()
          .filter(c -> c.aggregate().function() instanceof SemiAdditive).toList();
      List<PlannedComponent> all = entry.getValue().stream().filter(c -> !snapshots.contains(c)).toList();
      List<PlannedComponent> raw = all.stream()
          .filter(c -> evaluation == Evaluation.TERMINAL || c.aggregability() == Aggregability.NONE)
          .toList();
      List<PlannedComponent> partial = all.stream().filter(c -> !raw.contains(c)).toList();
      // One scan per entity, bound once, so that its groups share join aliases and, when there are several, the rows.
      ScanBinder binder = new ScanBinder(model, entity, query.spec().timeZone(), tenant(query), derived);
      binders.put(entity.name(), binder);
      Function<AttributeRef, JoinPath> paths = ref -> query.path(entity.name(), ref);
      Set<Integer> skipped = conditions.readPast(entity.name());
      Optional<Node> where = conditions.conjunction(i -> !skipped.contains(i)).map(w -> binder.bind(w, paths));
      Optional<Node> rowFilter = conditions.conjunction(skipped::contains).map(w -> binder.bind(w, paths));
      List<DimensionColumn> grain = grain(entity, binder);
      keys.periodAliases().forEach((key, alias) -> grain.add(new DimensionColumn(alias, key.rowTime(),
          key.period(model, date -> binder.owned(key.rowTime().entity(), date, paths.apply(key.rowTime()))),
          SqlType.DATE)));
      List<PlannedComponent> boundPartial = bind(model, entity, binder, partial);
      List<PlannedComponent> boundRaw = bind(model, entity, binder, raw);
      Map<SnapshotGroups.Signature, List<PlannedComponent>> bySnapshot = new LinkedHashMap<>();
      snapshots.forEach(c -> bySnapshot.computeIfAbsent(SnapshotGroups.Signature.of(c.aggregate()),
          k -> new ArrayList<>()).add(c));
      SnapshotGroups snapshotGroups = new SnapshotGroups(model, entity, binder);
      List<SnapshotGroups.Pending> pending = new ArrayList<>();
      bySnapshot.forEach((signature, same) -> {
        String name = names.cte(all.isEmpty() && bySnapshot.size() == 1 ? base : base + "_s");
        pending.add(snapshotGroups.pending(name, signature, bind(model, entity, binder, same)));
        same.forEach(c -> groupOf.put(c, name));
      });
      // Windows of snapshots read groups of their own: the columns they need are joined into the scan now.
      query.windows().forEach(use -> Nodes.collect(use.window().metric(), Aggregate.class).stream()
          .filter(a -> a.entity().equals(entity.name()) && a.function() instanceof SemiAdditive)
          .forEach(snapshotGroups::bindColumns));
      int readers = (partial.isEmpty() ? 0 : 1) + (raw.isEmpty() ? 0 : 1) + pending.size();
      Scan scan = new Scan("scan_" + base.substring(2), entity.name(), entity.source(), binder.joins(), where,
          readers > 1 || scannedByWindows.contains(entity.name()), query.spec().timeZone().isPresent(),
          binder.sourceRestrictions(), binder.derived());
      scans.put(entity.name(), scan);
      if (!partial.isEmpty()) {
        RollUp group = new RollUp(names.cte(base), scan, grain, keyGrain(entity), boundPartial, rowFilter, false);
        partial.forEach(c -> groupOf.put(c, group.name()));
        groups.add(group);
      }
      if (!raw.isEmpty()) {
        String name = names.cte(partial.isEmpty() ? base : base + "_raw");
        Aggregation group = new Aggregation(name, scan, grain, boundRaw, rowFilter, false);
        raw.forEach(c -> groupOf.put(c, group.name()));
        groups.add(group);
      }
      pending.forEach(p -> groups.add(p.at(scan, grain, rowFilter)));
    }
    return new GrainGroups(groups, groupOf, binders, scans);
  }

  /** The tenant value of a query bound to one tenant; every read of a tenant-scoped table is restricted to it. */
  static Optional<Node> tenant(ResolvedQuery query) {
    return switch (query.spec().tenant()) {
      case TenantScope.One one -> Optional.of(one.value());
      case TenantScope.All all -> Optional.empty();
      case TenantScope.Unbound unbound -> Optional.empty();
    };
  }

  private List<DimensionColumn> grain(Entity entity, ScanBinder binder) {
    List<DimensionColumn> grain = new ArrayList<>();
    for (var entry : keys.dimensionAliases().entrySet()) {
      AttributeRef ref = entry.getKey();
      Node expr = binder.attribute(ref, query.path(entity.name(), ref));
      grain.add(new DimensionColumn(entry.getValue(), ref, expr, query.dimensionTypes().get(ref)));
    }
    return grain;
  }

  /** Partial aggregates at the entity's key grain: the finest grain, where every partial is a real roll-up. */
  private static List<GrainColumn> keyGrain(Entity entity) {
    return entity.key().stream()
        .map(key -> new GrainColumn("k_" + key.name(), key.expr(), "key " + key.qualifiedName()))
        .toList();
  }

  /** The components with the attributes they join in (conditional aggregates on dimensions) bound to the scan. */
  static List<PlannedComponent> bind(Model model, Entity entity, ScanBinder binder,
      List<PlannedComponent> components) {
    List<PlannedComponent> bound = new ArrayList<>();
    for (PlannedComponent component : components) {
      Aggregate aggregate = (Aggregate) binder.bind(component.aggregate(), ref -> joinedPath(model, entity, ref));
      bound.add(new PlannedComponent(component.alias(), aggregate, component.type(), component.metrics()));
    }
    return bound;
  }

  /** The path of an attribute joined inside an aggregate (a conditional aggregate on a dimension). */
  static JoinPath joinedPath(Model model, Entity entity, AttributeRef ref) {
    PathResolution resolution = model.graph().resolve(entity.name(), ref.entity(), ref.rolePath());
    if (resolution instanceof PathResolution.Resolved resolved) {
      return resolved.path();
    }
    throw new IllegalStateException(ref + " does not resolve from " + entity.name() + ": " + resolution);
  }
}
