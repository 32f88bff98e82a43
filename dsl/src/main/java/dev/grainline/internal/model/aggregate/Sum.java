package dev.grainline.internal.model.aggregate;

import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import java.util.List;
import java.util.Optional;

/** SUM(value): integers sum to BIGINT; partial sums merge by summing. */
public record Sum() implements Splittable {
  @Override
  public String dslName() {
    return "sum";
  }

  @Override
  public int arity() {
    return 1;
  }

  @Override
  public Typing type(List<SqlType> args) {
    return Typing.numeric(args.get(0), t -> t.isIntegral() ? SqlType.BIGINT : t);
  }

  @Override
  public List<Partial> partials(Aggregate call, SqlType type) {
    return List.of(new Partial("_p", call, SUM, type));
  }

  @Override
  public Node combine(List<Node> merged) {
    return merged.get(0);
  }

  @Override
  public Optional<AggFunction> windowMerge() {
    return Optional.of(SUM);
  }

  /** A period without rows sold nothing; within a row, a sum over no rows stays NULL, as SQL has it. */
  @Override
  public boolean zeroOnGap() {
    return true;
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
    return "sum";
  }

  @Override
  public String explainMerge() {
    return "sum";
  }
}
