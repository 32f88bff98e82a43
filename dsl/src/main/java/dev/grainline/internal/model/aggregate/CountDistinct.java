package dev.grainline.internal.model.aggregate;

import dev.grainline.SqlType;
import java.util.List;

/**
 * COUNT(DISTINCT value), the number of distinct non-NULL values; when {@code approximate}, an estimate where the
 * engine has one (DuckDB), the exact count elsewhere.
 */
public record CountDistinct(boolean approximate) implements DistinctValues {
  @Override
  public String dslName() {
    return approximate ? "approxCountDistinct" : "countDistinct";
  }

  @Override
  public int arity() {
    return 1;
  }

  @Override
  public Typing type(List<SqlType> args) {
    return new Typing.Typed(SqlType.BIGINT);
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
  public String explainMerge() {
    return approximate ? "approximate count distinct" : "count distinct";
  }
}
