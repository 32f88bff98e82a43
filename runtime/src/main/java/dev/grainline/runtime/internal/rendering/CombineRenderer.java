package dev.grainline.runtime.internal.rendering;

import dev.grainline.SqlType;
import dev.grainline.runtime.internal.plan.Combine;
import dev.grainline.runtime.internal.plan.DimensionOutput;
import dev.grainline.runtime.internal.plan.GroupNode;
import dev.grainline.runtime.internal.plan.OutputMetric;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** The grain groups joined on their key columns (NULL-safe), with the combination's columns over them. */
final class CombineRenderer {
  static final String PRESENT = "present";

  private CombineRenderer() {}

  static void define(Combine combine, Statement statement) {
    if (!statement.first(combine.name())) {
      return;
    }
    combine.groups().forEach(statement::define);
    ExprRenderer expressions = statement.expressions();
    // The groups that make the rows come first (full outer joins: a key of any of them is a row); groups that only
    // the having filter needs are left-joined, bringing values without adding rows.
    List<GroupNode> groups = new ArrayList<>();
    combine.members().stream().filter(Combine.Member::makesRows).forEach(m -> groups.add(m.group()));
    int rowMaking = groups.size();
    combine.members().stream().filter(m -> !m.makesRows()).forEach(m -> groups.add(m.group()));

    List<SelectField<?>> fields = new ArrayList<>();
    for (DimensionOutput key : combine.keys()) {
      fields.add(coalesced(groups, key.alias(), rowMaking).as(key.alias()));
    }
    for (OutputMetric column : combine.columns()) {
      Field<?> field = expressions.field(column.combiner());
      fields.add((combine.typed() ? cast(field, column.type()) : field).as(column.alias()));
    }
    if (combine.marksPresent()) {
      fields.add(DSL.inline(1).as(PRESENT));
    }
    Table<?> from = DSL.table(DSL.name(groups.get(0).name()));
    for (int i = 1; i < groups.size(); i++) {
      Table<?> next = DSL.table(DSL.name(groups.get(i).name()));
      if (combine.keys().isEmpty()) {
        // Every group has exactly one row when nothing is grouped: a cross join is the exact combination.
        from = from.crossJoin(next);
        continue;
      }
      List<Condition> keys = new ArrayList<>();
      for (DimensionOutput key : combine.keys()) {
        keys.add(NullSafeEquals.of(statement.dialect(), coalesced(groups, key.alias(), Math.min(i, rowMaking)),
            DSL.field(DSL.name(groups.get(i).name(), key.alias())), key.type()));
      }
      from = i < rowMaking ? from.fullJoin(next).on(DSL.and(keys)) : from.leftJoin(next).on(DSL.and(keys));
    }
    statement.cte(DSL.name(combine.name()).as(DSL.select(fields).from(from)));
  }

  /** The key column as the first {@code count} groups know it: the first non-NULL of their columns. */
  private static Field<?> coalesced(List<GroupNode> groups, String alias, int count) {
    List<Field<?>> columns = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      columns.add(DSL.field(DSL.name(groups.get(i).name(), alias)));
    }
    if (columns.size() == 1) {
      return columns.get(0);
    }
    return ExprRenderer.coalesce(columns);
  }

  /**
   * Output types are the same on every engine: ratios DOUBLE. Integers are not cast: a cast to BIGINT would round a
   * sum of a numeric column declared intCol and fail with each engine's own error beyond a long, where the reader
   * takes PostgreSQL's NUMERIC and DuckDB's HUGEINT sums exactly or reports them ([GrainlineResultType],
   * [GrainlineOverflow]).
   */
  static Field<?> cast(Field<?> field, SqlType type) {
    return switch (type) {
      case DOUBLE, BOOLEAN -> DSL.cast(field, DataTypes.of(type));
      case INTEGER, BIGINT, DECIMAL, TEXT, DATE, TIMESTAMP -> field;
    };
  }
}
