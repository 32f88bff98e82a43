package dev.grainline.runtime.internal.rendering;

import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.runtime.internal.plan.DimensionColumn;
import dev.grainline.runtime.internal.plan.DistinctKeys;
import dev.grainline.runtime.internal.plan.GrainColumn;
import dev.grainline.runtime.internal.plan.PlanNode;
import dev.grainline.runtime.internal.plan.PlannedComponent;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * A distinct-key group's two CTEs: the rows (passing the group's filter) grouped by the grain and the key, with
 * {@code bool_or} of each component's filter; then per grain, each component the number of keys whose every
 * column is non-NULL and whose flag holds ({@code count(*) filter (where ...)}, which jOOQ renders as each engine
 * writes a filtered aggregate, as every other filtered aggregate here). {@code bool_or} is native on PostgreSQL,
 * DuckDB and Trino. A flag is NULL when the filter is NULL on every row of the key, and a NULL flag leaves the key
 * out, as a NULL filter leaves a row out of {@code count(distinct ...) filter (where ...)}.
 */
final class DistinctKeysRenderer {
  private DistinctKeysRenderer() {}

  static void define(DistinctKeys group, Statement statement) {
    if (!statement.first(group.name())) {
      return;
    }
    statement.define(group.input());
    ExprRenderer expressions = statement.expressions();
    Reading rows = Reading.of(group.input(), expressions);

    // Per grain and key: the rows' flags. Keys with a NULL column are grouped too, so that a grain whose keys are
    // all NULL is still a row (counting 0), as the aggregation it replaces gives.
    List<SelectField<?>> keyFields = new ArrayList<>();
    List<Field<?>> keyGroupBy = new ArrayList<>();
    for (DimensionColumn dimension : group.grain()) {
      keyFields.add(rows.field(expressions, dimension.expr()).as(dimension.alias()));
      keyGroupBy.add(rows.field(expressions, dimension.expr()));
    }
    for (GrainColumn key : group.key()) {
      keyFields.add(rows.field(expressions, key.expr()).as(key.alias()));
      keyGroupBy.add(rows.field(expressions, key.expr()));
    }
    for (PlannedComponent component : group.components()) {
      component.aggregate().filter().ifPresent(f ->
          keyFields.add(DSL.boolOr(expressions.condition(rows.columns().apply(f))).as(component.alias())));
    }
    Condition filter = group.filter().map(f -> expressions.condition(rows.columns().apply(f)))
        .orElse(DSL.noCondition());
    statement.cte(DSL.name(group.keysName()).as(rows.select(keyFields, keyGroupBy, filter)));

    // Per grain: the keys counted.
    TableRef keys = PlanNode.table(group.keysName());
    List<SelectField<?>> fields = new ArrayList<>();
    List<Field<?>> groupBy = new ArrayList<>();
    for (DimensionColumn dimension : group.grain()) {
      Field<?> column = expressions.field(ColumnRef.derived(keys, dimension.alias(), dimension.type()));
      fields.add(column.as(dimension.alias()));
      groupBy.add(column);
    }
    List<Condition> nonNull = group.key().stream()
        .map(k -> DSL.field(DSL.name(keys.alias(), k.alias())).isNotNull()).toList();
    for (PlannedComponent component : group.components()) {
      List<Condition> counted = new ArrayList<>(nonNull);
      if (component.aggregate().filter().isPresent()) {
        counted.add(DSL.condition(DSL.field(DSL.name(keys.alias(), component.alias()), SQLDataType.BOOLEAN)));
      }
      fields.add(DSL.count().filterWhere(DSL.and(counted)).as(component.alias()));
    }
    var select = DSL.select(fields).from(DSL.table(DSL.name(keys.name())));
    statement.cte(Statement.named(group.name(), group.materialized(),
        groupBy.isEmpty() ? select : select.groupBy(groupBy)));
  }
}
