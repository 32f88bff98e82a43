package dev.grainline.dsl;

/** One aggregate over the rows of a fact: {@code sum(LINE_TOTAL)}, {@code countDistinct(ORDER_ID)}. */
public interface Measure<T> extends Metric<T> {
  /** The aggregate over only the rows that satisfy the condition (SQL {@code FILTER (WHERE ...)}). */
  Measure<T> filter(Condition condition);
}
