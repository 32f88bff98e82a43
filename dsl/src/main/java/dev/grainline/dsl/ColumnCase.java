package dev.grainline.dsl;

/** A row-level CASE: NULL where no branch matches unless {@link #otherwise} is given. */
public interface ColumnCase<T> extends Column<T> {
  ColumnCase<T> when(Condition condition, T value);

  ColumnCase<T> when(Condition condition, Expr<T> value);

  Column<T> otherwise(T value);

  Column<T> otherwise(Expr<T> value);
}
