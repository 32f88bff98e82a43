package dev.grainline.internal.model.aggregate;

import dev.grainline.Aggregability;
import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.Node;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A semi-additive measure ({@code lastValue(UNITS).per(PRODUCT).over(Dates.DATE_ID)}): the value of snapshots
 * (stock, balances, open tickets), which adds up across entities and never across time. Its arguments are the
 * value, the time that orders the snapshots, and, for the per-entity rule, the entity's key attributes.
 *
 * <p>What it computes over the rows of one result row (its group): a snapshot whose value is NULL is not a snapshot;
 * two snapshots of one entity at one time are one, the greater value. {@link Scope#PER_ENTITY}: per entity, the
 * {@link Pick} of its snapshots (its last, first, least, greatest or mean value), summed over the entities.
 * {@link Scope#TOTALS}: per time, the sum over the entities counted then; the pick of those totals.
 *
 * <p>It is {@link Aggregability#LIMITED}: its values at a grain that keeps the time periods sum across entities
 * (categories, warehouses), but a sum across periods is no snapshot, so it never rolls up from a finer time grain,
 * and a window reads it one period at a time (lag and lead; the model refuses frames of several periods). It is
 * computed by a plan node of its own, from rows, in up to three steps (per entity and time, per entity, per group).
 */
public record SemiAdditive(Pick pick, Scope scope) implements Stepwise {
  /** What is taken of an entity's snapshots in a group (or of the totals, by the totals rule). */
  public enum Pick {
    LAST("lastValue"), FIRST("firstValue"), MIN("minValue"), MAX("maxValue"), AVG("avgValue");

    private final String dslName;

    Pick(String dslName) {
      this.dslName = dslName;
    }

    /** Whether it takes the snapshot at one end of the group's times (rather than aggregating its values). */
    public boolean atAnEnd() {
      return this == LAST || this == FIRST;
    }
  }

  /** Which of the two rules: per entity then summed, or summed per time then picked. */
  public enum Scope {
    PER_ENTITY, TOTALS
  }

  /** The position of the value among the arguments. */
  public static final int VALUE = 0;
  /** The position of the time. */
  public static final int TIME = 1;
  /** The position of the entity's first key attribute. */
  public static final int FIRST_KEY = 2;

  public SemiAdditive {
    java.util.Objects.requireNonNull(pick, "pick");
    java.util.Objects.requireNonNull(scope, "scope");
  }

  /** The entity's key attributes among {@code args} (none for the totals rule), as nodes or described. */
  public static <T> List<T> keys(List<T> args) {
    return args.subList(FIRST_KEY, args.size());
  }

  @Override
  public String dslName() {
    return pick.dslName;
  }

  /** The value and the time; the per-entity rule adds the entity's key (one argument per key attribute). */
  @Override
  public int arity() {
    return scope == Scope.PER_ENTITY ? FIRST_KEY + 1 : FIRST_KEY;
  }

  /** Numbers, summed as {@code sum} types them; a mean is a double, or a decimal of decimals. */
  @Override
  public Typing type(List<SqlType> args) {
    return Typing.numeric(args.get(VALUE), t -> pick == Pick.AVG
        ? (t == SqlType.DECIMAL ? t : SqlType.DOUBLE)
        : (t.isIntegral() ? SqlType.BIGINT : t));
  }

  @Override
  public Aggregability aggregability() {
    return Aggregability.LIMITED;
  }

  /**
   * Its values per row key do not merge into a window's periods (a month's days add up to no snapshot): a window
   * computes it from the rows of each period, and the model allows windows of one period only (lag, lead).
   */
  @Override
  public Optional<AggFunction> windowMerge() {
    return Optional.empty();
  }

  /** A period without snapshots has no known value (not a stock of 0). */
  @Override
  public boolean zeroOnGap() {
    return false;
  }

  @Override
  public boolean zeroWhenMissing() {
    return false;
  }

  /** Computed from rows in steps of its own; pre-aggregating by link keys would need the time kept too. */
  @Override
  public boolean eagerlyAggregable() {
    return false;
  }

  /**
   * Per entity, repeated rows repeat a snapshot, which counts once; the totals rule adds each time's snapshots, which
   * repeated rows would add twice.
   */
  @Override
  public boolean duplicationSensitive() {
    return scope == Scope.TOTALS;
  }

  /** In the DSL's words: lastValue(i.units).per(v3.product.product_id).over(v3.date.date_id). */
  @Override
  public String describeCall(List<String> args) {
    String rule = switch (scope) {
      case PER_ENTITY -> ".per(" + String.join(", ", keys(args)) + ")";
      case TOTALS -> ".ofTotals()";
    };
    return dslName() + "(" + args.get(VALUE) + ")" + rule + ".over(" + args.get(TIME) + ")";
  }

  @Override
  public String explainAccumulate() {
    String picked = pick.name().toLowerCase(Locale.ROOT);
    return switch (scope) {
      case PER_ENTITY -> "per entity and time the greatest value, per entity the " + picked;
      case TOTALS -> "per time the sum over entities, the " + picked + " total";
    };
  }

  @Override
  public String explainMerge() {
    return switch (scope) {
      case PER_ENTITY -> "sum across entities, never across time";
      case TOTALS -> "none across time";
    };
  }
}
