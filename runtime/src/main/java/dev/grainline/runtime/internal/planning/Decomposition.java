package dev.grainline.runtime.internal.planning;

import dev.grainline.Aggregability;
import dev.grainline.SqlType;
import dev.grainline.runtime.internal.plan.GrainColumn;
import dev.grainline.runtime.internal.plan.PlannedComponent;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.expr.AggFunction;
import dev.grainline.internal.model.expr.ArithmeticOp;
import dev.grainline.internal.model.expr.ComparisonOp;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.Arithmetic;
import dev.grainline.internal.model.expr.Node.Call;
import dev.grainline.internal.model.expr.Node.Case;
import dev.grainline.internal.model.expr.Node.Cast;
import dev.grainline.internal.model.expr.Node.Coalesce;
import dev.grainline.internal.model.expr.Node.Comparison;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Node.Literal;
import dev.grainline.internal.model.expr.Node.When;
import dev.grainline.internal.model.expr.ScalarFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How each aggregate is computed from partial aggregates (seed 003, "metric decomposition"): what is accumulated
 * from rows at a finer grain, how the partials merge, and how the merged values combine into the aggregate. FULL
 * aggregates keep partial sums, counts, minima and maxima; LIMITED ones keep the distinct values in the grain;
 * NONE ones cannot be decomposed and are computed from raw rows.
 *
 * <p>Combiners are expression trees, so their parentheses are right by construction: the sample variance is
 * {@code (n * Σx² - (Σx)²) / (n * (n - 1))}, never {@code n * Σx² - (Σx)² / (n * n - 1)}.
 */
public final class Decomposition {
  private Decomposition() {}

  /** A partial aggregate, accumulated from rows into a column of the finer-grained group. */
  public record Partial(String alias, Aggregate aggregate) {}

  /**
   * The decomposition of one component: the partials to accumulate, the extra grain column it needs (LIMITED), and
   * the expression that merges and combines them, over the partial group's columns.
   */
  public record Decomposed(List<Partial> partials, Optional<GrainColumn> level, Node combine) {}

  /** A short account of the accumulate and merge steps, for plans of groups that are not rolled up. */
  public static String accumulateOf(Aggregate aggregate) {
    return switch (aggregate.function().aggregability()) {
      case FULL -> switch (aggregate.function()) {
        case AVG -> "sum, count";
        case VAR_SAMP, VAR_POP, STDDEV_SAMP, STDDEV_POP -> "sum, sum of squares, count";
        case COUNT, COUNT_STAR -> "count";
        default -> aggregate.function().dslName();
      };
      case LIMITED -> "keep the distinct values in the grain";
      case NONE -> "raw rows";
    };
  }

  public static String mergeOf(Aggregate aggregate) {
    return switch (aggregate.function()) {
      case SUM, COUNT, COUNT_STAR -> "sum";
      case MIN -> "min";
      case MAX -> "max";
      case AVG -> "sum / sum";
      case VAR_SAMP, VAR_POP, STDDEV_SAMP, STDDEV_POP -> "sums, then the variance formula";
      case COUNT_DISTINCT -> "count distinct";
      case SUM_DISTINCT -> "sum distinct";
      case APPROX_COUNT_DISTINCT -> "approximate count distinct";
      case MEDIAN, PERCENTILE, MAX_BY, MIN_BY -> "none (not decomposable)";
    };
  }

  /**
   * Decomposes {@code component} for a roll-up from a partial group named {@code partialTable}. Only FULL and
   * LIMITED components can be; NONE components are computed by a terminal group.
   */
  public static Decomposed decompose(PlannedComponent component, TableRef partialTable, int levelIndex) {
    Aggregate aggregate = component.aggregate();
    String base = component.alias();
    if (aggregate.function().aggregability() == Aggregability.NONE) {
      throw new IllegalArgumentException(component.alias() + " is not decomposable");
    }
    List<Partial> partials = new ArrayList<>();
    Node combine;
    Optional<GrainColumn> level = Optional.empty();
    Optional<Node> filter = aggregate.filter();
    String entity = aggregate.entity();
    switch (aggregate.function()) {
      case SUM, MIN, MAX -> {
        partials.add(partial(base + "_p", aggregate.function(), aggregate.args(), filter, entity));
        combine = merge(aggregate.function(), partialTable, base + "_p", component.type(), entity);
      }
      case COUNT, COUNT_STAR -> {
        partials.add(partial(base + "_n", aggregate.function(), aggregate.args(), filter, entity));
        combine = merge(AggFunction.SUM, partialTable, base + "_n", SqlType.BIGINT, entity);
      }
      case AVG -> {
        partials.add(partial(base + "_s", AggFunction.SUM, aggregate.args(), filter, entity));
        partials.add(partial(base + "_n", AggFunction.COUNT, aggregate.args(), filter, entity));
        Node sum = merge(AggFunction.SUM, partialTable, base + "_s", sumType(component.type()), entity);
        Node count = merge(AggFunction.SUM, partialTable, base + "_n", SqlType.BIGINT, entity);
        combine = new Arithmetic(ArithmeticOp.DIVIDE, sum, count);
      }
      case VAR_SAMP, VAR_POP, STDDEV_SAMP, STDDEV_POP -> {
        Node value = new Cast(aggregate.args().get(0), SqlType.DOUBLE);
        partials.add(partial(base + "_s", AggFunction.SUM, List.of(value), filter, entity));
        partials.add(partial(base + "_q", AggFunction.SUM,
            List.of(new Arithmetic(ArithmeticOp.MULTIPLY, value, value)), filter, entity));
        partials.add(partial(base + "_n", AggFunction.COUNT, List.of(value), filter, entity));
        Node s = merge(AggFunction.SUM, partialTable, base + "_s", SqlType.DOUBLE, entity);
        Node q = merge(AggFunction.SUM, partialTable, base + "_q", SqlType.DOUBLE, entity);
        Node n = new Cast(merge(AggFunction.SUM, partialTable, base + "_n", SqlType.BIGINT, entity), SqlType.DOUBLE);
        combine = variance(aggregate.function(), s, q, n);
      }
      case COUNT_DISTINCT, SUM_DISTINCT, APPROX_COUNT_DISTINCT -> {
        String alias = "l" + levelIndex;
        Node value = filter.<Node>map(f -> new Case(List.of(new When(f, aggregate.args().get(0))), Optional.empty()))
            .orElse(aggregate.args().get(0));
        level = Optional.of(new GrainColumn(alias, value, "the values " + component.alias() + " counts"));
        ColumnRef levelColumn = new ColumnRef(partialTable, alias, component.type());
        combine = new Aggregate(aggregate.function(), List.of(levelColumn), Optional.empty(), entity);
      }
      default -> throw new IllegalArgumentException(aggregate.function() + " is not decomposable");
    }
    return new Decomposed(partials, level, combine);
  }

  /**
   * Sample variance (n·Σx² − (Σx)²) / (n·(n − 1)); population variance (n·Σx² − (Σx)²) / n². Rounding can push a
   * tiny variance below zero, so it is clamped at zero before a square root.
   */
  static Node variance(AggFunction function, Node sum, Node sumOfSquares, Node count) {
    Node numerator = new Arithmetic(ArithmeticOp.SUBTRACT,
        new Arithmetic(ArithmeticOp.MULTIPLY, count, sumOfSquares),
        new Arithmetic(ArithmeticOp.MULTIPLY, sum, sum));
    boolean sample = function == AggFunction.VAR_SAMP || function == AggFunction.STDDEV_SAMP;
    Node denominator = sample
        ? new Arithmetic(ArithmeticOp.MULTIPLY, count,
            new Arithmetic(ArithmeticOp.SUBTRACT, count, new Literal(1.0, SqlType.DOUBLE)))
        : new Arithmetic(ArithmeticOp.MULTIPLY, count, count);
    // A sample variance of fewer than two values is NULL, as SQL's VAR_SAMP has it: the guarded division gives NULL
    // for n = 1 (denominator 0) and n = 0. The clamp must keep that NULL, which GREATEST(NULL, 0) would not.
    Node quotient = new Arithmetic(ArithmeticOp.DIVIDE, numerator, denominator);
    Literal zero = new Literal(0.0, SqlType.DOUBLE);
    Node variance = new Case(
        List.of(new When(new Comparison(ComparisonOp.LT, quotient, zero), zero)), Optional.of(quotient));
    boolean root = function == AggFunction.STDDEV_SAMP || function == AggFunction.STDDEV_POP;
    return root ? new Call(ScalarFunction.SQRT, List.of(variance)) : variance;
  }

  private static Partial partial(String alias, AggFunction function, List<Node> args, Optional<Node> filter,
      String entity) {
    Aggregate aggregate = new Aggregate(function, function == AggFunction.COUNT_STAR ? List.of() : args, filter,
        entity);
    return new Partial(alias, aggregate);
  }

  private static Node merge(AggFunction function, TableRef partialTable, String alias, SqlType type, String entity) {
    return new Aggregate(function, List.of(new ColumnRef(partialTable, alias, type)), Optional.empty(), entity);
  }

  private static SqlType sumType(SqlType avgType) {
    return avgType == SqlType.DECIMAL ? SqlType.DECIMAL : SqlType.DOUBLE;
  }

  /** Whether a component counts rows or values, so that a missing group row means 0, not NULL. */
  public static boolean isCount(Aggregate aggregate) {
    return switch (aggregate.function()) {
      case COUNT, COUNT_STAR, COUNT_DISTINCT, APPROX_COUNT_DISTINCT -> true;
      default -> false;
    };
  }

  /** COALESCE(count, 0): a count over no rows is zero, also when another fact's rows made the key exist. */
  public static Node zeroIfMissing(Node count) {
    return new Coalesce(List.of(count, new Literal(0L, SqlType.BIGINT)));
  }

}
