package dev.grainline.dsl;

import dev.grainline.internal.model.assembly.Declared;
import dev.grainline.internal.model.assembly.DslValue;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.WindowFrame;
import java.util.Objects;

/** A window waiting for its time attribute. */
final class WindowImpl<T> implements Window<T>, DslValue {
  private final Node metric;
  private final int shift;
  private final WindowFrame frame;

  WindowImpl(Metric<?> metric, int shift, WindowFrame frame) {
    this.metric = Arguments.of(metric);
    this.shift = shift;
    this.frame = Objects.requireNonNull(frame, "frame");
  }

  @Override
  public Declared declared() {
    return new Declared.PendingWindow(metric);
  }

  @Override
  public Metric<T> over(Attribute<?> time) {
    return new MetricImpl<>(new Node.Windowed(metric, Arguments.of(time), shift,
        frame));
  }
}
