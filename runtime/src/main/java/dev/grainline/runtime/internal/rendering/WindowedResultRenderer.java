package dev.grainline.runtime.internal.rendering;

import dev.grainline.SqlType;
import dev.grainline.runtime.internal.plan.BaseRows;
import dev.grainline.runtime.internal.plan.OutputMetric;
import dev.grainline.runtime.internal.plan.Result;
import dev.grainline.runtime.internal.plan.WindowMerge;
import dev.grainline.runtime.internal.plan.WindowedResult;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The result of a query with windows: the base rows with each window's merged rows joined on its partitions and
 * period, and the combiners over both.
 */
final class WindowedResultRenderer {
  private WindowedResultRenderer() {}

  static void define(WindowedResult result, Statement statement) {
    if (!statement.first(Result.RESULT.name())) {
      return;
    }
    statement.define(result.base());
    result.windows().forEach(statement::define);
    ExprRenderer expressions = statement.expressions();
    String base = BaseRows.BASE.alias();
    List<SelectField<?>> fields = new ArrayList<>();
    result.dimensions().forEach(d -> fields.add(DSL.field(DSL.name(base, d.alias())).as(d.alias())));
    // Hidden periods break ties in the order: an integer week that repeats every year names several rows.
    result.periods().forEach(p -> fields.add(DSL.field(DSL.name(base, p.alias())).as(p.alias())));
    for (OutputMetric metric : result.metrics()) {
      fields.add(CombineRenderer.cast(expressions.field(metric.combiner()), metric.type()).as(metric.alias()));
    }
    Table<?> from = DSL.table(DSL.name(BaseRows.BASE.name()));
    for (WindowMerge window : result.windows()) {
      List<Condition> keys = new ArrayList<>();
      for (WindowMerge.Key key : window.partitions()) {
        keys.add(NullSafeEquals.of(statement.dialect(), DSL.field(DSL.name(base, key.alias())),
            DSL.field(DSL.name(window.name(), key.alias())), key.type()));
      }
      keys.add(NullSafeEquals.of(statement.dialect(), DSL.field(DSL.name(base, window.periodAlias())),
          DSL.field(DSL.name(window.name(), window.periodAlias())), SqlType.DATE));
      from = from.leftJoin(DSL.table(DSL.name(window.name()))).on(DSL.and(keys));
    }
    statement.cte(DSL.name(Result.RESULT.name()).as(DSL.select(fields).from(from)));
  }
}
