package dev.grainline.runtime.internal.rendering;

import dev.grainline.runtime.Dialect;
import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * MAX_BY and MIN_BY with one meaning on every engine: the value on the row with the greatest (least) key, ignoring
 * rows whose key is NULL, ties going to the greatest (least) value. Neither engine's native function breaks ties
 * deterministically, so both pick the first element of an ordered list aggregate.
 */
final class OrderedPick {
  private OrderedPick() {}

  static Field<?> of(Dialect dialect, boolean greatest, Field<?> value, Field<?> key,
      java.util.Optional<Condition> filter, DataType<?> type) {
    String direction = greatest ? "desc" : "asc";
    String list = switch (dialect) {
      case POSTGRES, TRINO -> "array_agg";
      case DUCKDB -> "list";
    };
    Condition rows = DSL.condition("{0} is not null", key).and(filter.orElse(DSL.noCondition()));
    String ordered = list + "({0} order by {1} " + direction + ", {0} " + direction + " nulls last) filter (where {2})";
    return switch (dialect) {
      case POSTGRES, DUCKDB -> DSL.field("(" + ordered + ")[1]", type, value, key, rows);
      // Trino's subscript fails on an empty array where element_at is NULL.
      case TRINO -> DSL.field("element_at(" + ordered + ", 1)", type, value, key, rows);
    };
  }
}
