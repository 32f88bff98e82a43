package dev.grainline.dsl;

/**
 * An expression of the DSL: a column, an attribute, a condition or a metric. {@code T} is the Java type of its
 * values. Arithmetic results take the type of the field they are assigned to ({@code Column<Double> LINE_TOTAL =
 * QUANTITY.times(UNIT_PRICE)}), and the processor checks that type against what the expression really yields, so a
 * wrong declaration is a compile error rather than a wrong cast at run time.
 *
 * @param <T> the Java type of the values
 */
public interface Expr<T> {
  Condition eq(T value);

  Condition eq(Expr<?> other);

  Condition ne(T value);

  Condition ne(Expr<?> other);

  Condition lt(T value);

  Condition lt(Expr<?> other);

  Condition le(T value);

  Condition le(Expr<?> other);

  Condition gt(T value);

  Condition gt(Expr<?> other);

  Condition ge(T value);

  Condition ge(Expr<?> other);

  Condition isNull();

  Condition isNotNull();

  @SuppressWarnings("unchecked")
  Condition in(T... values);

  @SuppressWarnings("unchecked")
  Condition notIn(T... values);

  Condition between(T low, T high);

  /** Between two expressions, both included: {@code DAY.between(today().minusDays(6), today())}. */
  Condition between(Expr<?> low, Expr<?> high);

  /** SQL LIKE with {@code %} and {@code _} wildcards; for text values. */
  Condition like(String pattern);

  <R> Expr<R> plus(Expr<?> other);

  <R> Expr<R> plus(Number other);

  <R> Expr<R> minus(Expr<?> other);

  <R> Expr<R> minus(Number other);

  <R> Expr<R> times(Expr<?> other);

  <R> Expr<R> times(Number other);

  /** Real-valued division; a zero divisor gives NULL, not an error. */
  Expr<Double> div(Expr<?> other);

  /** Real-valued division; a zero divisor gives NULL, not an error. */
  Expr<Double> div(Number other);

  <R> Expr<R> negate();

  /** A cast to the model type of {@code type}: Integer, Long, Double, BigDecimal, String, Boolean, LocalDate... */
  <R> Expr<R> cast(Class<R> type);

  /** Ascending order, NULLs last. */
  SortField asc();

  /** Descending order, NULLs last. */
  SortField desc();
}
