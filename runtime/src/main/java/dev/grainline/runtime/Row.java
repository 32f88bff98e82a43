package dev.grainline.runtime;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One result row. Values are of the column's Java type ({@code Long}, {@code Double}, {@code String},
 * {@code LocalDate}...); a SQL NULL is {@code null} from {@link #get} and empty from {@link #find}.
 */
public final class Row {
  private final Map<String, Integer> index;
  private final Object[] values;

  Row(Map<String, Integer> index, Object[] values) {
    this.index = index;
    this.values = values;
  }

  /** Each column's position by its name, shared by every row of a result. */
  static Map<String, Integer> index(List<ResultColumn> columns) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      index.put(columns.get(i).name(), i);
    }
    return Collections.unmodifiableMap(index);
  }

  private int position(String name) {
    Integer position = index.get(name);
    if (position == null) {
      throw new IllegalArgumentException(name + " is not a column of this result; columns: " + index.keySet());
    }
    return position;
  }

  /** The metric's value; {@code null} where it is SQL NULL. */
  public <T> T get(MetricRef<T> metric) {
    return metric.type().cast(values[position(metric.name())]);
  }

  /** The dimension's value; {@code null} where it is SQL NULL. */
  public <T> T get(DimensionRef<T> dimension) {
    return dimension.type().cast(values[position(dimension.name())]);
  }

  public <T> Optional<T> find(MetricRef<T> metric) {
    return Optional.ofNullable(get(metric));
  }

  public <T> Optional<T> find(DimensionRef<T> dimension) {
    return Optional.ofNullable(get(dimension));
  }

  /** The value of the column with this requested name; {@code null} where it is SQL NULL. */
  public Object get(String name) {
    return values[position(name)];
  }

  public Object get(int column) {
    return values[column];
  }

  /** All values, in column order; SQL NULLs are {@code null}. */
  public List<Object> values() {
    return Collections.unmodifiableList(Arrays.asList(values));
  }

  @Override
  public String toString() {
    return Arrays.toString(values);
  }
}
