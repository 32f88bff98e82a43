package dev.grainline.internal.model.assembly;

/** The annotations that say what kind of metric a field declares ({@code @Metric}, {@code @Derived}). */
public enum MetricAnnotation {
  /** {@code @Metric}: a base metric, aggregating its fact's columns. */
  METRIC("@Metric"),
  /** {@code @Derived}: a metric built from other metrics only. */
  DERIVED("@Derived");

  private final String written;

  MetricAnnotation(String written) {
    this.written = written;
  }

  /** "@Metric", as the user writes it. */
  public String written() {
    return written;
  }
}
