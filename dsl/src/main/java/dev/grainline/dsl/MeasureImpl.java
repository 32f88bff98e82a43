package dev.grainline.dsl;

import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.And;
import dev.grainline.internal.model.expr.Node;
import java.util.List;
import java.util.Optional;

/** One aggregate. */
final class MeasureImpl<T> extends MetricImpl<T> implements Measure<T> {

  MeasureImpl(Aggregate aggregate) {
    super(aggregate);
  }

  public Aggregate aggregate() {
    return (Aggregate) definition();
  }

  @Override
  public <R> Measure<R> filter(Condition condition) {
    Node added = Arguments.of(condition);
    Aggregate aggregate = aggregate();
    Node combined =
        aggregate.filter().<Node>map(existing -> new And(List.of(existing, added)))
            .orElse(added);
    return new MeasureImpl<>(
        new Aggregate(aggregate.function(), aggregate.args(), Optional.of(combined), aggregate.entity()));
  }
}
