package dev.grainline.internal.model.aggregate;

import dev.grainline.SqlType;
import java.util.List;

/**
 * A continuous percentile: the second argument is the fraction, a literal in [0, 1]; the {@code median} has none,
 * its fraction is 0.5.
 */
public record Percentile(boolean median) implements Holistic {
  @Override
  public String dslName() {
    return median ? "median" : "percentile";
  }

  @Override
  public int arity() {
    return median ? 1 : 2;
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
