package dev.grainline.runtime.internal.planning;

import dev.grainline.SqlType;
import dev.grainline.internal.model.Entity;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.TimePeriod;
import dev.grainline.internal.model.aggregate.AggFunction;
import dev.grainline.internal.model.aggregate.SemiAdditive;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Node.TimeTrunc;
import dev.grainline.internal.model.expr.Node.Windowed;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.graph.JoinPath;
import dev.grainline.internal.model.query.ResolvedQuery;
import dev.grainline.internal.model.query.WindowUse;
import dev.grainline.internal.model.time.Calendars;
import dev.grainline.internal.model.validation.TypeChecker;
import dev.grainline.runtime.internal.plan.DimensionColumn;
import dev.grainline.runtime.internal.plan.GroupNode;
import dev.grainline.runtime.internal.plan.PlanNode;
import dev.grainline.runtime.internal.plan.PlannedComponent;
import dev.grainline.runtime.internal.plan.WindowMerge;
import dev.grainline.runtime.internal.plan.WindowPartial;
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
 * The windows of a query: for each window and each fact its metric reads, the fact's partial aggregates per
 * partition and source period (from its rows, or from its grain group when that holds them per row key), merged over
 * the frame of each row's period.
 */
final class WindowPlanner {
  /**
   * The windows' parts; the grain groups, those that windows read materialized; and, per window, the column of its
   * merged rows that holds each of its aggregates.
   */
  record WindowPlan(List<WindowMerge> windows, List<GroupNode> groups,
      Map<Windowed, Map<Aggregate, ColumnRef>> columns) {}

  /**
   * What makes two windows' partials of a fact the same rows: the same reading (the grain group or the scan with
   * the same conditions), partitions and source periods. Such windows share one partial CTE holding the union of
   * their aggregates; only their frames differ.
   */
  private record PartialKey(String fact, boolean fromGroup, Set<Integer> conditions, List<AttributeRef> partitions,
      AttributeRef axis, PeriodKey period, Optional<SnapshotGroups.Signature> snapshot) {}

  private final Model model;
  private final ResolvedQuery query;
  private final Keys keys;
  private final Conditions conditions;
  private final TypeChecker types;

  WindowPlanner(Model model, ResolvedQuery query, Keys keys, Conditions conditions, TypeChecker types) {
    this.model = model;
    this.query = query;
    this.keys = keys;
    this.conditions = conditions;
    this.types = types;
  }

  WindowPlan plan(GrainGroupPlanner.GrainGroups grainGroups, Components components, Names names) {
    Map<PartialKey, List<Aggregate>> shared = sharedPartials();
    // The groups that windows read are materialized: computed once, however many windows read them.
    Set<String> read = new HashSet<>();
    for (var entry : shared.entrySet()) {
      if (entry.getKey().fromGroup()) {
        read.add(grainGroups.groupOf().get(components.of(entry.getValue().get(0))));
      }
    }
    Map<String, GroupNode> groups = new LinkedHashMap<>();
    grainGroups.groups().forEach(g -> groups.put(g.name(), read.contains(g.name()) ? g.materialized(true) : g));

    Map<PartialKey, String> partialNames = new HashMap<>();
    Map<Windowed, Map<Aggregate, ColumnRef>> windowColumns = new HashMap<>();
    List<WindowMerge> merges = new ArrayList<>();
    for (WindowUse use : query.windows()) {
      String name = names.cte("w" + (windowColumns.size() + 1));
      Map<Aggregate, ColumnRef> columns = new HashMap<>();
      String periodAlias = keys.periodAliases().get(PeriodKey.of(use));
      List<WindowMerge.Key> partitionKeys = use.partitions().stream()
          .map(p -> new WindowMerge.Key(keys.dimensionAliases().get(p), query.dimensionTypes().get(p))).toList();
      for (String fact : use.facts()) {
        for (PartialKey key : partialKeys(use, fact)) {
          String partName = names.cte(name + "_" + fact.substring(fact.lastIndexOf('.') + 1));
          String partialName = partialNames.computeIfAbsent(key, k -> names.cte(
              "p" + (partialNames.size() + 1) + "_" + fact.substring(fact.lastIndexOf('.') + 1)));
          List<Aggregate> aggregates = shared.get(key);
          String group = grainGroups.groupOf().get(components.of(aggregates.get(0)));
          List<PlannedComponent> partComponents = new ArrayList<>();
          for (int i = 0; i < aggregates.size(); i++) {
            Aggregate aggregate = aggregates.get(i);
            String alias = partialName + "c" + i;
            PlannedComponent component = key.fromGroup()
                ? merged(alias, components.of(aggregate), group)
                : new PlannedComponent(alias, aggregate, types.typeOf(aggregate).orElseThrow(), List.of());
            columns.put(aggregate, ColumnRef.derived(PlanNode.table(partName), component.alias(), component.type()));
            partComponents.add(component);
          }
          WindowPartial partial = key.fromGroup()
              ? partialFromGroup(use, partialName, groups.get(group), partComponents)
              : key.snapshot().isPresent()
                  ? partialFromSnapshots(use, partialName, fact, key.snapshot().get(), grainGroups, partComponents)
                  : partialFromScan(use, partialName, fact, grainGroups, partComponents);
          merges.add(new WindowMerge(partName, periodAlias, partitionKeys, use.axisGrain(), use.window().shift(),
              use.window().frame(), Nodes.describe(use.window()), partial));
        }
      }
      windowColumns.put(use.window(), columns);
    }
    return new WindowPlan(merges, List.copyOf(groups.values()), windowColumns);
  }

  /**
   * The partial that reads {@code aggregate} of {@code fact}. Snapshots (semi-additive aggregates) have partials of
   * their own, per rule, time and entity: their values of one period are computed from the rows of that period.
   */
  private PartialKey partialKey(WindowUse use, String fact, Aggregate aggregate) {
    Optional<SnapshotGroups.Signature> snapshot = aggregate.function() instanceof SemiAdditive
        ? Optional.of(SnapshotGroups.Signature.of(aggregate)) : Optional.empty();
    boolean fromGroup = snapshot.isEmpty() && readsGroup(model, use, fact, conditions);
    Set<Integer> read = new HashSet<>(conditions.readPast(fact));
    read.removeAll(use.calendarConditions());
    return new PartialKey(fact, fromGroup, fromGroup ? Set.of() : read, use.partitions(), use.axis(),
        PeriodKey.of(use), snapshot);
  }

  /** The partials a window reads of {@code fact}, in order of appearance. */
  private List<PartialKey> partialKeys(WindowUse use, String fact) {
    return factAggregates(use, fact).stream().map(a -> partialKey(use, fact, a)).distinct().toList();
  }

  private static List<Aggregate> factAggregates(WindowUse use, String fact) {
    return Nodes.collect(use.window().metric(), Aggregate.class).stream().filter(a -> a.entity().equals(fact))
        .distinct().toList();
  }

  /** The aggregates of each shared partial CTE, in order of appearance, over all windows. */
  private Map<PartialKey, List<Aggregate>> sharedPartials() {
    Map<PartialKey, List<Aggregate>> shared = new LinkedHashMap<>();
    for (WindowUse use : query.windows()) {
      for (String fact : use.facts()) {
        for (Aggregate aggregate : factAggregates(use, fact)) {
          List<Aggregate> aggregates = shared.computeIfAbsent(partialKey(use, fact, aggregate),
              k -> new ArrayList<>());
          if (!aggregates.contains(aggregate)) {
            aggregates.add(aggregate);
          }
        }
      }
    }
    return shared;
  }

  /** The window's partials from the fact's rows, without the conditions on the window's calendar. */
  private WindowPartial partialFromScan(WindowUse use, String partialName, String fact,
      GrainGroupPlanner.GrainGroups grainGroups, List<PlannedComponent> partComponents) {
    Entity entity = model.entity(fact).orElseThrow();
    ScanBinder binder = grainGroups.binders().get(fact);
    Function<AttributeRef, JoinPath> paths = ref -> query.path(fact, ref);
    Set<Integer> skipped = conditions.readPast(fact);
    Optional<Node> filter = conditions.conjunction(
        i -> skipped.contains(i) && !use.calendarConditions().contains(i)).map(w -> binder.bind(w, paths));
    List<DimensionColumn> partitions = use.partitions().stream().map(p -> new DimensionColumn(
        keys.dimensionAliases().get(p), p, binder.attribute(p, paths.apply(p)), query.dimensionTypes().get(p)))
        .toList();
    TimePeriod axisPeriod = Calendars.period(model, use.axis()).orElseThrow();
    Node sourcePeriod = new TimeTrunc(binder.owned(use.axis().entity(), axisPeriod.date(),
        GrainGroupPlanner.joinedPath(model, entity, use.axis())), use.axisGrain());
    return new WindowPartial(partialName, grainGroups.scans().get(fact), filter, partitions, sourcePeriod,
        GrainGroupPlanner.bind(model, entity, binder, partComponents));
  }

  /**
   * A window's snapshots of one period: a snapshot group per partition and source period, computed from the rows of
   * the period (the query's filter without the window's calendar conditions), read as the sum of its one row per
   * key, so that the window merges each period's value as it is. The model allows only windows of one period.
   */
  private WindowPartial partialFromSnapshots(WindowUse use, String partialName, String fact,
      SnapshotGroups.Signature signature, GrainGroupPlanner.GrainGroups grainGroups,
      List<PlannedComponent> partComponents) {
    WindowPartial rows = partialFromScan(use, partialName, fact, grainGroups, partComponents);
    Entity entity = model.entity(fact).orElseThrow();
    List<DimensionColumn> grain = new ArrayList<>(rows.partitions());
    grain.add(new DimensionColumn(keys.periodAliases().get(PeriodKey.of(use)), use.axis(), rows.sourcePeriod(),
        SqlType.DATE));
    List<PlannedComponent> inner = new ArrayList<>();
    List<PlannedComponent> summed = new ArrayList<>();
    String groupName = partialName + "_s";
    for (int i = 0; i < rows.components().size(); i++) {
      PlannedComponent component = rows.components().get(i);
      inner.add(new PlannedComponent("s" + i, component.aggregate(), component.type(), List.of()));
      Node column = ColumnRef.derived(PlanNode.table(groupName), "s" + i, component.type());
      summed.add(new PlannedComponent(component.alias(), new Aggregate(AggFunction.SUM, List.of(column),
          Optional.empty(), fact), component.type(), List.of()));
    }
    GroupNode snapshots = new SnapshotGroups(model, entity, grainGroups.binders().get(fact))
        .pending(groupName, signature, inner).at(grainGroups.scans().get(fact), grain, rows.filter());
    return partialFromGroup(use, partialName, snapshots, summed);
  }

  /** The window's partials from the grain group, which holds them per row key and window period. */
  private WindowPartial partialFromGroup(WindowUse use, String partialName, GroupNode group,
      List<PlannedComponent> partComponents) {
    TableRef table = PlanNode.table(group.name());
    List<DimensionColumn> partitions = use.partitions().stream().map(p -> new DimensionColumn(
        keys.dimensionAliases().get(p), p,
        ColumnRef.derived(table, keys.dimensionAliases().get(p), query.dimensionTypes().get(p)),
        query.dimensionTypes().get(p))).toList();
    return new WindowPartial(partialName, group, Optional.empty(), partitions,
        ColumnRef.derived(table, keys.periodAliases().get(PeriodKey.of(use)), SqlType.DATE), partComponents);
  }

  /** A sum, count, minimum or maximum of the grain group merged again: sums of sums and counts, min of mins. */
  private static PlannedComponent merged(String alias, PlannedComponent rowComponent, String group) {
    Aggregate aggregate = rowComponent.aggregate();
    AggFunction merge = aggregate.function().windowMerge().orElseThrow();
    Node column = ColumnRef.derived(PlanNode.table(group), rowComponent.alias(), rowComponent.type());
    return new PlannedComponent(alias, new Aggregate(merge, List.of(column), Optional.empty(), aggregate.entity()),
        rowComponent.type(), List.of());
  }

  /**
   * Whether a window can take its partials for {@code fact} from the fact's grain group instead of its rows: when
   * the group reads the same rows (no condition on the window's calendar restricts them), its hidden period column
   * is the window's source period (rows no coarser than the periods, over the same date), and every aggregate of
   * the window merges from per-row-key values (sums, counts, minima, maxima; not averages or distinct counts).
   */
  static boolean readsGroup(Model model, WindowUse use, String fact, Conditions conditions) {
    if (!conditions.readPast(fact).isEmpty() || !use.axisGrain().contains(use.rowGrain())) {
      return false;
    }
    Optional<TimePeriod> rowPeriod = Calendars.period(model, use.rowTime());
    Optional<TimePeriod> axisPeriod = Calendars.period(model, use.axis());
    if (rowPeriod.isEmpty() || axisPeriod.isEmpty() || !rowPeriod.get().date().equals(axisPeriod.get().date())) {
      return false;
    }
    return Nodes.collect(use.window().metric(), Aggregate.class).stream()
        .filter(a -> a.entity().equals(fact))
        .allMatch(a -> a.function().windowMerge().isPresent());
  }
}
