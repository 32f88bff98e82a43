package dev.grainline.dsl;

/** A metric-level CASE: NULL where no branch matches unless {@link #otherwise} is given. */
public interface MetricCase<T> extends Metric<T> {
  MetricCase<T> when(Condition condition, Metric<T> value);

  Metric<T> otherwise(T value);

  Metric<T> otherwise(Metric<T> value);
}
