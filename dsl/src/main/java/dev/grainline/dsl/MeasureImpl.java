package dev.grainline.dsl;

import dev.grainline.dsl.Condition;
import dev.grainline.dsl.Measure;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.And;
import java.util.List;
import java.util.Optional;

/** One aggregate. */
public final class MeasureImpl<T> extends MetricImpl<T> implements Measure<T> {

  public MeasureImpl(Aggregate aggregate) {
    super(aggregate);
  }

  public Aggregate aggregate() {
    return (Aggregate) definition();
  }

  @Override
  public <R> Measure<R> filter(Condition condition) {
    dev.grainline.internal.model.expr.Node added = Arguments.of(condition);
    Aggregate aggregate = aggregate();
    dev.grainline.internal.model.expr.Node combined =
        aggregate.filter().<dev.grainline.internal.model.expr.Node>map(existing -> new And(List.of(existing, added)))
            .orElse(added);
    return new MeasureImpl<>(
        new Aggregate(aggregate.function(), aggregate.args(), Optional.of(combined), aggregate.entity()));
  }
}
