package dev.grainline.runtime.internal.rendering;

import dev.grainline.SqlType;
import dev.grainline.dsl.TimeGrain;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.expr.ComparisonOp;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.AddPeriods;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Node.Comparison;
import dev.grainline.internal.model.expr.Node.TimeTrunc;
import dev.grainline.internal.model.expr.WindowFrame;
import dev.grainline.runtime.internal.plan.BaseRows;
import dev.grainline.runtime.internal.plan.PlanNode;
import dev.grainline.runtime.internal.plan.WindowMerge;
import java.util.ArrayList;
import java.util.List;
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
 * its frame selects from the fact's partials ({@link WindowPartialRenderer}), whose partials are merged. A period with no rows contributes
 * nothing, so the previous period is the calendar's, not the previous one that has rows, and a trailing window
 * counts days, not rows.
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
    Select<?> merged = switch (statement.dialect()) {
      case POSTGRES, DUCKDB -> joined(window, statement);
      // Trino computes a WITH query at every reference, so the join form would compute the base rows (and their
      // grain group) once more for the keys; fanned out, the merge reads the partials alone.
      case TRINO -> FanOut.of(window).<Select<?>>map(fan -> fannedOut(window, fan, statement))
          .orElseGet(() -> joined(window, statement));
    };
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
    Node period = new ColumnRef(base, window.periodAlias(), SqlType.DATE);
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
   * Each source period's partials sent to every period whose frame selects it, merged per partition and period.
   * It holds rows only for periods some source reaches; the result's left join and the combiners' missing-row
   * values make the others what the join form gives them, the merge over no partials.
   */
  private static Select<?> fannedOut(WindowMerge window, FanOut fan, Statement statement) {
    ExprRenderer expressions = statement.expressions();
    String partialName = window.partial().name();
    TableRef partialTable = PlanNode.table(partialName);
    Node source = sourcePeriod(window);
    Node current = fan.candidates().isPresent() ? FanOut.CANDIDATE : source;
    Node target = window.shift() == 0 ? current : new AddPeriods(current, window.shift(), window.axisGrain());

    List<SelectField<?>> fields = new ArrayList<>();
    List<Field<?>> groupBy = new ArrayList<>();
    for (WindowMerge.Key key : window.partitions()) {
      fields.add(DSL.field(DSL.name(partialName, key.alias())).as(key.alias()));
      groupBy.add(DSL.field(DSL.name(partialName, key.alias())));
    }
    fields.add(expressions.field(target).as(window.periodAlias()));
    groupBy.add(expressions.field(target));
    Partials.decompose(expressions, window.partial().components(), partialTable, new ArrayList<>(),
        new ArrayList<>(), fields);

    Table<?> from = DSL.table(DSL.name(partialName));
    Condition selects = DSL.noCondition();
    if (fan.candidates().isPresent()) {
      Candidates candidates = fan.candidates().get();
      from = from.crossJoin(DateSeries.trinoSequence(expressions.field(source),
          expressions.field(candidates.last().apply(source)), window.axisGrain(), FanOut.TABLE, FanOut.COLUMN));
      selects = candidates.selects().map(expressions::condition).orElse(DSL.noCondition());
    }
    return DSL.select(fields).from(from).where(selects).groupBy(groupBy);
  }

  /**
   * How a source period fans out to the current periods of the frames that select it: to itself alone (no
   * candidates), or to the axis periods from itself to {@code last}, of which {@code selects} keeps the exact ones
   * where calendar arithmetic is not invertible (a month back from March 31 is February 28, as from February 28).
   */
  private record FanOut(Optional<Candidates> candidates) {
    static final String TABLE = "f";
    static final String COLUMN = "c";
    static final Node CANDIDATE = new ColumnRef(new TableRef("", TABLE, TABLE), COLUMN, SqlType.DATE);
    /** Trino's sequence refuses longer ones; a frame that long is merged by the join form. */
    private static final int MAX_PERIODS = 10_000;

    static Optional<FanOut> of(WindowMerge window) {
      Node source = sourcePeriod(window);
      TimeGrain axis = window.axisGrain();
      return switch (window.frame()) {
        case WindowFrame.Current c -> Optional.of(new FanOut(Optional.empty()));
        case WindowFrame.Trailing t -> {
          if ((long) t.count() * maxDays(t.unit()) / minDays(axis) + 2 > MAX_PERIODS) {
            yield Optional.empty();
          }
          // A source p is in the frame of c when c - count units < p <= c. Unit and axis alike, that is the
          // count - 1 periods after p; otherwise up to 3 days past p + count units (month ends clamp), checked.
          UnaryOperator<Node> last = t.unit() == axis ? p -> new AddPeriods(p, t.count() - 1, axis)
              : p -> new AddPeriods(new AddPeriods(p, t.count(), t.unit()), 3, TimeGrain.DAY);
          Optional<Node> selects = t.unit() == axis ? Optional.empty()
              : Optional.of(new Comparison(ComparisonOp.GT, source,
                  new AddPeriods(CANDIDATE, -t.count(), t.unit())));
          yield Optional.of(new FanOut(Optional.of(new Candidates(last, selects))));
        }
        // Unbounded: every later period reads the source.
        case WindowFrame.Cumulative c -> Optional.empty();
        case WindowFrame.ToDate d -> {
          if (maxDays(d.grain()) / minDays(axis) + 2 > MAX_PERIODS) {
            yield Optional.empty();
          }
          // A source p is in the frame of c when trunc(c) <= p <= c: c runs to the end of p's period.
          UnaryOperator<Node> last = p -> new AddPeriods(new AddPeriods(new TimeTrunc(p, d.grain()), 1, d.grain()),
              -1, TimeGrain.DAY);
          Optional<Node> selects = Optional.of(new Comparison(ComparisonOp.LE, new TimeTrunc(CANDIDATE, d.grain()),
              source));
          yield Optional.of(new FanOut(Optional.of(new Candidates(last, selects))));
        }
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
    return new ColumnRef(PlanNode.table(window.partial().name()), SOURCE_PERIOD, SqlType.DATE);
  }

  /** The last candidate period of a source period, and the condition that keeps the exact candidates. */
  private record Candidates(UnaryOperator<Node> last, Optional<Node> selects) {}

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
    Bounds bounds = Bounds.of(window);
    TableRef keys = new TableRef("", KEYS, KEYS);
    Node source = new ColumnRef(partialTable, SOURCE_PERIOD, SqlType.DATE);
    Node last = new ColumnRef(keys, LAST, SqlType.DATE);
    if (window.frame() instanceof WindowFrame.Current) {
      return new Comparison(ComparisonOp.EQ, source, last);
    }
    Node upTo = new Comparison(ComparisonOp.LE, source, last);
    if (bounds.first().isEmpty()) {
      return upTo;
    }
    Node first = new ColumnRef(keys, FIRST, SqlType.DATE);
    return new Node.And(List.of(
        new Comparison(bounds.firstInclusive() ? ComparisonOp.GE : ComparisonOp.GT, source, first), upTo));
  }
}
