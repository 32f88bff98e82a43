package dev.grainline.runtime.internal.rendering;

import dev.grainline.internal.model.TableRef;
import dev.grainline.runtime.internal.plan.GrainColumn;
import dev.grainline.runtime.internal.plan.PlannedComponent;
import dev.grainline.runtime.internal.planning.Decomposition;
import java.util.List;
import org.jooq.Field;
import org.jooq.SelectField;

/** The two halves of a decomposed aggregation, which roll-ups, pre-aggregations and windows all render. */
final class Partials {
  private Partials() {}

  /**
   * The fields of a roll-up, for each component: its partial aggregates (and the level column of a distinct count,
   * which the partials are also grouped by) over the rows, and its merge and combination over the partials.
   */
  static void decompose(ExprRenderer expressions, List<PlannedComponent> components, TableRef partialTable,
      List<SelectField<?>> partialFields, List<Field<?>> partialGroupBy, List<SelectField<?>> mergedFields) {
    int level = 0;
    for (PlannedComponent component : components) {
      Decomposition.Decomposed decomposed = Decomposition.decompose(component, partialTable, level);
      for (Decomposition.Partial partial : decomposed.partials()) {
        partialFields.add(expressions.field(partial.aggregate()).as(partial.alias()));
      }
      if (decomposed.level().isPresent()) {
        GrainColumn column = decomposed.level().get();
        partialFields.add(expressions.field(column.expr()).as(column.alias()));
        partialGroupBy.add(expressions.field(column.expr()));
        level++;
      }
      mergedFields.add(expressions.field(decomposed.combine()).as(component.alias()));
    }
  }
}
