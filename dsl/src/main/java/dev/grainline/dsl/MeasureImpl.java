package dev.grainline.dsl;

import dev.grainline.internal.model.expr.Node.And;
import dev.grainline.internal.model.expr.Node.DslAggregate;
import dev.grainline.internal.model.expr.Node;
import java.util.List;
import java.util.Optional;

/** One aggregate. */
final class MeasureImpl<T> extends MetricImpl<T> implements Measure<T> {

  MeasureImpl(DslAggregate aggregate) {
    super(aggregate);
  }

  public DslAggregate aggregate() {
    return (DslAggregate) definition();
  }

  @Override
  public <R> Measure<R> filter(Condition condition) {
    Node added = Arguments.of(condition);
    DslAggregate aggregate = aggregate();
    Node combined =
        aggregate.filter().<Node>map(existing -> new And(List.of(existing, added)))
            .orElse(added);
    return new MeasureImpl<>(
        new DslAggregate(aggregate.function(), aggregate.args(), Optional.of(combined)));
  }
}
