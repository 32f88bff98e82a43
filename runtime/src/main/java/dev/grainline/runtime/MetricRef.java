package dev.grainline.runtime;

import dev.grainline.internal.model.expr.Node;
import java.util.Objects;

/**
 * A metric of a catalog with the Java type of its values: {@code StoreCatalog.TOTAL_REVENUE} is a
 * {@code MetricRef<Double>}, so {@code row.get(TOTAL_REVENUE)} is a {@code Double}.
 */
public final class MetricRef<T> extends Refs<T> {
  private final String name;
  private final Class<T> type;

  private MetricRef(String name, Class<T> type) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
  }

  /** The metric {@code name} ("v3.total_revenue") with values of {@code type}; neither may be null. */
  public static <T> MetricRef<T> of(String name, Class<T> type) {
    Arguments.present(name, "MetricRef.of()", "name");
    Arguments.present(type, "MetricRef.of()", "type");
    return new MetricRef<>(name, type);
  }

  /** The metric's qualified name, "v3.total_revenue". */
  public String name() {
    return name;
  }

  public Class<T> type() {
    return type;
  }

  @Override
  Node node() {
    return new Node.MetricUse(name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MetricRef<?> other && other.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
