package dev.grainline.runtime.internal.rendering;

import dev.grainline.SqlType;
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
    var merged = DSL.select(mergedFields).from(keys).leftJoin(DSL.table(DSL.name(partialName))).on(DSL.and(on))
        .groupBy(mergedGroupBy);
    // Materialized: PostgreSQL, estimating one row for a filter on left-joined NULLs, would otherwise plan a nested
    // loop that merges the window again for every base row (minutes instead of a second).
    statement.cte(DSL.name(window.name()).asMaterialized(merged));
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
