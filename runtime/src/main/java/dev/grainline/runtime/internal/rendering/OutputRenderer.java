package dev.grainline.runtime.internal.rendering;

import dev.grainline.internal.model.SortKey;
import dev.grainline.runtime.internal.plan.Output;
import dev.grainline.runtime.internal.plan.Result;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The final SELECT: the requested columns of the result, the having filter, the order, and the limit and the offset
 * as bind values.
 */
final class OutputRenderer {
  static final String LIMIT_PARAM = "limit";
  static final String OFFSET_PARAM = "offset";

  private OutputRenderer() {}

  static void define(Output output, Statement statement) {
    statement.define(output.result());
    ExprRenderer expressions = statement.expressions();
    String result = Result.RESULT.alias();
    List<SelectField<?>> columns = new ArrayList<>();
    output.dimensions().forEach(d -> columns.add(DSL.field(DSL.name(result, d.alias()))));
    output.metrics().stream().filter(m -> !m.hidden())
        .forEach(m -> columns.add(DSL.field(DSL.name(result, m.alias()))));
    Condition having = output.having().map(expressions::condition).orElse(DSL.noCondition());
    List<SortField<?>> order = output.order().stream().<SortField<?>>map(k -> sortField(expressions, k)).toList();
    var select = DSL.with(statement.ctes()).select(columns).from(DSL.table(DSL.name(Result.RESULT.name())))
        .where(having).orderBy(order);
    // jOOQ inlines bind values of LIMIT for DuckDB (as "limit null" when the value is unknown), so the limit and the
    // offset are a template around the statement, bound like any other value on every engine. One form for all:
    // "offset ? limit ?", which PostgreSQL, DuckDB and Trino take (Trino rejects "limit ? offset ?"), "limit ?" and
    // "offset ?".
    Param<Long> limit = DSL.param(LIMIT_PARAM, SQLDataType.BIGINT);
    Param<Long> offset = DSL.param(OFFSET_PARAM, SQLDataType.BIGINT);
    if (output.limited() && output.offset()) {
      statement.query(DSL.resultQuery("{0}\noffset {1}\nlimit {2}", select, offset, limit));
    } else if (output.limited()) {
      statement.query(DSL.resultQuery("{0}\nlimit {1}", select, limit));
    } else {
      statement.query(output.offset() ? DSL.resultQuery("{0}\noffset {1}", select, offset) : select);
    }
  }

  private static SortField<?> sortField(ExprRenderer expressions, SortKey key) {
    Field<?> field = expressions.field(key.expr());
    SortField<?> sort = key.descending() ? field.desc() : field.asc();
    return key.nullsFirst() ? sort.nullsFirst() : sort.nullsLast();
  }
}
