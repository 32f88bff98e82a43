package dev.grainline.examples.data;

import java.util.Map;
import java.util.Objects;

/** What a load wrote: rows per table (by table name), into which schema. */
public record LoadReport(String schema, Map<String, Long> rowCounts) {
  public LoadReport {
    Objects.requireNonNull(schema, "schema");
    rowCounts = Map.copyOf(rowCounts);
  }

  public long rows(TableSpec<?> table) {
    return rowCounts.getOrDefault(table.tableName(), 0L);
  }
}
