package dev.grainline.dsl;

import dev.grainline.internal.model.expr.Node.Case;
import dev.grainline.internal.model.expr.Node.When;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A metric-level CASE under construction; usable as is (no ELSE) or finished with an ELSE. */
final class MetricCaseImpl<T> extends MetricImpl<T> implements MetricCase<T> {
  private final List<When> branches;

  MetricCaseImpl(List<When> branches) {
    super(new Case(branches, Optional.empty()));
    this.branches = List.copyOf(branches);
  }

  @Override
  public MetricCase<T> when(Condition condition, Metric<T> value) {
    List<When> more = new ArrayList<>(branches);
    more.add(new When(Arguments.of(condition), Arguments.of(value)));
    return new MetricCaseImpl<>(more);
  }

  @Override
  public Metric<T> otherwise(T value) {
    return new MetricImpl<>(new Case(branches, Optional.of(Arguments.ofValue(value))));
  }

  @Override
  public Metric<T> otherwise(Metric<T> value) {
    return new MetricImpl<>(new Case(branches, Optional.of(Arguments.of(value))));
  }
}
