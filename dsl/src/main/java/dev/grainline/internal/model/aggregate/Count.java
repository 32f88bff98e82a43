package dev.grainline.internal.model.aggregate;

import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import java.util.List;
import java.util.Optional;

/**
 * COUNT(*), the number of {@code rows}, or COUNT(value), the number of rows whose value is not NULL; partial counts
 * merge by summing.
 */
public record Count(boolean rows) implements Splittable {
  @Override
  public String dslName() {
    return "count";
  }

  @Override
  public int arity() {
    return rows ? 0 : 1;
  }

  @Override
  public Typing type(List<SqlType> args) {
    return new Typing.Typed(SqlType.BIGINT);
  }

  @Override
  public List<Partial> partials(Aggregate call, SqlType type) {
    return List.of(new Partial("_n", call, SUM, SqlType.BIGINT));
  }

  @Override
  public Node combine(List<Node> merged) {
    return merged.get(0);
  }

  @Override
  public Optional<AggFunction> windowMerge() {
    return Optional.of(SUM);
  }

  @Override
  public boolean zeroOnGap() {
    return true;
  }

  @Override
  public boolean zeroWhenMissing() {
    return true;
  }

  @Override
  public boolean duplicationSensitive() {
    return true;
  }

  @Override
  public String explainAccumulate() {
    return "count";
  }

  @Override
  public String explainMerge() {
    return "sum";
  }
}
