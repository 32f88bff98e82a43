package dev.grainline.internal.model.aggregate;

import dev.grainline.SqlType;
import java.util.List;

/** The median: the continuous percentile at 0.5. */
public record Median() implements Holistic {
  @Override
  public String dslName() {
    return "median";
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
}
