package dev.grainline;

/**
 * How a metric component can be computed from partial aggregates (seed 003, §2.2).
 *
 * <ul>
 *   <li>{@link #FULL}: partial results at any finer grain merge into the result (SUM of SUMs).
 *   <li>{@link #LIMITED}: partial results merge only if the grain keeps the distinct values (COUNT DISTINCT keeps the
 *       counted column in the grain).
 *   <li>{@link #NONE}: needs the raw rows of the grain it is computed at (MEDIAN, MAX_BY).
 * </ul>
 */
public enum Aggregability {
  FULL,
  LIMITED,
  NONE;

  /** The worse of the two: a group holding both needs what the weaker one needs. */
  public Aggregability worst(Aggregability other) {
    return ordinal() >= other.ordinal() ? this : other;
  }
}
