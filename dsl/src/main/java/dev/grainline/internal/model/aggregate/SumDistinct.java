package dev.grainline.internal.model.aggregate;

import dev.grainline.SqlType;
import java.util.List;

/** SUM(DISTINCT value): the sum of the distinct values, typed as {@link Sum}. */
public record SumDistinct() implements DistinctValues {
  @Override
  public String dslName() {
    return "sumDistinct";
  }

  @Override
  public int arity() {
    return 1;
  }

  @Override
  public Typing type(List<SqlType> args) {
    return SUM.type(args);
  }

  @Override
  public boolean zeroOnGap() {
    return true;
  }

  @Override
  public boolean zeroWhenMissing() {
    return false;
  }

  @Override
  public String explainMerge() {
    return "sum distinct";
  }
}
