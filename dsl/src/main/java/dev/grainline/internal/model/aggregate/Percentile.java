package dev.grainline.internal.model.aggregate;

import dev.grainline.SqlType;
import java.util.List;

/** Continuous percentile; the second argument is the fraction, a literal in [0, 1]. */
public record Percentile() implements Holistic {
  @Override
  public String dslName() {
    return "percentile";
  }

  @Override
  public int arity() {
    return 2;
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
