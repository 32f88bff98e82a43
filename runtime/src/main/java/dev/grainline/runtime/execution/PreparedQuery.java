package dev.grainline.runtime.execution;

import dev.grainline.runtime.Explanation;
import dev.grainline.runtime.ResultColumn;
import java.util.List;

/** A planned and rendered query with its values bound: ready to run. */
public record PreparedQuery(String sql, List<Object> bindValues, List<ResultColumn> columns,
    Explanation explanation) {
  public PreparedQuery {
    bindValues = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(bindValues));
    columns = List.copyOf(columns);
  }
}
