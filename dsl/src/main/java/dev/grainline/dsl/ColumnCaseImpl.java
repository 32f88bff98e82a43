package dev.grainline.dsl;

import dev.grainline.internal.model.expr.Node.Case;
import dev.grainline.internal.model.expr.Node.When;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A row-level CASE under construction; usable as is (no ELSE) or finished with an ELSE. */
final class ColumnCaseImpl<T> extends ColumnImpl<T> implements ColumnCase<T> {
  private final List<When> branches;

  ColumnCaseImpl(List<When> branches) {
    super(new Case(branches, Optional.empty()));
    this.branches = List.copyOf(branches);
  }

  private ColumnCaseImpl<T> add(Condition condition, Object value) {
    List<When> more = new ArrayList<>(branches);
    more.add(new When(Arguments.of(condition), Arguments.ofValue(value)));
    return new ColumnCaseImpl<>(more);
  }

  @Override
  public ColumnCase<T> when(Condition condition, T value) {
    return add(condition, value);
  }

  @Override
  public ColumnCase<T> when(Condition condition, Expr<T> value) {
    return add(condition, value);
  }

  @Override
  public Column<T> otherwise(T value) {
    return new ColumnImpl<>(new Case(branches, Optional.of(Arguments.ofValue(value))));
  }

  @Override
  public Column<T> otherwise(Expr<T> value) {
    return new ColumnImpl<>(new Case(branches, Optional.of(Arguments.of(value))));
  }
}
