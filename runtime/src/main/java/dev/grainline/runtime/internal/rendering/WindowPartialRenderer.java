package dev.grainline.runtime.internal.rendering;

import dev.grainline.runtime.internal.plan.DimensionColumn;
import dev.grainline.runtime.internal.plan.PlanNode;
import dev.grainline.runtime.internal.plan.WindowPartial;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/**
 * A window's partial aggregates of one fact: per partition and source period (with the distinct values of distinct
 * counts), from the fact's rows or its grain group.
 */
final class WindowPartialRenderer {
  static final String SOURCE_PERIOD = "source_period";

  private WindowPartialRenderer() {}

  static void define(WindowPartial partial, Statement statement) {
    if (!statement.first(partial.name())) {
      return;
    }
    statement.define(partial.input());
    ExprRenderer expressions = statement.expressions();
    Reading rows = Reading.of(partial.input(), expressions);
    List<SelectField<?>> fields = new ArrayList<>();
    List<Field<?>> groupBy = new ArrayList<>();
    for (DimensionColumn partition : partial.partitions()) {
      fields.add(rows.field(expressions, partition.expr()).as(partition.alias()));
      groupBy.add(rows.field(expressions, partition.expr()));
    }
    fields.add(rows.field(expressions, partial.sourcePeriod()).as(SOURCE_PERIOD));
    groupBy.add(rows.field(expressions, partial.sourcePeriod()));
    // The merged half belongs to the window's merge; only the partials are kept here.
    Partials.decompose(expressions, partial.components().stream().map(rows::read).toList(),
        PlanNode.table(partial.name()), fields, groupBy, new ArrayList<>());
    Condition filter = partial.filter().map(f -> expressions.condition(rows.columns().apply(f)))
        .orElse(DSL.noCondition());
    statement.cte(DSL.name(partial.name()).as(rows.select(fields, groupBy, filter)));
  }
}
