package dev.grainline.runtime.internal.rendering;

import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.aggregate.Rollup;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.runtime.internal.plan.PlannedComponent;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Field;
import org.jooq.SelectField;

/** The two halves of a decomposed aggregation, which roll-ups, pre-aggregations and windows all render. */
final class Partials {
  private Partials() {}

  /**
   * The fields of a roll-up, for each component: its partial aggregates (and the level columns of a distinct count,
   * one per counted column, which the partials are also grouped by) over the rows, and its merge and combination
   * over the partials.
   */
  static void decompose(ExprRenderer expressions, List<PlannedComponent> components, TableRef partialTable,
      List<SelectField<?>> partialFields, List<Field<?>> partialGroupBy, List<SelectField<?>> mergedFields) {
    List<Rollup> rollups = rollups(components, partialTable);
    for (int i = 0; i < rollups.size(); i++) {
      Rollup rollup = rollups.get(i);
      for (Rollup.Accumulated partial : rollup.partials()) {
        partialFields.add(expressions.field(partial.aggregate()).as(partial.alias()));
      }
      if (rollup.level().isPresent()) {
        // One grain column per component of the values: a tuple is kept as its columns, never combined into one.
        Rollup.Level level = rollup.level().get();
        for (int column = 0; column < level.aliases().size(); column++) {
          partialFields.add(expressions.field(level.values().get(column)).as(level.aliases().get(column)));
          partialGroupBy.add(expressions.field(level.values().get(column)));
        }
      }
      mergedFields.add(expressions.field(rollup.combine()).as(components.get(i).alias()));
    }
  }

  /** A component's merge and combination over the partials, under the component's alias. */
  record Merge(String alias, Node combine) {}

  /** The merges of {@link #decompose}, as expressions, for callers that change them (a window's frame filter). */
  static List<Merge> merges(List<PlannedComponent> components, TableRef partialTable) {
    List<Rollup> rollups = rollups(components, partialTable);
    List<Merge> merges = new ArrayList<>(rollups.size());
    for (int i = 0; i < rollups.size(); i++) {
      merges.add(new Merge(components.get(i).alias(), rollups.get(i).combine()));
    }
    return merges;
  }

  private static List<Rollup> rollups(List<PlannedComponent> components, TableRef partialTable) {
    List<Rollup> rollups = new ArrayList<>(components.size());
    int level = 0;
    for (PlannedComponent component : components) {
      // Only FULL and LIMITED components are rolled up; the planner computes NONE ones in a terminal group.
      Rollup rollup = Rollup.of(component.aggregate(), component.type(), component.alias(), partialTable,
          "l" + level).orElseThrow(() -> new IllegalArgumentException(component.alias() + " is not decomposable"));
      if (rollup.level().isPresent()) {
        level++;
      }
      rollups.add(rollup);
    }
    return rollups;
  }
}
