package dev.grainline.internal.model.aggregate;

import dev.grainline.SqlType;
import java.util.List;

/**
 * MAX_BY ({@code greatest}) and MIN_BY: the first argument's value on the row with the greatest (least) second
 * argument; ties go to the greatest (least) value. Typed as its value; the key must be ordered.
 */
public record PickBy(boolean greatest) implements Holistic {
  @Override
  public String dslName() {
    return greatest ? "maxBy" : "minBy";
  }

  @Override
  public int arity() {
    return 2;
  }

  @Override
  public Typing type(List<SqlType> args) {
    return Typing.ordered(args.get(1), args.get(0));
  }

  @Override
  public boolean zeroOnGap() {
    return false;
  }

  @Override
  public boolean zeroWhenMissing() {
    return false;
  }

  /** One row is picked; repeating rows repeats the candidates, not the pick. */
  @Override
  public boolean duplicationSensitive() {
    return false;
  }
}
