package dev.grainline.runtime.internal.execution;

import dev.grainline.runtime.Explanation;
import dev.grainline.runtime.ResultColumn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A planned and rendered query with its values bound: ready to run. Its explanation is only built when asked for,
 * so that running a query never pays for describing it.
 */
public final class PreparedQuery {
  private final String sql;
  private final List<Object> bindValues;
  private final List<ResultColumn> columns;
  private final Supplier<Explanation> explanation;

  PreparedQuery(String sql, List<Object> bindValues, List<ResultColumn> columns, Supplier<Explanation> explanation) {
    this.sql = Objects.requireNonNull(sql, "sql");
    this.bindValues = Collections.unmodifiableList(new ArrayList<>(bindValues));
    this.columns = List.copyOf(columns);
    this.explanation = Objects.requireNonNull(explanation, "explanation");
  }

  public String sql() {
    return sql;
  }

  public List<Object> bindValues() {
    return bindValues;
  }

  public List<ResultColumn> columns() {
    return columns;
  }

  public Explanation explanation() {
    return explanation.get();
  }
}
