package dev.grainline.internal.model.aggregate;

import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.ArithmeticOp;
import dev.grainline.internal.model.expr.ComparisonOp;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.Arithmetic;
import dev.grainline.internal.model.expr.Node.Call;
import dev.grainline.internal.model.expr.Node.Case;
import dev.grainline.internal.model.expr.Node.Cast;
import dev.grainline.internal.model.expr.Node.Comparison;
import dev.grainline.internal.model.expr.Node.Literal;
import dev.grainline.internal.model.expr.Node.When;
import dev.grainline.internal.model.expr.ScalarFunction;
import java.util.List;
import java.util.Optional;

/**
 * VAR_SAMP, VAR_POP, STDDEV_SAMP and STDDEV_POP: the {@code sample} or population variance, its square
 * {@code root} for a standard deviation. Partials are the sum, the sum of squares and the count, in DOUBLE.
 */
public record Variance(boolean sample, boolean root) implements Splittable {
  @Override
  public String dslName() {
    return (root ? "stddev" : "var") + (sample ? "Samp" : "Pop");
  }

  @Override
  public int arity() {
    return 1;
  }

  @Override
  public Typing type(List<SqlType> args) {
    return Typing.numeric(args.get(0), t -> SqlType.DOUBLE);
  }

  @Override
  public List<Partial> partials(Aggregate call, SqlType type) {
    Node value = new Cast(call.args().get(0), SqlType.DOUBLE);
    return List.of(
        new Partial("_s", Partial.over(call, SUM, List.of(value)), SUM, SqlType.DOUBLE),
        new Partial("_q", Partial.over(call, SUM, List.of(new Arithmetic(ArithmeticOp.MULTIPLY, value, value))),
            SUM, SqlType.DOUBLE),
        new Partial("_n", Partial.over(call, COUNT, List.of(value)), SUM, SqlType.BIGINT));
  }

  /**
   * Sample variance (n·Σx² − (Σx)²) / (n·(n − 1)); population variance (n·Σx² − (Σx)²) / n². Rounding can push a
   * tiny variance below zero, so it is clamped at zero before a square root.
   */
  @Override
  public Node combine(List<Node> merged) {
    Node sum = merged.get(0);
    Node sumOfSquares = merged.get(1);
    Node count = new Cast(merged.get(2), SqlType.DOUBLE);
    Node numerator = new Arithmetic(ArithmeticOp.SUBTRACT,
        new Arithmetic(ArithmeticOp.MULTIPLY, count, sumOfSquares),
        new Arithmetic(ArithmeticOp.MULTIPLY, sum, sum));
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
    return root ? new Call(ScalarFunction.SQRT, List.of(variance)) : variance;
  }

  /** Per-period variances do not add up; the window reads the rows. */
  @Override
  public Optional<AggFunction> windowMerge() {
    return Optional.empty();
  }

  @Override
  public boolean zeroOnGap() {
    return false;
  }

  @Override
  public boolean zeroWhenMissing() {
    return false;
  }

  @Override
  public boolean duplicationSensitive() {
    return true;
  }

  @Override
  public String explainAccumulate() {
    return "sum, sum of squares, count";
  }

  @Override
  public String explainMerge() {
    return "sums, then the variance formula";
  }
}
