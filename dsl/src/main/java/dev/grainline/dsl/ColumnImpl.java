package dev.grainline.dsl;

import dev.grainline.internal.model.assembly.Declared;
import dev.grainline.internal.model.expr.Node;
import java.util.Objects;

/** A row-level expression: a table column or a value computed from columns. */
class ColumnImpl<T> extends ExprImpl<T> implements Column<T> {
  private final Node node;

  ColumnImpl(Node node) {
    this.node = Objects.requireNonNull(node, "node");
  }

  @Override
  Node node() {
    return node;
  }

  @Override
  public Declared declared() {
    return new Declared.Column(node);
  }

  @Override
  <R> ColumnImpl<R> derive(Node derived) {
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
  public ColumnImpl<java.time.LocalDate> truncatedTo(TimeGrain grain) {
    return new ColumnImpl<>(new Node.TimeTrunc(node, Arguments.notNull("the grain", grain)));
  }

  @Override
  public ColumnImpl<Integer> periodsSince(Attribute<?> anchor) {
    return new ColumnImpl<>(new Node.PeriodsSince(node, Arguments.of(anchor)));
  }
}
