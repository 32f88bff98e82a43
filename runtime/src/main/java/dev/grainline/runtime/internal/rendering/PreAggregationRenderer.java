package dev.grainline.runtime.internal.rendering;

import dev.grainline.internal.model.TableRef;
import dev.grainline.runtime.internal.plan.DimensionColumn;
import dev.grainline.runtime.internal.plan.GrainColumn;
import dev.grainline.runtime.internal.plan.PlanNode;
import dev.grainline.runtime.internal.plan.PreAggregation;
import dev.grainline.runtime.internal.plan.Scan;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * A pre-aggregation's two CTEs: the fact's rows, joined to the dimensions its conditions read and filtered,
 * aggregated by the grain attributes they hold and the other links' keys; then the other dimensions joined to those
 * rows and the partials merged to the query grain.
 */
final class PreAggregationRenderer {
  private PreAggregationRenderer() {}

  static void define(PreAggregation group, Statement statement) {
    if (!statement.first(group.name())) {
      return;
    }
    ExprRenderer expressions = statement.expressions();
    Scan scan = group.input().scan();
    TableRef pre = PlanNode.table(group.preName());
    List<SelectField<?>> preFields = new ArrayList<>();
    List<Field<?>> preGroupBy = new ArrayList<>();
    for (DimensionColumn dimension : group.preGrain()) {
      preFields.add(expressions.field(dimension.expr()).as(dimension.alias()));
      preGroupBy.add(expressions.field(dimension.expr()));
    }
    for (GrainColumn key : group.linkKeys()) {
      preFields.add(expressions.field(key.expr()).as(key.alias()));
      preGroupBy.add(expressions.field(key.expr()));
    }
    List<SelectField<?>> mergedFields = new ArrayList<>();
    List<Field<?>> mergedGroupBy = new ArrayList<>();
    for (DimensionColumn dimension : group.mergedGrain()) {
      mergedFields.add(expressions.field(dimension.expr()).as(dimension.alias()));
      mergedGroupBy.add(expressions.field(dimension.expr()));
    }
    Partials.decompose(expressions, group.components(), pre, preFields, preGroupBy, mergedFields);

    Table<?> rows = ScanRenderer.joinSteps(expressions, ScanRenderer.sourceTables(expressions, scan),
        group.joinedBelow());
    List<Condition> conditions = new ArrayList<>(group.conditions().stream().map(expressions::condition).toList());
    conditions.addAll(ScanRenderer.sourceRestrictions(expressions, scan));
    Condition where = DSL.and(conditions);
    Select<?> preSelect = DSL.select(preFields).from(rows).where(where).groupBy(preGroupBy);
    Table<?> joinedRows = ScanRenderer.joinSteps(expressions, DSL.table(DSL.name(group.preName())),
        group.joinedAbove());
    var merged = DSL.select(mergedFields).from(joinedRows);
    statement.cte(DSL.name(group.preName()).as(preSelect));
    statement.cte(Statement.named(group.name(), group.materialized(),
        mergedGroupBy.isEmpty() ? merged : merged.groupBy(mergedGroupBy)));
  }
}
