package dev.grainline.dsl;

import dev.grainline.dsl.Column;
import dev.grainline.dsl.Expr;
import java.util.Objects;

/** A row-level expression: a table column or a value computed from columns. */
public class ColumnImpl<T> extends ExprImpl<T> implements Column<T> {
  private final dev.grainline.internal.model.expr.Node node;

  public ColumnImpl(dev.grainline.internal.model.expr.Node node) {
    this.node = Objects.requireNonNull(node, "node");
  }

  @Override
  public dev.grainline.internal.model.expr.Node node() {
    return node;
  }

  @Override
  protected <R> ColumnImpl<R> derive(dev.grainline.internal.model.expr.Node derived) {
    return new ColumnImpl<>(derived);
  }

  @Override
  public <R> ColumnImpl<R> plus(Expr<?> other) {
    return (ColumnImpl<R>) super.<R>plus(other);
  }

  @Override
  public <R> ColumnImpl<R> plus(Number other) {
    return (ColumnImpl<R>) super.<R>plus(other);
  }

  @Override
  public <R> ColumnImpl<R> minus(Expr<?> other) {
    return (ColumnImpl<R>) super.<R>minus(other);
  }

  @Override
  public <R> ColumnImpl<R> minus(Number other) {
    return (ColumnImpl<R>) super.<R>minus(other);
  }

  @Override
  public <R> ColumnImpl<R> times(Expr<?> other) {
    return (ColumnImpl<R>) super.<R>times(other);
  }

  @Override
  public <R> ColumnImpl<R> times(Number other) {
    return (ColumnImpl<R>) super.<R>times(other);
  }

  @Override
  public ColumnImpl<Double> div(Expr<?> other) {
    return (ColumnImpl<Double>) super.div(other);
  }

  @Override
  public ColumnImpl<Double> div(Number other) {
    return (ColumnImpl<Double>) super.div(other);
  }

  @Override
  public <R> ColumnImpl<R> negate() {
    return (ColumnImpl<R>) super.<R>negate();
  }

  @Override
  public <R> ColumnImpl<R> cast(Class<R> type) {
    return (ColumnImpl<R>) super.cast(type);
  }

  @Override
  public ColumnImpl<java.time.LocalDate> truncatedTo(dev.grainline.dsl.TimeGrain grain) {
    return new ColumnImpl<>(new dev.grainline.internal.model.expr.Node.TimeTrunc(node, Arguments.notNull("the grain", grain)));
  }
}
