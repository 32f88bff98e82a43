package dev.grainline.runtime.internal.rendering;

import dev.grainline.internal.model.TableRef;
import dev.grainline.runtime.internal.plan.DimensionColumn;
import dev.grainline.runtime.internal.plan.GrainColumn;
import dev.grainline.runtime.internal.plan.PlanNode;
import dev.grainline.runtime.internal.plan.RollUp;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/** A roll-up's two CTEs: partial aggregates at the finer grain, then merged and combined to the query grain. */
final class RollUpRenderer {
  private RollUpRenderer() {}

  static void define(RollUp group, Statement statement) {
    if (!statement.first(group.name())) {
      return;
    }
    statement.define(group.input());
    ExprRenderer expressions = statement.expressions();
    Reading rows = Reading.of(group.input(), expressions);
    String partialName = group.partialName();
    TableRef partialTable = PlanNode.table(partialName);
    List<SelectField<?>> partialFields = new ArrayList<>();
    List<Field<?>> partialGroupBy = new ArrayList<>();
    for (DimensionColumn dimension : group.grain()) {
      partialFields.add(rows.field(expressions, dimension.expr()).as(dimension.alias()));
      partialGroupBy.add(rows.field(expressions, dimension.expr()));
    }
    for (GrainColumn extra : group.extraGrain()) {
      partialFields.add(rows.field(expressions, extra.expr()).as(extra.alias()));
      partialGroupBy.add(rows.field(expressions, extra.expr()));
    }
    List<SelectField<?>> mergedFields = new ArrayList<>();
    group.grain().forEach(d -> mergedFields.add(DSL.field(DSL.name(partialName, d.alias())).as(d.alias())));
    Partials.decompose(expressions, group.components().stream().map(rows::read).toList(), partialTable,
        partialFields, partialGroupBy, mergedFields);
    List<Field<?>> mergedGroupBy = group.grain().stream()
        .<Field<?>>map(d -> DSL.field(DSL.name(partialName, d.alias()))).toList();
    Select<?> merged = mergedGroupBy.isEmpty()
        ? DSL.select(mergedFields).from(DSL.table(DSL.name(partialName)))
        : DSL.select(mergedFields).from(DSL.table(DSL.name(partialName))).groupBy(mergedGroupBy);
    Condition filter = group.filter().map(f -> expressions.condition(rows.columns().apply(f)))
        .orElse(DSL.noCondition());
    statement.cte(DSL.name(partialName).as(rows.select(partialFields, partialGroupBy, filter)));
    statement.cte(Statement.named(group.name(), group.materialized(), merged));
  }
}
