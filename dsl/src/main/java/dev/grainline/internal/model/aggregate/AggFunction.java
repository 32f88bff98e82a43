package dev.grainline.internal.model.aggregate;

import dev.grainline.Aggregability;
import dev.grainline.SqlType;
import java.util.List;
import java.util.Optional;

/**
 * An aggregate function a metric can use, carrying everything the model, the planner and the explanation need to
 * know about it: its DSL name and arity, its typing rule, how it is computed from partial aggregates (its
 * {@link Aggregability}, told by which of the four kinds it is: {@link Splittable}, {@link DistinctValues},
 * {@link Holistic}, or {@link Stepwise}, computed in steps by a plan node of its own, as the snapshots of
 * {@link SemiAdditive} that add up across entities only), how a window re-merges it from a grain group, what an
 * empty row shows, whether duplicated rows change it, and its explain text and DSL call. The model of
 * Calcite's {@code SqlSplittableAggFunction}: a function knows how it splits into partials and how the partials
 * merge, so that no planner switches over functions.
 *
 * <p>Adding an aggregate is one new record implementing one of the kinds, which javac makes complete (every
 * abstract method), plus one {@code case} in the runtime's {@code AggregateSql}, the exhaustive switch that renders
 * each function per dialect (none for a {@link Stepwise} one, which its plan node renders). The split is forced: this module has no jOOQ (the annotation processor runs it inside
 * javac without it), so SQL per dialect lives in the runtime, in that one place.
 */
public sealed interface AggFunction permits Splittable, DistinctValues, Holistic, Stepwise {
  AggFunction COUNT_STAR = new Count(true);
  AggFunction COUNT = new Count(false);
  AggFunction SUM = new Sum();
  AggFunction AVG = new Avg();
  AggFunction MIN = new Extreme(false);
  AggFunction MAX = new Extreme(true);
  AggFunction VAR_SAMP = new Variance(true, false);
  AggFunction VAR_POP = new Variance(false, false);
  AggFunction STDDEV_SAMP = new Variance(true, true);
  AggFunction STDDEV_POP = new Variance(false, true);
  AggFunction COUNT_DISTINCT = new CountDistinct(false, 1);
  AggFunction SUM_DISTINCT = new SumDistinct();
  AggFunction APPROX_COUNT_DISTINCT = new CountDistinct(true, 1);
  AggFunction MEDIAN = new Percentile(true);
  AggFunction PERCENTILE = new Percentile(false);
  AggFunction MAX_BY = new PickBy(true);
  AggFunction MIN_BY = new PickBy(false);

  /** The name of the DSL method that builds it, used in messages: "sum", "countDistinct". */
  String dslName();

  int arity();

  /** The result type for arguments of {@code args}' types (as many as {@link #arity()}), or why they do not fit. */
  Typing type(List<SqlType> args);

  /** How it can be computed from partial aggregates: fixed by its kind. */
  Aggregability aggregability();

  /**
   * The function that merges its values per row key and period (a grain group's column) into a window's periods,
   * when there is one: a sum of sums or of counts, a minimum of minima. Empty when the values do not merge (an
   * average of averages is not the average); the window then reads the rows.
   */
  Optional<AggFunction> windowMerge();

  /** Whether a row that gap filling adds shows 0 (counts and sums: nothing happened) rather than NULL. */
  boolean zeroOnGap();

  /** Whether a key without a row of its group means 0 (a count over no rows), rather than NULL. */
  boolean zeroWhenMissing();

  /** Whether it can be pre-aggregated below the dimension joins (eager aggregation); only FULL ones shrink rows. */
  boolean eagerlyAggregable();

  /** Whether the result changes when input rows are repeated, as they are across a one-to-many join. */
  boolean duplicationSensitive();

  /** What a roll-up accumulates from rows, in a plan's explanation: "sum, count". */
  String explainAccumulate();

  /** How the accumulated partials merge, in a plan's explanation: "sum / sum". */
  String explainMerge();

  /**
   * Its call in the DSL's words, for messages and plans, given its arguments already described (as many as
   * {@link #arity()}): "sum(oi.quantity)". A function whose DSL call is not its name and arguments says so itself.
   */
  default String describeCall(List<String> args) {
    return dslName() + "(" + String.join(", ", args) + ")";
  }
}
