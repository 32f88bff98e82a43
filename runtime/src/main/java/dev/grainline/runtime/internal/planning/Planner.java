package dev.grainline.runtime.internal.planning;

import dev.grainline.Aggregability;
import dev.grainline.internal.model.AttributeDef;
import dev.grainline.internal.model.Entity;
import dev.grainline.internal.model.MetricDef;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.SortKey;
import dev.grainline.SqlType;
import dev.grainline.internal.model.TableRef;
import dev.grainline.dsl.TimeGrain;
import dev.grainline.internal.model.TimePeriod;
import dev.grainline.internal.model.aggregate.AggFunction;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Node.AddPeriods;
import dev.grainline.internal.model.expr.Node.MetricUse;
import dev.grainline.internal.model.expr.Node.TimeTrunc;
import dev.grainline.internal.model.expr.Node.Windowed;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.graph.JoinPath;
import dev.grainline.internal.model.graph.PathResolution;
import dev.grainline.internal.model.query.GapFill;
import dev.grainline.internal.model.query.QueryResolver;
import dev.grainline.internal.model.query.ResolvedQuery;
import dev.grainline.internal.model.query.WindowUse;
import dev.grainline.internal.model.time.Calendars;
import dev.grainline.internal.model.time.Windows;
import dev.grainline.internal.model.validation.TypeChecker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

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

  /** The rows combined from the grain groups, before windows are joined to them (queries with windows only). */
  public static final TableRef BASE = new TableRef("", "base", "base");

  /** The table name of the combined result, which the having filter and the order refer to. */
  public static final TableRef RESULT = new TableRef("", "result", "result");

  private final Model model;
  private final Map<String, Node> expanded;

  /** Expands every metric once, up front, so that a planner is immutable and can be shared between threads. */
  public Planner(Model model) {
    this.model = model;
    Windows windows = new Windows(model);
    Map<String, Node> formulas = new HashMap<>();
    model.metrics().forEach(m -> formulas.put(m.name(), windows.expand(m.name())));
    this.expanded = Map.copyOf(formulas);
  }

  public QueryPlan plan(ResolvedQuery query, Evaluation evaluation) {
    return new Planning(query, evaluation).plan();
  }

  /** The planning of one query: the names it has handed out and what each step has built for the next. */
  private final class Planning {
    private final ResolvedQuery query;
    private final Evaluation evaluation;
    private final Set<String> usedAliases = new HashSet<>();
    private final Set<String> groupNames = new HashSet<>();
    private final Map<AttributeRef, String> dimensionAliases = new LinkedHashMap<>();
    private final List<QueryPlan.DimensionOutput> dimensionOutputs = new ArrayList<>();
    private final Map<PeriodKey, String> periodAliases = new LinkedHashMap<>();
    private final List<QueryPlan.DimensionOutput> periodOutputs = new ArrayList<>();
    private final List<MetricDef> metrics = new ArrayList<>();
    private final Map<Aggregate, PlannedComponent> components = new LinkedHashMap<>();
    private final Map<String, List<PlannedComponent>> byEntity = new LinkedHashMap<>();
    private final List<Node> conditions;
    private final Map<String, Set<Integer>> readPast = new HashMap<>();
    private final Map<PlannedComponent, String> groupOf = new HashMap<>();
    private final Map<String, ScanBinder> binders = new HashMap<>();
    private final Map<String, Scan> scans = new HashMap<>();
    private final Map<Windowed, Map<Aggregate, ColumnRef>> windowColumns = new HashMap<>();
    private final TypeChecker types = new TypeChecker(TypeChecker.Scope.of(model), (node, message, args) -> {
      throw new IllegalStateException("a validated model failed to type-check: " + message.format(args));
    });

    Planning(ResolvedQuery query, Evaluation evaluation) {
      this.query = query;
      this.evaluation = evaluation;
      this.conditions = query.spec().where().map(WindowUse::conditions).orElse(List.of());
      // The conditions that a window reads past are applied by the groups that show rows, not by the scan.
      for (WindowUse use : query.windows()) {
        use.facts().forEach(f -> readPast.computeIfAbsent(f, x -> new HashSet<>()).addAll(use.calendarConditions()));
      }
    }

    QueryPlan plan() {
      dimensions();
      periods();
      components();
      List<GrainGroupPlan> groups = grainGroups();
      Map<PartialKey, List<Aggregate>> shared = sharedPartials();
      Map<PartialKey, String> partialNames = new HashMap<>();
      List<WindowGroup> windowGroups = query.windows().stream()
          .map(use -> windowGroup(use, shared, partialNames)).toList();
      boolean staged = !windowGroups.isEmpty() || query.spec().fill().isPresent();
      List<OutputMetric> outputs = combiners(staged);
      List<OutputMetric> exposed = !staged ? List.of() : components.values().stream()
          .map(c -> new OutputMetric(c.alias(), c.alias(), new ColumnRef(groupTable(groupOf.get(c)), c.alias(),
              c.type()), c.type(), true))
          .toList();
      Map<String, String> metricAliases = new HashMap<>();
      outputs.forEach(o -> metricAliases.put(o.name(), o.alias()));
      Optional<GapFillPlan> fill = query.spec().fill().map(f -> gapFill(query, f, dimensionAliases, periodAliases,
          components.values()));
      return new QueryPlan(groups, dimensionOutputs, periodOutputs, windowGroups, exposed, fill, outputs,
          having(metricAliases), order(metricAliases), query.spec().limit().isPresent(), warnings(query, groups),
          query.spec().timeZone(), query.spec().offset().isPresent());
    }

    private void dimensions() {
      for (AttributeRef ref : query.spec().dimensions()) {
        String alias = unique(usedAliases, ref.attribute()
            + ref.rolePath().map(p -> p.isEmpty() ? "" : "_" + String.join("_", p.roles())).orElse(""));
        dimensionAliases.put(ref, alias);
        dimensionOutputs.add(new QueryPlan.DimensionOutput(alias, ref.toString(), query.dimensionTypes().get(ref)));
      }
    }

    /**
     * Hidden period columns: the period of each window's time attribute that a row belongs to (or, on rows coarser
     * than the window's periods, the last such period), one per requested time attribute and window grain.
     */
    private void periods() {
      for (WindowUse use : query.windows()) {
        PeriodKey key = PeriodKey.of(use);
        if (!periodAliases.containsKey(key)) {
          String alias = unique(usedAliases, use.axisGrain().sqlName() + "_of_"
              + dimensionAliases.get(use.rowTime()));
          periodAliases.put(key, alias);
          periodOutputs.add(new QueryPlan.DimensionOutput(alias, use.axisGrain().sqlName() + " of "
              + use.rowTime(), SqlType.DATE));
        }
      }
    }

    /**
     * Every distinct aggregate of every metric, numbered in order of appearance. Aggregates inside windows are
     * components too: computed at the query grain, they make the rows a window metric is shown on.
     */
    private void components() {
      metrics.addAll(query.metrics());
      metrics.addAll(query.filterOnlyMetrics());
      Map<Aggregate, List<String>> usedBy = new LinkedHashMap<>();
      for (MetricDef metric : metrics) {
        for (Aggregate aggregate : Nodes.collect(expand(metric.name()), Aggregate.class)) {
          List<String> users = usedBy.computeIfAbsent(aggregate, a -> new ArrayList<>());
          if (!users.contains(metric.name())) {
            users.add(metric.name());
          }
        }
      }
      for (var entry : usedBy.entrySet()) {
        Aggregate aggregate = entry.getKey();
        PlannedComponent component = new PlannedComponent("c" + components.size(), aggregate,
            types.typeOf(aggregate).orElseThrow(), entry.getValue());
        components.put(aggregate, component);
        byEntity.computeIfAbsent(aggregate.entity(), e -> new ArrayList<>()).add(component);
      }
    }

    /**
     * One grain group per entity, or, when rolling up, one for its decomposable components and one terminal group
     * for the rest; each entity's groups share one scan.
     */
    private List<GrainGroupPlan> grainGroups() {
      // Facts whose every window can take its partials from the fact's grain group read their rows once.
      Set<String> scannedByWindows = new HashSet<>();
      for (WindowUse use : query.windows()) {
        use.facts().stream().filter(f -> !fromGroup(use, f, readPast)).forEach(scannedByWindows::add);
      }
      List<GrainGroupPlan> groups = new ArrayList<>();
      for (var entry : byEntity.entrySet()) {
        Entity entity = model.entity(entry.getKey()).orElseThrow();
        String base = "g_" + entity.name().substring(entity.name().lastIndexOf('.') + 1);
        List<PlannedComponent> all = entry.getValue();
        List<PlannedComponent> raw = all.stream()
            .filter(c -> evaluation == Evaluation.TERMINAL || c.aggregability() == Aggregability.NONE)
            .toList();
        List<PlannedComponent> partial = all.stream().filter(c -> !raw.contains(c)).toList();
        // One scan per entity, bound once, so that its groups share join aliases and, when there are several, the
        // rows.
        ScanBinder binder = new ScanBinder(model, entity, query.spec().timeZone());
        binders.put(entity.name(), binder);
        Function<AttributeRef, JoinPath> paths = ref -> query.path(entity.name(), ref);
        Set<Integer> skipped = readPast.getOrDefault(entity.name(), Set.of());
        Optional<Node> where = conjunction(conditions, i -> !skipped.contains(i)).map(w -> binder.bind(w, paths));
        Optional<Node> rowFilter = conjunction(conditions, skipped::contains).map(w -> binder.bind(w, paths));
        List<DimensionColumn> grain = grain(entity, binder, query, dimensionAliases);
        periodAliases.forEach((key, alias) -> grain.add(new DimensionColumn(alias, key.rowTime(),
            period(date -> binder.owned(key.rowTime().entity(), date, paths.apply(key.rowTime())), key),
            SqlType.DATE)));
        List<PlannedComponent> boundPartial = bind(entity, binder, partial);
        List<PlannedComponent> boundRaw = bind(entity, binder, raw);
        Scan scan = new Scan("scan_" + base.substring(2), entity.name(), entity.source(), binder.joins(), where,
            (!partial.isEmpty() && !raw.isEmpty()) || scannedByWindows.contains(entity.name()),
            query.spec().timeZone().isPresent());
        scans.put(entity.name(), scan);
        if (!partial.isEmpty()) {
          GrainGroupPlan group = new GrainGroupPlan(unique(groupNames, base), scan, grain, keyGrain(entity), boundPartial,
              Evaluation.ROLLUP, rowFilter);
          partial.forEach(c -> groupOf.put(c, group.name()));
          groups.add(group);
        }
        if (!raw.isEmpty()) {
          String name = unique(groupNames, partial.isEmpty() ? base : base + "_raw");
          GrainGroupPlan group = new GrainGroupPlan(name, scan, grain, List.of(), boundRaw, Evaluation.TERMINAL, rowFilter);
          raw.forEach(c -> groupOf.put(c, group.name()));
          groups.add(group);
        }
      }
      return groups;
    }

    /**
     * What makes two windows' partials of a fact the same rows: the same reading (the grain group or the scan with
     * the same conditions), partitions and source periods. Such windows share one partial CTE holding the union of
     * their aggregates; only their frames differ.
     */
    private record PartialKey(String fact, boolean fromGroup, Set<Integer> conditions, List<AttributeRef> partitions,
        AttributeRef axis, PeriodKey period) {}

    private PartialKey partialKey(WindowUse use, String fact) {
      boolean fromGroup = fromGroup(use, fact, readPast);
      Set<Integer> read = new HashSet<>(readPast.getOrDefault(fact, Set.of()));
      read.removeAll(use.calendarConditions());
      return new PartialKey(fact, fromGroup, fromGroup ? Set.of() : read, use.partitions(), use.axis(),
          PeriodKey.of(use));
    }

    /** The aggregates of each shared partial CTE, in order of appearance, over all windows. */
    private Map<PartialKey, List<Aggregate>> sharedPartials() {
      Map<PartialKey, List<Aggregate>> shared = new LinkedHashMap<>();
      for (WindowUse use : query.windows()) {
        for (String fact : use.facts()) {
          List<Aggregate> aggregates = shared.computeIfAbsent(partialKey(use, fact), k -> new ArrayList<>());
          Nodes.collect(use.window().metric(), Aggregate.class).stream()
              .filter(a -> a.entity().equals(fact) && !aggregates.contains(a)).forEach(aggregates::add);
        }
      }
      return shared;
    }

    /** A window's components per fact, at (partitions, source period), to be merged per row key. */
    private WindowGroup windowGroup(WindowUse use, Map<PartialKey, List<Aggregate>> shared,
        Map<PartialKey, String> partialNames) {
      String name = unique(groupNames, "w" + (windowColumns.size() + 1));
      Map<Aggregate, ColumnRef> columns = new HashMap<>();
      List<WindowGroup.Part> parts = new ArrayList<>();
      for (String fact : use.facts()) {
        String partName = unique(groupNames, name + "_" + fact.substring(fact.lastIndexOf('.') + 1));
        PartialKey key = partialKey(use, fact);
        String partialName = partialNames.computeIfAbsent(key, k -> unique(groupNames,
            "p" + (partialNames.size() + 1) + "_" + fact.substring(fact.lastIndexOf('.') + 1)));
        List<Aggregate> aggregates = shared.get(key);
        String group = groupOf.get(components.get(aggregates.get(0)));
        List<PlannedComponent> partComponents = new ArrayList<>();
        for (int i = 0; i < aggregates.size(); i++) {
          Aggregate aggregate = aggregates.get(i);
          String alias = partialName + "c" + i;
          PlannedComponent component = key.fromGroup()
              ? merged(alias, components.get(aggregate), group)
              : new PlannedComponent(alias, aggregate, types.typeOf(aggregate).orElseThrow(), List.of());
          columns.put(aggregate, new ColumnRef(groupTable(partName), component.alias(), component.type()));
          partComponents.add(component);
        }
        parts.add(key.fromGroup() ? partFromGroup(use, partName, partialName, fact, group, partComponents)
            : partFromScan(use, partName, partialName, fact, partComponents));
      }
      windowColumns.put(use.window(), columns);
      return new WindowGroup(name, periodAliases.get(PeriodKey.of(use)),
          use.partitions().stream().map(p -> new WindowGroup.Key(dimensionAliases.get(p),
              query.dimensionTypes().get(p))).toList(),
          use.axisGrain(), use.window().shift(), use.window().frame(), Nodes.describe(use.window()), parts);
    }

    /** The window's partials from the fact's rows, without the conditions on the window's calendar. */
    private WindowGroup.Part partFromScan(WindowUse use, String partName, String partialName, String fact,
        List<PlannedComponent> partComponents) {
      Entity entity = model.entity(fact).orElseThrow();
      ScanBinder binder = binders.get(fact);
      Function<AttributeRef, JoinPath> paths = ref -> query.path(fact, ref);
      Set<Integer> skipped = readPast.getOrDefault(fact, Set.of());
      Optional<Node> filter = conjunction(conditions,
          i -> skipped.contains(i) && !use.calendarConditions().contains(i)).map(w -> binder.bind(w, paths));
      List<DimensionColumn> partitions = use.partitions().stream().map(p -> new DimensionColumn(
          dimensionAliases.get(p), p, binder.attribute(p, paths.apply(p)), query.dimensionTypes().get(p))).toList();
      TimePeriod axisPeriod = Calendars.period(model, use.axis()).orElseThrow();
      Node sourcePeriod = new TimeTrunc(binder.owned(use.axis().entity(), axisPeriod.date(),
          joinedPath(entity, use.axis())), use.axisGrain());
      return new WindowGroup.Part(partName, partialName, scans.get(fact), Optional.empty(), filter, partitions,
          sourcePeriod, bind(entity, binder, partComponents));
    }

    /** The window's partials from the grain group, which holds them per row key and window period. */
    private WindowGroup.Part partFromGroup(WindowUse use, String partName, String partialName, String fact,
        String group, List<PlannedComponent> partComponents) {
      TableRef table = groupTable(group);
      List<DimensionColumn> partitions = use.partitions().stream().map(p -> new DimensionColumn(
          dimensionAliases.get(p), p, new ColumnRef(table, dimensionAliases.get(p), query.dimensionTypes().get(p)),
          query.dimensionTypes().get(p))).toList();
      return new WindowGroup.Part(partName, partialName, scans.get(fact), Optional.of(group), Optional.empty(),
          partitions, new ColumnRef(table, periodAliases.get(PeriodKey.of(use)), SqlType.DATE), partComponents);
    }

    /** A sum, count, minimum or maximum of the grain group merged again: sums of sums and counts, min of mins. */
    private PlannedComponent merged(String alias, PlannedComponent rowComponent, String group) {
      Aggregate aggregate = rowComponent.aggregate();
      AggFunction merge = aggregate.function().windowMerge().orElseThrow();
      Node column = new ColumnRef(groupTable(group), rowComponent.alias(), rowComponent.type());
      return new PlannedComponent(alias, new Aggregate(merge, List.of(column), Optional.empty(), aggregate.entity()),
          rowComponent.type(), List.of());
    }

    /**
     * Each metric's expanded formula over the component columns of the groups; when staged, over the columns of
     * the base rows and of the window groups.
     */
    private List<OutputMetric> combiners(boolean staged) {
      List<OutputMetric> outputs = new ArrayList<>();
      for (MetricDef metric : metrics) {
        boolean hidden = !query.metrics().contains(metric);
        String alias = unique(usedAliases, metric.shortName());
        Node combiner = Nodes.rewrite(expand(metric.name()), node -> switch (node) {
          case Windowed window -> Optional.of(Nodes.rewrite(window.metric(), inner -> inner instanceof Aggregate a
              ? Optional.of(counted(a, windowColumns.get(window).get(a)))
              : Optional.empty()));
          case Aggregate aggregate -> {
            PlannedComponent component = components.get(aggregate);
            TableRef table = staged ? BASE : groupTable(groupOf.get(component));
            yield Optional.of(counted(aggregate, new ColumnRef(table, component.alias(), component.type())));
          }
          default -> Optional.empty();
        });
        outputs.add(new OutputMetric(alias, metric.name(), combiner, metric.type(), hidden));
      }
      return outputs;
    }

    /** The having filter, over output columns of the combined result. */
    private Optional<Node> having(Map<String, String> metricAliases) {
      return query.spec().having().map(h -> Nodes.rewrite(h, node -> switch (node) {
        case MetricUse m -> Optional.of(new ColumnRef(RESULT, metricAliases.get(m.name()),
            model.metric(m.name()).orElseThrow().type()));
        case AttributeRef a -> Optional.of(new ColumnRef(RESULT, dimensionAliases.get(a),
            query.dimensionTypes().get(a)));
        default -> Optional.empty();
      }));
    }

    /** The requested order, then every dimension as a tie-breaker, so that a limit returns the same rows anywhere. */
    private List<SortKey> order(Map<String, String> metricAliases) {
      List<SortKey> order = new ArrayList<>();
      Set<String> ordered = new HashSet<>();
      for (SortKey key : query.spec().orderBy()) {
        String alias = switch (key.expr()) {
          case MetricUse m -> metricAliases.get(m.name());
          case AttributeRef a -> dimensionAliases.get(a);
          default -> throw new IllegalStateException("unresolved order " + key);
        };
        if (ordered.add(alias)) {
          order.add(new SortKey(new ColumnRef(RESULT, alias, SqlType.DOUBLE), key.descending(), key.nullsFirst()));
        }
      }
      List<QueryPlan.DimensionOutput> tieBreakers = new ArrayList<>(dimensionOutputs);
      // A label that names several periods (an integer week of several years) is as many rows, ordered by period.
      tieBreakers.addAll(periodOutputs);
      for (QueryPlan.DimensionOutput dimension : tieBreakers) {
        if (ordered.add(dimension.alias())) {
          order.add(new SortKey(new ColumnRef(RESULT, dimension.alias(), dimension.type()), false, false));
        }
      }
      return order;
    }
  }

  /**
   * The spine of a gap-filled query: the finest requested time attribute's periods, with the requested attributes of
   * the same calendar and the hidden periods computed from them; every other key column comes from the rows.
   */
  private GapFillPlan gapFill(ResolvedQuery query, GapFill fill, Map<AttributeRef, String> dimensionAliases,
      Map<PeriodKey, String> periodAliases, Collection<PlannedComponent> components) {
    AttributeRef filled = QueryResolver.fillAttribute(model, query.spec()).orElseThrow();
    AttributeDef filledDef = model.attribute(filled.attributeName()).orElseThrow();
    TimePeriod period = filledDef.period().orElseThrow();
    Entity owner = model.entity(filledDef.entity()).orElseThrow();
    boolean calendar = Calendars.isCalendar(model, owner.name());
    // Over a calendar table its own expressions apply; over a generated series, the series replaces the date.
    Node seriesDate = new ColumnRef(GapFillPlan.SERIES, "d", SqlType.DATE);
    UnaryOperator<Node> onSpine = calendar ? e -> e
        : e -> Nodes.rewrite(e, node -> node.equals(period.date()) ? Optional.of(seriesDate) : Optional.empty());
    // The same calendar as the filled attribute for every fact, by the paths the query resolved, as windows decide.
    Predicate<AttributeRef> onCalendar = ref -> query.entities().stream().allMatch(fact ->
        Calendars.sameCalendar(model, ref, query.path(fact, ref), filled, query.path(fact, filled)));
    List<DimensionColumn> columns = new ArrayList<>();
    List<String> others = new ArrayList<>();
    dimensionAliases.forEach((ref, alias) -> {
      if (onCalendar.test(ref)) {
        AttributeDef def = model.attribute(ref.attributeName()).orElseThrow();
        columns.add(new DimensionColumn(alias, ref, onSpine.apply(def.expr()), query.dimensionTypes().get(ref)));
      } else {
        others.add(alias);
      }
    });
    periodAliases.forEach((key, alias) -> {
      if (onCalendar.test(key.rowTime())) {
        columns.add(new DimensionColumn(alias, key.rowTime(), onSpine.apply(period(e -> e, key)), SqlType.DATE));
      } else {
        others.add(alias);
      }
    });
    // The query's conditions on the same calendar hold for added periods too: a filtered-out period is not a gap.
    List<Node> onSpineConditions = new ArrayList<>();
    for (Node condition : query.spec().where().map(WindowUse::conditions).orElse(List.of())) {
      List<AttributeRef> refs = Nodes.collect(condition, AttributeRef.class);
      if (!refs.isEmpty() && refs.stream().allMatch(onCalendar)) {
        onSpineConditions.add(Nodes.rewrite(condition, node -> node instanceof AttributeRef ref
            ? Optional.of(onSpine.apply(model.attribute(ref.attributeName()).orElseThrow().expr()))
            : Optional.empty()));
      }
    }
    Optional<Node> spineFilter = onSpineConditions.isEmpty() ? Optional.empty()
        : Optional.of(onSpineConditions.size() == 1 ? onSpineConditions.get(0) : new Node.And(onSpineConditions));
    List<String> zeroFilled = components.stream()
        .filter(c -> c.aggregate().function().zeroOnGap())
        .map(PlannedComponent::alias).sorted().toList();
    return new GapFillPlan(calendar ? Optional.of(owner.source().from()) : Optional.empty(), period.grain(),
        calendar ? period.date() : seriesDate, columns, spineFilter, others, fill.from(), fill.to(), zeroFilled);
  }

  /**
   * Whether a window can take its partials for {@code fact} from the fact's grain group instead of its rows: when
   * the group reads the same rows (no condition on the window's calendar restricts them), its hidden period column
   * is the window's source period (rows no coarser than the periods, over the same date), and every aggregate of
   * the window merges from per-row-key values (sums, counts, minima, maxima; not averages or distinct counts).
   */
  private boolean fromGroup(WindowUse use, String fact, Map<String, Set<Integer>> readPast) {
    if (!readPast.getOrDefault(fact, Set.of()).isEmpty() || !use.axisGrain().contains(use.rowGrain())) {
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

  /** A hidden period column: which requested time attribute it is computed from, at which grains. */
  private record PeriodKey(AttributeRef rowTime, TimeGrain rowGrain, TimeGrain axisGrain) {
    static PeriodKey of(WindowUse use) {
      return new PeriodKey(use.rowTime(), use.rowGrain(), use.axisGrain());
    }
  }

  /**
   * The window period of a row: the period of the window's grain that contains the row's time period, or, for rows
   * of a coarser time attribute (a running total by month over days), the last period inside the row's period.
   */
  private Node period(UnaryOperator<Node> reach, PeriodKey key) {
    TimePeriod rowPeriod = Calendars.period(model, key.rowTime()).orElseThrow();
    Node date = reach.apply(rowPeriod.date());
    if (key.axisGrain().contains(key.rowGrain())) {
      return new TimeTrunc(date, key.axisGrain());
    }
    Node nextRow = new AddPeriods(new TimeTrunc(date, key.rowGrain()), 1, key.rowGrain());
    return new AddPeriods(nextRow, -1, key.axisGrain());
  }

  /** The conditions whose index passes, AND-ed. */
  private static Optional<Node> conjunction(List<Node> conditions, IntPredicate include) {
    List<Node> kept = new ArrayList<>();
    for (int i = 0; i < conditions.size(); i++) {
      if (include.test(i)) {
        kept.add(conditions.get(i));
      }
    }
    return kept.isEmpty() ? Optional.empty() : Optional.of(kept.size() == 1 ? kept.get(0) : new Node.And(kept));
  }

  /** A component's column; a count over no rows is zero, also when another fact's rows made the key exist. */
  private static Node counted(Aggregate aggregate, Node column) {
    return aggregate.function().zeroWhenMissing() ? Decomposition.zeroIfMissing(column) : column;
  }

  private static List<DimensionColumn> grain(Entity entity, ScanBinder binder, ResolvedQuery query,
      Map<AttributeRef, String> aliases) {
    List<DimensionColumn> grain = new ArrayList<>();
    for (var entry : aliases.entrySet()) {
      AttributeRef ref = entry.getKey();
      Node expr = binder.attribute(ref, query.path(entity.name(), ref));
      grain.add(new DimensionColumn(entry.getValue(), ref, expr, query.dimensionTypes().get(ref)));
    }
    return grain;
  }

  /** The components with the attributes they join in (conditional aggregates on dimensions) bound to the scan. */
  private List<PlannedComponent> bind(Entity entity, ScanBinder binder, List<PlannedComponent> components) {
    List<PlannedComponent> bound = new ArrayList<>();
    for (PlannedComponent component : components) {
      Aggregate aggregate = (Aggregate) binder.bind(component.aggregate(), ref -> joinedPath(entity, ref));
      bound.add(new PlannedComponent(component.alias(), aggregate, component.type(), component.metrics()));
    }
    return bound;
  }

  /** Partial aggregates at the entity's key grain: the finest grain, where every partial is a real roll-up. */
  private static List<GrainGroupPlan.GrainColumn> keyGrain(Entity entity) {
    return entity.key().stream()
        .map(key -> new GrainGroupPlan.GrainColumn("k_" + key.name(), key.expr(), "key " + key.qualifiedName()))
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

  /**
   * The metric's formula with every metric it uses replaced by that metric's formula, down to aggregates, and
   * nested windows composed.
   */
  private Node expand(String metricName) {
    return expanded.get(metricName);
  }

  /** Grouping through a link that can repeat rows inflates sums and counts: say so in the plan. */
  private List<String> warnings(ResolvedQuery query, List<GrainGroupPlan> groups) {
    List<String> warnings = new ArrayList<>();
    for (GrainGroupPlan group : groups) {
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
