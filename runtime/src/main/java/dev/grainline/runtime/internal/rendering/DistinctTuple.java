package dev.grainline.runtime.internal.rendering;

import dev.grainline.runtime.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The number of distinct tuples of several columns (a composite entity: {@code countDistinct(USER)} over
 * {@code (account_id, user_id)}). A tuple counts only when every component is non-NULL, which the filter says
 * explicitly: PostgreSQL and DuckDB count {@code (1, NULL)} and {@code (NULL, NULL)} as values of a row. The tuple is
 * a row value, never a concatenation or a hash of its components, which both collide.
 */
final class DistinctTuple {
  private DistinctTuple() {}

  static Field<?> count(Dialect dialect, List<Field<?>> components, Optional<Condition> filter) {
    List<Condition> conditions = new ArrayList<>();
    components.forEach(c -> conditions.add(c.isNotNull()));
    filter.ifPresent(conditions::add);
    Condition rows = DSL.and(conditions);
    return switch (dialect) {
      // (a, b) is a row value on PostgreSQL and an unnamed STRUCT on DuckDB; both compare component by component.
      case POSTGRES, DUCKDB ->
          DSL.field("count(distinct ({0})) filter (where {1})", SQLDataType.BIGINT, DSL.list(components), rows);
      // Trino reads (a, b) in an aggregate's argument as two arguments; row(a, b) is one value.
      case TRINO ->
          DSL.field("count(distinct row({0})) filter (where {1})", SQLDataType.BIGINT, DSL.list(components), rows);
    };
  }
}
