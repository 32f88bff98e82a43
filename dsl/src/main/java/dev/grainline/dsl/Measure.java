package dev.grainline.dsl;

/** One aggregate over the rows of a fact: {@code sum(LINE_TOTAL)}, {@code countDistinct(ORDER_ID)}. */
public interface Measure<T> extends Metric<T> {
  /**
   * The aggregate over only the rows that satisfy the condition (SQL {@code FILTER (WHERE ...)}). Like arithmetic,
   * the result takes the type of the field it is assigned to, so {@code sum(AMOUNT).filter(...)} can be declared
   * {@code Measure<Double>}; the processor checks that type.
   */
  <R> Measure<R> filter(Condition condition);
}
