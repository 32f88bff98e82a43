package dev.grainline.runtime;

import dev.grainline.internal.model.validation.Message;
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
      throw Message.UNKNOWN_COLUMN.queryError(name, index.keySet());
    }
    return position;
  }

  /** The value of column {@code name}, checked against the Java type its reference declares. */
  private <T> T typed(String name, Class<T> type) {
    Object value = values[position(name)];
    if (value != null && !type.isInstance(value)) {
      throw Message.COLUMN_JAVA_TYPE.queryError(name, value.getClass().getSimpleName(), type.getSimpleName(),
          value.getClass().getSimpleName());
    }
    return type.cast(value);
  }

  /**
   * The metric's value; {@code null} where it is SQL NULL.
   *
   * @throws dev.grainline.QueryException {@code [GrainlineInvalidValue]} if the metric is null or not a column of
   *     this result, or its reference declares another Java type than the column's
   */
  public <T> T get(MetricRef<T> metric) {
    Arguments.present(metric, "get()", "metric");
    return typed(metric.name(), metric.type());
  }

  /**
   * The dimension's value; {@code null} where it is SQL NULL.
   *
   * @throws dev.grainline.QueryException {@code [GrainlineInvalidValue]} as {@link #get(MetricRef)}
   */
  public <T> T get(DimensionRef<T> dimension) {
    Arguments.present(dimension, "get()", "dimension");
    return typed(dimension.name(), dimension.type());
  }

  /** The metric's value; empty where it is SQL NULL. Throws as {@link #get(MetricRef)}. */
  public <T> Optional<T> find(MetricRef<T> metric) {
    return Optional.ofNullable(get(metric));
  }

  /** The dimension's value; empty where it is SQL NULL. Throws as {@link #get(MetricRef)}. */
  public <T> Optional<T> find(DimensionRef<T> dimension) {
    return Optional.ofNullable(get(dimension));
  }

  /**
   * The value of the column with this requested name; {@code null} where it is SQL NULL.
   *
   * @throws dev.grainline.QueryException {@code [GrainlineInvalidValue]} if no column has this name
   */
  public Object get(String name) {
    Arguments.present(name, "get()", "name");
    return values[position(name)];
  }

  /**
   * The value of the column at this 0-based position; {@code null} where it is SQL NULL.
   *
   * @throws dev.grainline.QueryException {@code [GrainlineInvalidValue]} if there is no such column
   */
  public Object get(int column) {
    if (column < 0 || column >= values.length) {
      throw Message.COLUMN_INDEX.queryError(column, values.length - 1);
    }
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
