package dev.grainline.runtime.internal.rendering;

import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.ComparisonOp;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Comparison;
import dev.grainline.internal.model.expr.Node.TimeTrunc;
import dev.grainline.runtime.Dialect;
import dev.grainline.runtime.internal.plan.BaseRows;
import dev.grainline.runtime.internal.plan.DimensionColumn;
import dev.grainline.runtime.internal.plan.GapFill;
import dev.grainline.runtime.internal.plan.OutputMetric;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The CTEs of a gap-filled query: {@code spine}, every period of the range (from the calendar table, or a
 * {@link DateSeries}), and {@code base}, the spine crossed with the other key
 * columns' combinations and full-joined with the rows ({@code base_rows}), with counts and sums 0 where a row is new.
 */
final class GapFillRenderer {
  private static final String SPINE = "spine";
  private static final String GRID = "grid";
  private static final String OTHERS = "others";

  private GapFillRenderer() {}

  static void define(GapFill fill, Statement statement) {
    if (!statement.first(BaseRows.BASE.name())) {
      return;
    }
    statement.define(fill.rows());
    ExprRenderer expressions = statement.expressions();
    Dialect dialect = statement.dialect();
    String rows = fill.rows().name();
    List<SelectField<?>> spineFields = new ArrayList<>();
    for (DimensionColumn column : fill.spineColumns()) {
      spineFields.add(expressions.field(column.expr()).as(column.alias()));
    }
    Node period = new TimeTrunc(fill.spineDate(), fill.grain());
    Condition inRange = expressions.condition(new Node.And(List.of(
        new Comparison(ComparisonOp.GE, period, new TimeTrunc(fill.from(), fill.grain())),
        new Comparison(ComparisonOp.LE, period, fill.to()))));
    Table<?> source = fill.calendar().<Table<?>>map(expressions::table).orElseGet(() -> series(expressions, fill));
    Condition kept = fill.filter().map(expressions::condition).orElse(DSL.noCondition());
    var spine = DSL.selectDistinct(spineFields).from(source).where(inRange.and(kept));

    Map<String, SqlType> keyTypes = new HashMap<>();
    fill.keys().forEach(k -> keyTypes.put(k.alias(), k.type()));
    List<String> keys = new ArrayList<>(keyTypes.keySet().stream().sorted().toList());

    Table<?> grid = DSL.table(DSL.name(SPINE));
    if (!fill.others().isEmpty()) {
      var others = DSL.selectDistinct(fill.others().stream()
          .<SelectField<?>>map(o -> DSL.field(DSL.name(rows, o))).toList()).from(DSL.table(DSL.name(rows)));
      grid = DSL.select(DSL.asterisk()).from(grid).crossJoin(others.asTable(OTHERS)).asTable(GRID);
    } else {
      grid = grid.as(GRID);
    }
    List<SelectField<?>> fields = new ArrayList<>();
    List<Condition> on = new ArrayList<>();
    for (String key : keys) {
      Field<?> left = DSL.field(DSL.name(GRID, key));
      Field<?> right = DSL.field(DSL.name(rows, key));
      fields.add(ExprRenderer.coalesce(List.of(left, right)).as(key));
      on.add(NullSafeEquals.of(dialect, left, right, keyTypes.get(key)));
    }
    Condition isNew = DSL.field(DSL.name(rows, CombineRenderer.PRESENT)).isNull();
    for (OutputMetric component : fill.columns()) {
      Field<Object> value = DSL.field(DSL.name(rows, component.alias()), Object.class);
      @SuppressWarnings("unchecked")
      Field<Object> zero = (Field<Object>) DSL.inline(0).cast(DataTypes.of(dialect, component.type()));
      fields.add(fill.zeroFilled().contains(component.alias())
          ? DSL.when(isNew, zero).otherwise(value).as(component.alias())
          : value.as(component.alias()));
    }
    var filled = DSL.select(fields).from(grid).fullJoin(DSL.table(DSL.name(rows))).on(DSL.and(on));
    statement.cte(DSL.name(SPINE).as(spine));
    statement.cte(DSL.name(BaseRows.BASE.name()).as(filled));
  }

  /** The period starts from {@code from}'s period to {@code to}, one per period, as column {@code d}. */
  private static Table<?> series(ExprRenderer expressions, GapFill fill) {
    Table<?> generated = DateSeries.of(expressions.dialect(),
        expressions.field(new TimeTrunc(fill.from(), fill.grain())), expressions.field(fill.to()), fill.grain());
    Field<?> date = DSL.field(DSL.name(DateSeries.TABLE, DateSeries.COLUMN));
    return DSL.select(DSL.cast(date, SQLDataType.LOCALDATE).as("d")).from(generated)
        .asTable(GapFill.SERIES.alias());
  }

}
