package dev.grainline.internal.model.expr;

import dev.grainline.Aggregability;

/**
 * The aggregate functions a metric can use, with what the planner needs to know about each: how it can be
 * re-aggregated (its {@link Aggregability}) and whether duplicated input rows change its result (fan-out).
 */
public enum AggFunction {
  COUNT_STAR("count", 0, Aggregability.FULL, true),
  COUNT("count", 1, Aggregability.FULL, true),
  SUM("sum", 1, Aggregability.FULL, true),
  AVG("avg", 1, Aggregability.FULL, true),
  MIN("min", 1, Aggregability.FULL, false),
  MAX("max", 1, Aggregability.FULL, false),
  VAR_SAMP("varSamp", 1, Aggregability.FULL, true),
  VAR_POP("varPop", 1, Aggregability.FULL, true),
  STDDEV_SAMP("stddevSamp", 1, Aggregability.FULL, true),
  STDDEV_POP("stddevPop", 1, Aggregability.FULL, true),
  COUNT_DISTINCT("countDistinct", 1, Aggregability.LIMITED, false),
  SUM_DISTINCT("sumDistinct", 1, Aggregability.LIMITED, false),
  APPROX_COUNT_DISTINCT("approxCountDistinct", 1, Aggregability.LIMITED, false),
  MEDIAN("median", 1, Aggregability.NONE, true),
  /** Continuous percentile; the second argument is the fraction, a literal in [0, 1]. */
  PERCENTILE("percentile", 2, Aggregability.NONE, true),
  /** The first argument's value on the row with the greatest second argument; ties go to the greatest value. */
  MAX_BY("maxBy", 2, Aggregability.NONE, false),
  /** The first argument's value on the row with the least second argument; ties go to the least value. */
  MIN_BY("minBy", 2, Aggregability.NONE, false);

  private final String dslName;
  private final int arity;
  private final Aggregability aggregability;
  private final boolean duplicationSensitive;

  AggFunction(String dslName, int arity, Aggregability aggregability, boolean duplicationSensitive) {
    this.dslName = dslName;
    this.arity = arity;
    this.aggregability = aggregability;
    this.duplicationSensitive = duplicationSensitive;
  }

  /** The name of the DSL method that builds it, used in messages: "sum", "countDistinct". */
  public String dslName() {
    return dslName;
  }

  public int arity() {
    return arity;
  }

  public Aggregability aggregability() {
    return aggregability;
  }

  /** Whether the result changes when input rows are repeated, as they are across a one-to-many join. */
  public boolean duplicationSensitive() {
    return duplicationSensitive;
  }
}
