package dev.grainline.runtime.internal.rendering;

import dev.grainline.SqlType;
import dev.grainline.dsl.TimeGrain;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.expr.ComparisonOp;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.expr.Node.AddPeriods;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Node.Comparison;
import dev.grainline.internal.model.expr.Node.TimeTrunc;
import dev.grainline.internal.model.expr.WindowFrame;
import dev.grainline.runtime.internal.plan.BaseRows;
import dev.grainline.runtime.internal.plan.PlanNode;
import dev.grainline.runtime.internal.plan.WindowMerge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * One fact's part of a window, merged: every (partition, period) key of the base rows joined to the source periods
 * its frame selects from the fact's partials ({@link WindowPartialRenderer}), whose partials are merged; on Trino,
 * the partials fanned out to the periods that read them, for all the bounded windows over one partial at once
 * ({@link Shared}). A period with no rows contributes nothing, so the previous period is the calendar's, not the
 * previous one that has rows, and a trailing window counts days, not rows.
 */
final class WindowMergeRenderer {
  private static final String SOURCE_PERIOD = WindowPartialRenderer.SOURCE_PERIOD;
  private static final String KEYS = "k";

  private WindowMergeRenderer() {}

  static void define(WindowMerge window, Statement statement) {
    if (!statement.first(window.name())) {
      return;
    }
    statement.define(window.partial());
    Select<?> merged = joined(window, statement);
    // Materialized: PostgreSQL, estimating one row for a filter on left-joined NULLs, would otherwise plan a nested
    // loop that merges the window again for every base row (minutes instead of a second).
    statement.cte(DSL.name(window.name()).asMaterialized(merged));
  }

  /** Every key of the base rows, left-joined to the partials of the source periods its frame selects, merged. */
  private static Select<?> joined(WindowMerge window, Statement statement) {
    ExprRenderer expressions = statement.expressions();
    String partialName = window.partial().name();
    TableRef partialTable = PlanNode.table(partialName);

    List<SelectField<?>> mergedFields = new ArrayList<>();
    for (WindowMerge.Key key : window.partitions()) {
      mergedFields.add(DSL.field(DSL.name(KEYS, key.alias())).as(key.alias()));
    }
    mergedFields.add(DSL.field(DSL.name(KEYS, window.periodAlias())).as(window.periodAlias()));
    List<Field<?>> mergedGroupBy = new ArrayList<>();
    for (WindowMerge.Key key : window.partitions()) {
      mergedGroupBy.add(DSL.field(DSL.name(KEYS, key.alias())));
    }
    mergedGroupBy.add(DSL.field(DSL.name(KEYS, window.periodAlias())));
    // The partial half belongs to the partial's CTE; only the merges are kept here.
    Partials.decompose(expressions, window.partial().components(), partialTable, new ArrayList<>(),
        new ArrayList<>(), mergedFields);

    // Every key of the base rows, then the partials of the periods its frame selects.
    TableRef base = BaseRows.BASE;
    List<SelectField<?>> keyFields = new ArrayList<>();
    window.partitions().forEach(k -> keyFields.add(DSL.field(DSL.name(base.alias(), k.alias()))));
    keyFields.add(DSL.field(DSL.name(base.alias(), window.periodAlias())));
    // The frame's bounds are computed once per key, not once per pair of key and source period.
    Bounds bounds = Bounds.of(window);
    Node period = ColumnRef.derived(base, window.periodAlias(), SqlType.DATE);
    bounds.last().ifPresent(last -> keyFields.add(expressions.field(last.apply(period)).as(LAST)));
    bounds.first().ifPresent(first -> keyFields.add(expressions.field(first.apply(period)).as(FIRST)));
    Table<?> keys = DSL.selectDistinct(keyFields).from(DSL.table(DSL.name(base.name()))).asTable(KEYS);
    List<Condition> on = new ArrayList<>();
    for (WindowMerge.Key key : window.partitions()) {
      on.add(NullSafeEquals.of(statement.dialect(), DSL.field(DSL.name(KEYS, key.alias())),
          DSL.field(DSL.name(partialName, key.alias())), key.type()));
    }
    on.add(expressions.condition(frame(window, partialTable)));
    return DSL.select(mergedFields).from(keys).leftJoin(DSL.table(DSL.name(partialName))).on(DSL.and(on))
        .groupBy(mergedGroupBy);
  }

  /**
   * Windows that Trino merges in one CTE: those over one partial, axis period and partitions whose frames fan out.
   * Trino computes a WITH query at every reference, so each window of its own would compute the partial (and the
   * grain group under it) once more, and a dashboard's dozen windows exceed its 150 stages; together they read the
   * partial once, each window's merges filtered to its frame, in columns named {@link #column}.
   */
  record Shared(String name, List<WindowMerge> windows) {
    Shared {
      windows = List.copyOf(windows);
    }

    /** Whether a window's frame is bounded, so that its merge can be shared; a cumulative one is not. */
    static boolean fansOut(WindowMerge window) {
      return FanOut.of(window).isPresent();
    }

    /** The windows in groups that share a merge; one that does not fan out is a group of its own. */
    static List<List<WindowMerge>> groups(List<WindowMerge> windows) {
      Map<List<Object>, List<WindowMerge>> groups = new LinkedHashMap<>();
      for (WindowMerge window : windows) {
        List<Object> key = fansOut(window)
            ? List.of(window.partial().name(), window.periodAlias(), window.partitions(), window.axisGrain())
            : List.of(window.name());
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(window);
      }
      return List.copyOf(groups.values());
    }

    static Shared of(List<WindowMerge> windows) {
      return new Shared("shared_" + windows.get(0).name(), windows);
    }

    /** The column that holds {@code window}'s merged component {@code alias}. */
    String column(WindowMerge window, String alias) {
      return window.name() + "_" + alias;
    }
  }

  /**
   * The windows' merges over the partials fanned out once to every period any of them reads from a source period
   * (from the source shifted by the least shift to the latest of their last periods), each merge counting only the
   * pairs of source and period that its window's frame selects.
   */
  static void define(Shared shared, Statement statement) {
    if (!statement.first(shared.name())) {
      return;
    }
    WindowMerge first = shared.windows().get(0);
    statement.define(first.partial());
    ExprRenderer expressions = statement.expressions();
    String partialName = first.partial().name();
    TableRef partialTable = PlanNode.table(partialName);
    Node source = sourcePeriod(first);
    Node period = FanOut.CANDIDATE;

    List<SelectField<?>> fields = new ArrayList<>();
    List<Field<?>> groupBy = new ArrayList<>();
    for (WindowMerge.Key key : first.partitions()) {
      fields.add(DSL.field(DSL.name(partialName, key.alias())).as(key.alias()));
      groupBy.add(DSL.field(DSL.name(partialName, key.alias())));
    }
    fields.add(expressions.field(period).as(first.periodAlias()));
    groupBy.add(expressions.field(period));
    int leastShift = Integer.MAX_VALUE;
    List<Field<?>> lasts = new ArrayList<>();
    for (WindowMerge window : shared.windows()) {
      Node reads = reads(window, source, period);
      for (Partials.Merge merge : Partials.merges(window.partial().components(), partialTable)) {
        Node filtered = Nodes.rewrite(merge.combine(), n -> n instanceof Aggregate a
            ? Optional.of(new Aggregate(a.function(), a.args(),
                Optional.of(a.filter().<Node>map(f -> new Node.And(List.of(f, reads))).orElse(reads)), a.entity()))
            : Optional.empty());
        fields.add(expressions.field(filtered).as(shared.column(window, merge.alias())));
      }
      leastShift = Math.min(leastShift, window.shift());
      Node last = FanOut.of(window).orElseThrow().last().map(l -> l.apply(source)).orElse(source);
      lasts.add(expressions.field(window.shift() == 0 ? last
          : new AddPeriods(last, window.shift(), window.axisGrain())));
    }
    Node start = leastShift == 0 ? source : new AddPeriods(source, leastShift, first.axisGrain());
    Field<?> end = lasts.size() == 1 ? lasts.get(0)
        : DSL.greatest(lasts.get(0), lasts.subList(1, lasts.size()).toArray(Field<?>[]::new));
    Table<?> from = DSL.table(DSL.name(partialName)).crossJoin(DateSeries.trinoSequence(expressions.field(start),
        end, first.axisGrain(), FanOut.TABLE, FanOut.COLUMN));
    statement.cte(DSL.name(shared.name()).as(DSL.select(fields).from(from).groupBy(groupBy)));
  }

  /** Whether a window's frame at {@code period} reads the partials of {@code source}: its bounds, exactly. */
  private static Node reads(WindowMerge window, Node source, Node period) {
    Bounds bounds = Bounds.of(window);
    return selects(window, source, bounds.last().orElseThrow().apply(period),
        bounds.first().map(first -> first.apply(period)));
  }

  /**
   * The frame's condition on a source period, given the frame's last period and, unless it is unbounded or a single
   * period, its first: equal to the last for a current period, else at most the last and after the first (from the
   * first, to date).
   */
  private static Node selects(WindowMerge window, Node source, Node last, Optional<Node> first) {
    if (window.frame() instanceof WindowFrame.Current) {
      return new Comparison(ComparisonOp.EQ, source, last);
    }
    Node upTo = new Comparison(ComparisonOp.LE, source, last);
    boolean inclusive = Bounds.of(window).firstInclusive();
    return first.<Node>map(from -> new Node.And(List.of(
        new Comparison(inclusive ? ComparisonOp.GE : ComparisonOp.GT, source, from), upTo))).orElse(upTo);
  }

  /**
   * How far a source period fans out: to the current periods from itself to {@code last} of it (to itself alone
   * when empty). Where calendar arithmetic is not invertible (a month back from March 31 is February 28, as from
   * February 28), {@code last} reaches a little further and the frame's own condition keeps the exact ones.
   */
  private record FanOut(Optional<UnaryOperator<Node>> last) {
    static final String TABLE = "f";
    static final String COLUMN = "c";
    static final Node CANDIDATE = ColumnRef.derived(new TableRef("", TABLE, TABLE), COLUMN, SqlType.DATE);
    /** Trino's sequence refuses longer ones; a frame that long is merged by the join form. */
    private static final int MAX_PERIODS = 10_000;

    static Optional<FanOut> of(WindowMerge window) {
      TimeGrain axis = window.axisGrain();
      return switch (window.frame()) {
        case WindowFrame.Current c -> Optional.of(new FanOut(Optional.empty()));
        // A source p is in the frame of c when c - count units < p <= c: unit and axis alike, the count - 1
        // periods after p; otherwise up to p + count units and 3 days (month ends clamp).
        case WindowFrame.Trailing t -> t.count() * maxDays(t.unit()) / minDays(axis) + 2 > MAX_PERIODS
            ? Optional.empty()
            : Optional.of(new FanOut(Optional.of(t.unit() == axis ? p -> new AddPeriods(p, t.count() - 1, axis)
                : p -> new AddPeriods(new AddPeriods(p, t.count(), t.unit()), 3, TimeGrain.DAY))));
        // Unbounded: every later period reads the source.
        case WindowFrame.Cumulative c -> Optional.empty();
        // A source p is in the frame of c when trunc(c) <= p <= c: c runs to the end of p's period.
        case WindowFrame.ToDate d -> maxDays(d.grain()) / minDays(axis) + 2 > MAX_PERIODS ? Optional.empty()
            : Optional.of(new FanOut(Optional.of(p -> new AddPeriods(
                new AddPeriods(new TimeTrunc(p, d.grain()), 1, d.grain()), -1, TimeGrain.DAY))));
      };
    }

    private static long maxDays(TimeGrain grain) {
      return switch (grain) {
        case DAY -> 1;
        case WEEK -> 7;
        case MONTH -> 31;
        case QUARTER -> 92;
        case YEAR -> 366;
      };
    }

    private static long minDays(TimeGrain grain) {
      return switch (grain) {
        case DAY -> 1;
        case WEEK -> 7;
        case MONTH -> 28;
        case QUARTER -> 90;
        case YEAR -> 365;
      };
    }
  }

  private static Node sourcePeriod(WindowMerge window) {
    return ColumnRef.derived(PlanNode.table(window.partial().name()), SOURCE_PERIOD, SqlType.DATE);
  }

  /**
   * Which source periods a key's period reads: from {@code first} (exclusive for a trailing window, inclusive for
   * to-date, none for a running total) to {@code last} (inclusive), around the period {@code shift} periods back.
   */
  private record Bounds(Optional<UnaryOperator<Node>> first, boolean firstInclusive,
      Optional<UnaryOperator<Node>> last) {
    static Bounds of(WindowMerge window) {
      UnaryOperator<Node> current = period -> window.shift() == 0 ? period
          : new AddPeriods(period, -window.shift(), window.axisGrain());
      return switch (window.frame()) {
        case WindowFrame.Current c -> new Bounds(Optional.empty(), true, Optional.of(current));
        case WindowFrame.Trailing t -> new Bounds(
            Optional.of(p -> new AddPeriods(current.apply(p), -t.count(), t.unit())), false, Optional.of(current));
        case WindowFrame.Cumulative c -> new Bounds(Optional.empty(), true, Optional.of(current));
        case WindowFrame.ToDate d -> new Bounds(Optional.of(p -> new TimeTrunc(current.apply(p), d.grain())), true,
            Optional.of(current));
      };
    }
  }

  private static final String FIRST = "frame_first";
  private static final String LAST = "frame_last";

  /** The join of a key to its source periods, over the key's precomputed bounds. */
  private static Node frame(WindowMerge window, TableRef partialTable) {
    TableRef keys = new TableRef("", KEYS, KEYS);
    Optional<Node> first = Bounds.of(window).first().map(f -> ColumnRef.derived(keys, FIRST, SqlType.DATE));
    return selects(window, ColumnRef.derived(partialTable, SOURCE_PERIOD, SqlType.DATE),
        ColumnRef.derived(keys, LAST, SqlType.DATE), first);
  }

}
