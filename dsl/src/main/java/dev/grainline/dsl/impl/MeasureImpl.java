package dev.grainline.dsl.impl;

import dev.grainline.dsl.Condition;
import dev.grainline.dsl.Measure;
import dev.grainline.model.expr.Expr.Aggregate;
import dev.grainline.model.expr.Expr.And;
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
    dev.grainline.model.expr.Expr added = Nodes.of(condition);
    Aggregate aggregate = aggregate();
    dev.grainline.model.expr.Expr combined =
        aggregate.filter().<dev.grainline.model.expr.Expr>map(existing -> new And(List.of(existing, added)))
            .orElse(added);
    return new MeasureImpl<>(
        new Aggregate(aggregate.function(), aggregate.args(), Optional.of(combined), aggregate.entity()));
  }
}
