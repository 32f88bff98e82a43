package dev.grainline.internal.model.time;

import dev.grainline.internal.model.MetricDef;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.MetricUse;
import dev.grainline.internal.model.expr.Node.Windowed;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.expr.WindowFrame;
import dev.grainline.internal.model.validation.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Metric formulas expanded down to aggregates, with nested windows composed into single windows. A window of a
 * window over the same time attribute is a window when one of the two reads a single period: {@code
 * lag(trailing(m, 7, DAYS), 7)} is m over the 7 days before the last 7, {@code trailing(lag(m, 1), 7, DAYS)} is m
 * over 7 days ending yesterday. Two multi-period windows (a running total of trailing sums) have no meaning as a
 * recomputed metric, and windows over different time attributes do not compose; both are rejected.
 */
public final class Windows {
  private final Model model;
  // Shared by the threads that resolve and plan queries: a concurrent memo, no lock. Two threads may expand one
  // metric at once; both get equal trees.
  private final Map<String, Node> expanded = new ConcurrentHashMap<>();

  public Windows(Model model) {
    this.model = model;
  }

  /**
   * Why a nested window has no meaning: a message whose first argument, the metric that nests the windows, the
   * caller supplies, and the rest of its arguments.
   */
  public static final class UndefinedWindow extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Message message;
    private final transient List<Object> details;

    UndefinedWindow(Message message, Object... details) {
      super(message.template(), null, false, false);
      this.message = message;
      this.details = List.of(details);
    }

    public Message message() {
      return message;
    }

    /** The message's arguments, {@code metric} first. */
    public Object[] arguments(String metric) {
      List<Object> all = new ArrayList<>();
      all.add(metric);
      all.addAll(details);
      return all.toArray();
    }
  }

  /**
   * The metric's formula with every metric it uses replaced by that metric's formula, down to aggregates, and every
   * window composed with the windows inside it, so that no window contains another.
   *
   * @throws UndefinedWindow when two windows do not compose
   */
  public Node expand(String metricName) {
    Node known = expanded.get(metricName);
    if (known != null) {
      return known;
    }
    MetricDef metric = model.metric(metricName).orElseThrow(() -> new IllegalArgumentException(metricName));
    Node result = compose(Nodes.rewrite(metric.formula(), node -> node instanceof MetricUse ref
        ? Optional.of(expand(ref.name()))
        : Optional.empty()));
    Set<Node> axes = new HashSet<>();
    Nodes.collect(result, Windowed.class).forEach(w -> axes.add(w.axis()));
    if (axes.size() == 1) {
      result = periodOnly(result, axes.iterator().next());
    }
    Node raced = expanded.putIfAbsent(metricName, result);
    return raced != null ? raced : result;
  }

  /**
   * In a metric with windows over one time attribute (its own, or those of the metrics it uses), the parts outside
   * the windows are values of the current period too: week-over-week change by day is the week's change on every
   * day of the week, never a day's revenue against the previous week's. Each largest part without a window becomes
   * a window of the current period.
   */
  private static Node periodOnly(Node expr, Node axis) {
    return mapParts(expr, window -> window, part -> new Windowed(part, axis, 0, new WindowFrame.Current()));
  }

  /**
   * {@code expr} with each window replaced by {@code onWindow}'s answer and each largest part that aggregates but
   * holds no window replaced by {@code onPart}'s: the parts of a formula of windows.
   */
  private static Node mapParts(Node expr, UnaryOperator<Windowed> onWindow, UnaryOperator<Node> onPart) {
    return Nodes.rewrite(expr, node -> {
      if (node instanceof Windowed window) {
        return Optional.of(onWindow.apply(window));
      }
      return !Nodes.any(node, Windowed.class::isInstance) && Nodes.any(node, Node.Aggregate.class::isInstance)
          ? Optional.of(onPart.apply(node))
          : Optional.empty();
    });
  }

  /** {@code expr} with its windows composed, innermost first. */
  public static Node compose(Node expr) {
    return Nodes.rewrite(expr, node -> node instanceof Windowed window
        ? Optional.of(composeOne(new Windowed(compose(window.metric()), window.axis(), window.shift(), window.frame())))
        : Optional.empty());
  }

  /** A window whose metric's own windows are already composed, as one window or a formula of windows. */
  private static Node composeOne(Windowed outer) {
    Node inner = outer.metric();
    if (!Nodes.any(inner, Windowed.class::isInstance)) {
      return outer;
    }
    if (!(inner instanceof Windowed nested)) {
      if (outer.frame().single()) {
        // A lag of a formula is the formula of lags: each window inside moves back, and so does each part beside them.
        return shifted(inner, outer);
      }
      throw new UndefinedWindow(Message.NESTED_WINDOW_IN_FORMULA);
    }
    requireSameAxis(outer, nested);
    int shift = outer.shift() + nested.shift();
    if (outer.frame().single()) {
      return new Windowed(nested.metric(), outer.axis(), shift, nested.frame());
    }
    if (nested.frame().single()) {
      return new Windowed(nested.metric(), outer.axis(), shift, outer.frame());
    }
    throw new UndefinedWindow(Message.NESTED_WINDOW_UNDEFINED, describe(outer.frame()), describe(nested.frame()));
  }

  /**
   * {@code expr}, whose windows are composed, moved {@code lag.shift()} periods of {@code lag}'s time attribute: its
   * windows shifted, its parts outside windows made windows of that period.
   */
  private static Node shifted(Node expr, Windowed lag) {
    return mapParts(expr, window -> {
      requireSameAxis(lag, window);
      return new Windowed(window.metric(), window.axis(), window.shift() + lag.shift(), window.frame());
    }, part -> new Windowed(part, lag.axis(), lag.shift(), new WindowFrame.Current()));
  }

  private static void requireSameAxis(Windowed outer, Windowed inner) {
    if (!inner.axis().equals(outer.axis())) {
      throw new UndefinedWindow(Message.NESTED_WINDOW_AXES, Nodes.describe(outer.axis()),
          Nodes.describe(inner.axis()));
    }
  }

  private static String describe(WindowFrame frame) {
    return switch (frame) {
      case WindowFrame.Current c -> "a lag";
      case WindowFrame.Trailing t -> "a trailing " + t.count() + "-" + t.unit().sqlName() + " window";
      case WindowFrame.Cumulative c -> "a running total";
      case WindowFrame.ToDate d -> "a " + d.grain().sqlName() + "-to-date window";
    };
  }
}
