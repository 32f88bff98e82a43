package dev.grainline.examples.data;

import java.util.Map;
import java.util.Objects;

/** What a load wrote: rows per table, into which schema. */
public record LoadReport(String schema, Map<StoreTable, Long> rowCounts) {
  public LoadReport {
    Objects.requireNonNull(schema, "schema");
    rowCounts = Map.copyOf(rowCounts);
  }

  public long rows(StoreTable table) {
    return rowCounts.getOrDefault(table, 0L);
  }
}
