package dev.grainline.dsl;

import dev.grainline.internal.model.assembly.Declared;
import dev.grainline.internal.model.assembly.MetricDeclaration;
import dev.grainline.internal.model.expr.Node.DeclRef;
import dev.grainline.internal.model.expr.Node;
import java.util.Objects;
import java.util.Optional;

/**
 * A metric expression. It is its own declaration: used in another expression it appears as a reference to itself,
 * which the model assembler turns into a metric reference if a field declares it, and inlines otherwise.
 */
class MetricImpl<T> extends ExprImpl<T> implements Metric<T>, MetricDeclaration {
  private final Node definition;
  private final DeclRef reference;

  MetricImpl(Node definition) {
    this.definition = Objects.requireNonNull(definition, "definition");
    this.reference = new DeclRef(this, Optional.empty());
  }

  /** What the metric computes. */
  @Override
  public Node definition() {
    return definition;
  }

  @Override
  Node node() {
    return reference;
  }

  @Override
  public Declared declared() {
    return new Declared.Metric(this, reference);
  }

  @Override
  <R> MetricImpl<R> derive(Node derived) {
    return new MetricImpl<>(derived);
  }

  @Override
  public <R> MetricImpl<R> plus(Expr<?> other) {
    return (MetricImpl<R>) super.<R>plus(other);
  }

  @Override
  public <R> MetricImpl<R> plus(Number other) {
    return (MetricImpl<R>) super.<R>plus(other);
  }

  @Override
  public <R> MetricImpl<R> minus(Expr<?> other) {
    return (MetricImpl<R>) super.<R>minus(other);
  }

  @Override
  public <R> MetricImpl<R> minus(Number other) {
    return (MetricImpl<R>) super.<R>minus(other);
  }

  @Override
  public <R> MetricImpl<R> times(Expr<?> other) {
    return (MetricImpl<R>) super.<R>times(other);
  }

  @Override
  public <R> MetricImpl<R> times(Number other) {
    return (MetricImpl<R>) super.<R>times(other);
  }

  @Override
  public MetricImpl<Double> div(Expr<?> other) {
    return (MetricImpl<Double>) super.div(other);
  }

  @Override
  public MetricImpl<Double> div(Number other) {
    return (MetricImpl<Double>) super.div(other);
  }

  @Override
  public <R> MetricImpl<R> negate() {
    return (MetricImpl<R>) super.<R>negate();
  }

  @Override
  public <R> MetricImpl<R> cast(Class<R> type) {
    return (MetricImpl<R>) super.cast(type);
  }

  @Override
  public String toString() {
    return "Metric[" + definition + "]";
  }
}
