package dev.grainline.dsl;

/**
 * A metric: an aggregate-level expression. Aggregates ({@link Measure}) are metrics; so are formulas over metrics,
 * of one fact or of several ({@code TOTAL_REVENUE.div(ORDER_COUNT)}). Every column it uses must sit inside an
 * aggregate. Division is real-valued and guarded against a zero divisor.
 */
public interface Metric<T> extends Expr<T> {
  @Override
  <R> Metric<R> plus(Expr<?> other);

  @Override
  <R> Metric<R> plus(Number other);

  @Override
  <R> Metric<R> minus(Expr<?> other);

  @Override
  <R> Metric<R> minus(Number other);

  @Override
  <R> Metric<R> times(Expr<?> other);

  @Override
  <R> Metric<R> times(Number other);

  @Override
  Metric<Double> div(Expr<?> other);

  @Override
  Metric<Double> div(Number other);

  @Override
  <R> Metric<R> negate();

  @Override
  <R> Metric<R> cast(Class<R> type);
}
