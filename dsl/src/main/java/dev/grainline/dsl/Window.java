package dev.grainline.dsl;

/**
 * A metric over other periods, waiting for the time attribute whose periods it counts: {@code
 * lag(TOTAL_REVENUE).over(Dates.WEEK)}. The result is a metric like any other: use it in formulas, queries and
 * further windows.
 */
public interface Window<T> {
  /**
   * The window over the periods of {@code time}, a time attribute (a date, a truncated timestamp, or a calendar
   * attribute declared with {@link Attribute#periodOf}). Unroled, it means each fact's own path to that attribute.
   */
  Metric<T> over(Attribute<?> time);
}
