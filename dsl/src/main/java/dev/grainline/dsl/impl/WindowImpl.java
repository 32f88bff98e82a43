package dev.grainline.dsl.impl;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Metric;
import dev.grainline.dsl.Window;
import dev.grainline.model.expr.Expr;
import dev.grainline.model.expr.WindowFrame;
import java.util.Objects;

/** A window waiting for its time attribute. */
public final class WindowImpl<T> implements Window<T> {
  private final Expr metric;
  private final int shift;
  private final WindowFrame frame;

  public WindowImpl(Metric<?> metric, int shift, WindowFrame frame) {
    this.metric = Nodes.of(metric);
    this.shift = shift;
    this.frame = Objects.requireNonNull(frame, "frame");
  }

  @Override
  public Metric<T> over(Attribute<?> time) {
    return new MetricImpl<>(new Expr.Window(metric, Nodes.of(time), shift,
        frame));
  }
}
