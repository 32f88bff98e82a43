package dev.grainline.runtime.internal.rendering;

import dev.grainline.runtime.internal.plan.SharedScan;
import java.util.ArrayList;
import java.util.List;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/**
 * A shared scan's CTE: the columns its readers use, over the entity's tables, where the scan's filter holds.
 * Materialized when several groups read it (jOOQ renders the keyword for PostgreSQL only; DuckDB materializes a CTE
 * that is read more than once by itself, as EXPLAIN's CTE scans show).
 */
final class SharedScanRenderer {
  private SharedScanRenderer() {}

  static void define(SharedScan shared, Statement statement) {
    if (!statement.first(shared.name())) {
      return;
    }
    statement.define(shared.scan());
    ExprRenderer expressions = statement.expressions();
    List<SelectField<?>> fields = new ArrayList<>();
    shared.columns().forEach(c -> fields.add(expressions.field(c.expr()).as(c.alias())));
    Reading rows = Reading.of(shared.scan(), expressions);
    statement.scan(Statement.named(shared.name(), shared.materialized(),
        rows.select(fields, List.of(), DSL.noCondition())));
  }
}
