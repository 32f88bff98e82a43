package dev.grainline.runtime.internal.rendering;

import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.query.WindowUse;
import dev.grainline.runtime.internal.planning.DimensionColumn;
import dev.grainline.runtime.internal.planning.Evaluation;
import dev.grainline.runtime.internal.planning.GrainGroupPlan;
import dev.grainline.runtime.internal.planning.JoinStep;
import dev.grainline.runtime.internal.planning.Planner;
import dev.grainline.runtime.internal.planning.Scan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Aggregation below the dimension joins: a grain group first aggregates its fact's rows by the link columns (and
 * its own grain attributes), then joins the dimensions to those few rows and merges the partial aggregates to the
 * query grain. Joining a calendar to a million order lines and grouping by its columns costs several times more
 * than grouping the lines by their date key and joining the calendar to a few hundred rows.
 *
 * <p>Exact for every decomposable aggregate, because all rows of a pre-aggregated row share their link columns and so
 * join the same dimension rows. It applies when the aggregates read only the tables the pre-aggregation reads, and
 * each grain attribute reads either those tables or the dimensions joined after it, not both; and only to sums,
 * counts, minima, maxima and their kin (FULL): a distinct count keeps its values in the pre-aggregated grain, which
 * then shrinks nothing and costs a second aggregation (measured: 1.7x slower).
 *
 * <p><b>Filter, then aggregate.</b> Every condition of the query's filter restricts the rows before they are
 * aggregated: the dimensions a condition reads (and the hops that lead to them) are joined inside the
 * pre-aggregation, exactly as the plain scan joins them, and only the dimensions that no condition reads are joined
 * after it. Aggregating first and filtering the pre-aggregated rows after the join (what this did before issue 9)
 * computes the rows the filter excludes: one line in Electronics whose total overflows failed a Books-only query on
 * PostgreSQL, and a filter keeping a quarter of the lines ran 2.2x the hand-written join-then-filter query at 1M lines.
 * Joining inside is exact for every condition (IS NULL over a LEFT-joined dimension, NOT, OR, conditions that mix
 * fact and dimension columns, which used to disable the rewrite), because the rows it aggregates are the plain
 * scan's rows. A semi-join on the link key ({@code product_id IN (SELECT ...)}) would be exact only for an INNER
 * join or a condition false on NULL, and costs the same hash lookup per line as the join. When a condition reads
 * every dimension, nothing is left to join after the pre-aggregation, and the rewrite is skipped: it would only
 * aggregate the same rows twice. Measured at 1M lines (benchmarks/RESULTS.md, issue 9): revenue by month with a
 * selective, a non-selective and no product filter stay within the hand-written query's time.
 */
final class EagerAggregation {
  private EagerAggregation() {}

  /** The pre-aggregating and the merging SELECT of {@code group}, or empty where the rewrite does not apply. */
  static Optional<List<Select<?>>> of(ExprRenderer expressions, GrainGroupPlan group) {
    if (!eligible(group)) {
      return Optional.empty();
    }
    Scan scan = group.scan();
    List<Node> conditions = scan.where().map(WindowUse::conditions).orElse(List.of());
    List<JoinStep> below = joinedBelow(scan, conditions);
    List<JoinStep> above = scan.joins().stream().filter(step -> !below.contains(step)).toList();
    Set<TableRef> preTables = preTables(scan, below);
    if (above.isEmpty() || !readsOnly(group, preTables)) {
      return Optional.empty();
    }
    String preName = preName(group);
    TableRef pre = Planner.groupTable(preName);

    // Pre-aggregation: by the grain attributes it can compute and by the columns the later joins join on.
    List<SelectField<?>> preFields = new ArrayList<>();
    List<Field<?>> preGroupBy = new ArrayList<>();
    List<SelectField<?>> mergedFields = new ArrayList<>();
    List<Field<?>> mergedGroupBy = new ArrayList<>();
    for (DimensionColumn dimension : group.grain()) {
      Node merged = dimension.expr();
      if (reads(dimension.expr(), preTables)) {
        preFields.add(expressions.field(dimension.expr()).as(dimension.alias()));
        preGroupBy.add(expressions.field(dimension.expr()));
        merged = new ColumnRef(pre, dimension.alias(), dimension.type());
      }
      mergedFields.add(expressions.field(merged).as(dimension.alias()));
      mergedGroupBy.add(expressions.field(merged));
    }
    List<JoinStep> steps = new ArrayList<>();
    for (JoinStep step : above) {
      List<Node> from = new ArrayList<>();
      for (Node key : step.from()) {
        if (!reads(key, preTables)) {
          from.add(key);
        } else if (key instanceof ColumnRef column) {
          String alias = "key_" + column.table().alias() + "_" + column.column();
          if (preFields.stream().noneMatch(f -> f.getName().equals(alias))) {
            preFields.add(expressions.field(key).as(alias));
            preGroupBy.add(expressions.field(key));
          }
          from.add(new ColumnRef(pre, alias, column.type()));
        } else {
          return Optional.empty();
        }
      }
      steps.add(new JoinStep(step.table(), step.type(), from, step.to(), step.description()));
    }
    List<SelectField<?>> componentFields = new ArrayList<>();
    SqlRenderer.decompose(expressions, group.components(), pre, componentFields, preGroupBy, mergedFields);
    preFields.addAll(componentFields);

    Table<?> source = SqlRenderer.joinSteps(expressions, SqlRenderer.sourceTables(expressions, scan), below);
    Condition preWhere = DSL.and(conditions.stream().map(expressions::condition).collect(Collectors.toList()));
    Select<?> preSelect = DSL.select(preFields).from(source).where(preWhere).groupBy(preGroupBy);

    Table<?> joinedRows = SqlRenderer.joinSteps(expressions, DSL.table(DSL.name(preName)), steps);
    var merged = DSL.select(mergedFields).from(joinedRows);
    Select<?> mergedSelect = mergedGroupBy.isEmpty() ? merged : merged.groupBy(mergedGroupBy);
    return Optional.of(List.of(preSelect, mergedSelect));
  }

  /**
   * Whether the group's shape allows the rewrite at all: aggregated once from its own scan (not a roll-up, a shared
   * scan or a metric filter), with dimensions joined, and only FULL aggregates.
   */
  private static boolean eligible(GrainGroupPlan group) {
    Scan scan = group.scan();
    return group.evaluation() == Evaluation.TERMINAL && !scan.viaCte() && group.filter().isEmpty()
        && !scan.joins().isEmpty()
        && group.components().stream().allMatch(c -> c.aggregate().function().eagerlyAggregable());
  }

  /**
   * The join steps the pre-aggregation joins itself: those whose tables a condition reads, and the hops they are
   * reached through, in the scan's order. A filter then restricts the fact rows before they are aggregated.
   */
  static List<JoinStep> joinedBelow(Scan scan, List<Node> conditions) {
    Set<TableRef> needed = new HashSet<>();
    conditions.forEach(c -> needed.addAll(tables(c)));
    // Walk back from the last hop: a needed hop needs the hops its join keys read.
    List<JoinStep> joins = scan.joins();
    for (int i = joins.size() - 1; i >= 0; i--) {
      JoinStep step = joins.get(i);
      if (needed.contains(step.table())) {
        step.from().forEach(key -> needed.addAll(tables(key)));
      }
    }
    return joins.stream().filter(step -> needed.contains(step.table())).toList();
  }

  /** The tables the pre-aggregation reads: the fact's own and the dimensions joined below it. */
  private static Set<TableRef> preTables(Scan scan, List<JoinStep> below) {
    Set<TableRef> tables = new HashSet<>(scan.source().tables());
    below.forEach(step -> tables.add(step.table()));
    return tables;
  }

  /**
   * Whether the aggregates can be computed below the later joins, and each grain attribute either below them or
   * above them (not from both sides, which no pre-aggregated row holds).
   */
  private static boolean readsOnly(GrainGroupPlan group, Set<TableRef> preTables) {
    return group.components().stream().allMatch(c -> reads(c.aggregate(), preTables))
        && group.grain().stream().allMatch(d -> reads(d.expr(), preTables) || readsNone(d.expr(), preTables));
  }

  private static boolean reads(Node expr, Set<TableRef> tables) {
    return tables.containsAll(tables(expr));
  }

  private static boolean readsNone(Node expr, Set<TableRef> tables) {
    return tables(expr).stream().noneMatch(tables::contains);
  }

  private static Set<TableRef> tables(Node expr) {
    return Nodes.collect(expr, ColumnRef.class).stream().map(ColumnRef::table).collect(Collectors.toSet());
  }

  /** The name of the pre-aggregating CTE of a group. */
  static String preName(GrainGroupPlan group) {
    return group.name() + "_pre";
  }
}
