package dev.grainline.dsl;

/**
 * A semi-additive measure waiting for its rule and its time attribute: {@code lastValue(UNITS).per(PRODUCT)
 * .over(Dates.DATE_ID)}. A count of stock, a balance, a number of open tickets is a snapshot: it adds up across
 * products or accounts, never across time (the stock of January plus the stock of February is no stock). Which of
 * the two common rules applies is said explicitly, {@link #per} or {@link #ofTotals}; there is no default, so a
 * definition never gets one rule when it meant the other.
 *
 * <p>Both rules read the rows of each result row of a query (its group, after the query's filters), so that by
 * month they give the month's value, by category and month each category's, by day the day's, and with no time
 * dimension the value over the whole filtered range. A snapshot whose value is NULL is not a snapshot (the count was
 * not taken). Like arithmetic, the measure takes the type of the field it is assigned to ({@code Measure<Long>} for
 * integers, summed as {@link Grainline#sum} sums them), which the processor checks.
 */
public interface Snapshot {
  /**
   * The per-entity rule: for each entity (each product, account...) and each result row, the entity's value at its
   * last snapshot in the row's rows ({@code lastValue}; its first, least, greatest or mean value for the others),
   * then summed across entities. An entity not counted lately still counts with its last value in the period: the
   * month-end stock is every product's last count of the month, whenever in the month it was taken.
   *
   * @param entity the link to the dimension whose rows are the entities; its key identifies them, by the values
   *     the fact holds, so keys without a dimension row are entities too
   */
  Over per(Link entity);

  /**
   * The per-entity rule, the entity named by its key attribute: a dimension's key that the fact reaches
   * ({@code Product.PRODUCT_ID}), or an attribute of the fact itself that names whose value a row is.
   */
  Over per(Attribute<?> entityKey);

  /**
   * The totals rule: for each time of the result row's rows that has any snapshot, the total over the entities
   * counted then; then the total of the last time ({@code lastValue}; of the first, or the least, greatest or mean
   * total). Entities not counted at that time add nothing: this is the rule for data where every entity is counted
   * at once (a nightly balance of every account), and it shows a partial count as a drop.
   */
  Over ofTotals();

  /** The rule chosen, waiting for the time attribute whose order says which snapshot is last. */
  interface Over {
    /**
     * The measure over the snapshots ordered by {@code time}: a time attribute that the fact reaches (a calendar
     * attribute declared with {@link Attribute#periodOf}), or a date or timestamp attribute of the fact itself.
     * Snapshots are ordered by the start of the periods they lie in; two in one period are one, as two at one time.
     */
    <T> Measure<T> over(Attribute<?> time);
  }
}
