package dev.grainline.internal.model.aggregate;

import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import java.util.List;
import java.util.Optional;

/** MAX(value) when {@code greatest}, else MIN(value), of any ordered type; the maximum of partial maxima. */
public record Extreme(boolean greatest) implements Splittable {
  @Override
  public String dslName() {
    return greatest ? "max" : "min";
  }

  @Override
  public int arity() {
    return 1;
  }

  @Override
  public Typing type(List<SqlType> args) {
    return Typing.ordered(args.get(0), args.get(0));
  }

  @Override
  public List<Partial> partials(Aggregate call, SqlType type) {
    return List.of(new Partial("_p", call, this, type));
  }

  @Override
  public Node combine(List<Node> merged) {
    return merged.get(0);
  }

  @Override
  public Optional<AggFunction> windowMerge() {
    return Optional.of(this);
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
    return false;
  }

  @Override
  public String explainAccumulate() {
    return dslName();
  }

  @Override
  public String explainMerge() {
    return dslName();
  }
}
