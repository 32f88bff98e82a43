package dev.grainline.internal.model.aggregate;

import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.ArithmeticOp;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.Arithmetic;
import java.util.List;
import java.util.Optional;

/** AVG(value): DECIMAL stays DECIMAL, other numbers average to DOUBLE; the sum of sums over the sum of counts. */
public record Avg() implements Splittable {
  @Override
  public String dslName() {
    return "avg";
  }

  @Override
  public int arity() {
    return 1;
  }

  @Override
  public Typing type(List<SqlType> args) {
    return Typing.numeric(args.get(0), t -> t == SqlType.DECIMAL ? t : SqlType.DOUBLE);
  }

  @Override
  public List<Partial> partials(Aggregate call, SqlType type) {
    SqlType sumType = type == SqlType.DECIMAL ? SqlType.DECIMAL : SqlType.DOUBLE;
    return List.of(
        new Partial("_s", Partial.over(call, SUM, call.args()), SUM, sumType),
        new Partial("_n", Partial.over(call, COUNT, call.args()), SUM, SqlType.BIGINT));
  }

  @Override
  public Node combine(List<Node> merged) {
    return new Arithmetic(ArithmeticOp.DIVIDE, merged.get(0), merged.get(1));
  }

  /** An average of per-period averages is not the window's average. */
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
    return "sum, count";
  }

  @Override
  public String explainMerge() {
    return "sum / sum";
  }
}
