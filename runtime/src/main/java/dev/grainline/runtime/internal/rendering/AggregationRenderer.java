package dev.grainline.runtime.internal.rendering;

import dev.grainline.runtime.internal.plan.Aggregation;
import dev.grainline.runtime.internal.plan.DimensionColumn;
import dev.grainline.runtime.internal.plan.PlannedComponent;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/** A terminal grain group's CTE: SELECT grain, aggregates FROM its rows WHERE its filter GROUP BY the grain. */
final class AggregationRenderer {
  private AggregationRenderer() {}

  static void define(Aggregation group, Statement statement) {
    if (!statement.first(group.name())) {
      return;
    }
    statement.define(group.input());
    ExprRenderer expressions = statement.expressions();
    Reading rows = Reading.of(group.input(), expressions);
    List<SelectField<?>> fields = new ArrayList<>();
    List<Field<?>> groupBy = new ArrayList<>();
    for (DimensionColumn dimension : group.grain()) {
      fields.add(rows.field(expressions, dimension.expr()).as(dimension.alias()));
      groupBy.add(rows.field(expressions, dimension.expr()));
    }
    for (PlannedComponent component : group.components()) {
      fields.add(rows.field(expressions, component.aggregate()).as(component.alias()));
    }
    Condition filter = group.filter().map(f -> expressions.condition(rows.columns().apply(f)))
        .orElse(DSL.noCondition());
    statement.cte(Statement.named(group.name(), group.materialized(), rows.select(fields, groupBy, filter)));
  }
}
