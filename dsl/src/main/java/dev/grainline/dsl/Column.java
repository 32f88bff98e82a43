package dev.grainline.dsl;

/**
 * A row-level expression: a column of a table or a value computed from columns, evaluated for every row of the
 * source. Aggregate it ({@link Grainline#sum}) to make a metric, or declare it an {@link Attribute} to group by it.
 */
public interface Column<T> extends Expr<T> {
  @Override
  <R> Column<R> plus(Expr<?> other);

  @Override
  <R> Column<R> plus(Number other);

  @Override
  <R> Column<R> minus(Expr<?> other);

  @Override
  <R> Column<R> minus(Number other);

  @Override
  <R> Column<R> times(Expr<?> other);

  @Override
  <R> Column<R> times(Number other);

  @Override
  Column<Double> div(Expr<?> other);

  @Override
  Column<Double> div(Number other);

  @Override
  <R> Column<R> negate();

  @Override
  <R> Column<R> cast(Class<R> type);

  /**
   * The first day of the period of {@code grain} that contains this date or timestamp, as a DATE on every engine;
   * weeks start on Monday. Timestamps are read as UTC. An attribute of it is a time attribute of that grain:
   * {@code ORDER_WEEK = attribute(ORDERED_AT.truncatedTo(WEEK))}.
   */
  Column<java.time.LocalDate> truncatedTo(dev.grainline.dsl.TimeGrain grain);

  /**
   * Whole periods from {@code anchor}'s period to this row's: {@code WEEK.periodsSince(User.FIRST_SEEN_WEEK)} is 0
   * in the user's first week, 1 in the next. This is a truncated date ({@code truncatedTo}, or a time attribute
   * declared so) or a date (days); {@code anchor} is a time attribute of the same grain, of this entity or of one it
   * reaches over one path. NULL where the anchor is NULL (a row without a linked dimension row).
   */
  Column<Integer> periodsSince(Attribute<?> anchor);
}
