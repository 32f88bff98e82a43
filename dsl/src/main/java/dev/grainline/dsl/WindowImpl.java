package dev.grainline.dsl;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Metric;
import dev.grainline.dsl.Window;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.WindowFrame;
import java.util.Objects;

/** A window waiting for its time attribute. */
public final class WindowImpl<T> implements Window<T> {
  private final Node metric;
  private final int shift;
  private final WindowFrame frame;

  public WindowImpl(Metric<?> metric, int shift, WindowFrame frame) {
    this.metric = Arguments.of(metric);
    this.shift = shift;
    this.frame = Objects.requireNonNull(frame, "frame");
  }

  @Override
  public Metric<T> over(Attribute<?> time) {
    return new MetricImpl<>(new Node.Windowed(metric, Arguments.of(time), shift,
        frame));
  }
}
