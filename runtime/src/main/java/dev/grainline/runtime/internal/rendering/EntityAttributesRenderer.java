package dev.grainline.runtime.internal.rendering;

import dev.grainline.runtime.internal.plan.EntityAttributes;
import dev.grainline.runtime.internal.plan.GrainColumn;
import dev.grainline.runtime.internal.plan.PlannedComponent;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/**
 * The CTE of derived attributes: SELECT the last link's columns AS k_..., the attributes' aggregates FROM the fact's
 * rows (restricted to the tenant in a bound query, never filtered by the query) GROUP BY those columns. It reads only
 * tables, so it is defined among the scans, before any shared scan that joins it.
 */
final class EntityAttributesRenderer {
  private EntityAttributesRenderer() {}

  static void define(EntityAttributes derived, Statement statement) {
    if (!statement.first(derived.name())) {
      return;
    }
    ExprRenderer expressions = statement.expressions();
    Reading rows = Reading.of(derived.input(), expressions);
    List<SelectField<?>> fields = new ArrayList<>();
    List<Field<?>> groupBy = new ArrayList<>();
    for (GrainColumn key : derived.key()) {
      fields.add(rows.field(expressions, key.expr()).as(key.alias()));
      groupBy.add(rows.field(expressions, key.expr()));
    }
    for (PlannedComponent column : derived.columns()) {
      fields.add(rows.field(expressions, column.aggregate()).as(column.alias()));
    }
    statement.scan(Statement.named(derived.name(), false, rows.select(fields, groupBy, DSL.noCondition())));
  }
}
