package dev.grainline.internal.model.validation.rules;

import dev.grainline.Aggregability;
import dev.grainline.dsl.TimeGrain;
import dev.grainline.internal.model.AttributeDef;
import dev.grainline.internal.model.MetricDef;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.TimePeriod;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.Windowed;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.expr.WindowFrame;
import dev.grainline.internal.model.graph.PathProblem;
import dev.grainline.internal.model.text.Suggestions;
import dev.grainline.internal.model.time.Windows;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.Report;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of window metrics, checked on the whole model because they follow metric references: a window is over a
 * time attribute that every fact its metric reads reaches, unambiguously; a trailing window counts units no finer
 * than that attribute's periods; nested windows compose; and the metric can be recomputed from per-period parts.
 */
final class WindowRule implements Rule<ModelContext> {
  @Override
  public void check(ModelContext context, Report report) {
    Model model = context.model();
    Windows windows = new Windows(model);
    for (MetricDef metric : model.metrics()) {
      boolean ownWindowsOk = true;
      for (Windowed window : Nodes.collect(metric.formula(), Windowed.class)) {
        ownWindowsOk &= checkWindow(report, model, metric, window);
      }
      if (!ownWindowsOk) {
        continue;
      }
      Node expanded;
      try {
        expanded = windows.expand(metric.name());
      } catch (Windows.UndefinedWindow undefined) {
        report.add(undefined.message(), metric.origin(), shownAt(metric), undefined.arguments(metric.name()));
        continue;
      }
      checkExpanded(report, model, metric, expanded);
    }
  }

  /**
   * The windows a metric computes, including those of the metrics it uses and the current-period windows that the
   * parts beside a window become (revenue over a trailing window divided by visitors: the visitors are counted per
   * window period too), must be computable: every fact they read reaches the window's time attribute, and every
   * aggregate merges from per-period parts, which a median or a max_by does not have. A metric's own windows are
   * checked where they are written; these are shown at the metric.
   */
  private static void checkExpanded(Report report, Model model, MetricDef metric, Node expanded) {
    for (Windowed window : new LinkedHashSet<>(Nodes.collect(expanded, Windowed.class))) {
      AttributeRef axis = (AttributeRef) window.axis();
      for (Aggregate aggregate : Nodes.collect(window.metric(), Aggregate.class)) {
        if (aggregate.function().aggregability() == Aggregability.NONE) {
          report.add(Message.NON_DECOMPOSABLE, metric.origin(), shownAt(metric), metric.name(),
              Nodes.describe(window.metric()), Nodes.describe(aggregate));
          return;
        }
        if (unreachable(report, model, metric, shownAt(metric), axis, aggregate.entity(), window)) {
          return;
        }
      }
    }
  }

  /** Where a problem of the metric's windows is shown: its own first window, or the metric's formula. */
  private static Node shownAt(MetricDef metric) {
    List<Windowed> own = Nodes.collect(metric.formula(), Windowed.class);
    return own.isEmpty() ? metric.formula() : own.get(0);
  }

  /** Reports, at {@code node}, that {@code fact} does not reach the window's time attribute; false if it does. */
  private static boolean unreachable(Report report, Model model, MetricDef metric, Node node, AttributeRef axis,
      String fact, Windowed window) {
    Optional<PathProblem> problem = PathProblem.of(model.graph().resolve(fact, axis.entity(), axis.rolePath()), axis,
        new PathProblem.Window(metric.name(), axis, fact, Nodes.describe(window.metric())));
    problem.ifPresent(p -> report.add(p.message(), metric.origin(), node, p.args()));
    return problem.isPresent();
  }

  private static boolean checkWindow(Report report, Model model, MetricDef metric, Windowed window) {
    String described = metric.name();
    if (!(window.axis() instanceof AttributeRef axis) || model.attribute(axis.attributeName()).isEmpty()) {
      report.add(Message.NOT_TIME_ATTRIBUTE, metric.origin(), window.axis(), described,
          Nodes.describe(window.axis()), "");
      return false;
    }
    AttributeDef attribute = model.attribute(axis.attributeName()).orElseThrow();
    Optional<TimePeriod> period = attribute.period();
    if (period.isEmpty()) {
      List<String> timeAttributes = model.entity(attribute.entity()).orElseThrow().attributes().stream()
          .filter(a -> a.period().isPresent()).map(AttributeDef::qualifiedName).toList();
      report.add(Message.NOT_TIME_ATTRIBUTE, metric.origin(), axis, described, axis,
          Suggestions.didYouMean(axis.attributeName(), timeAttributes));
      return false;
    }
    boolean ok = true;
    TimeGrain grain = period.get().grain();
    switch (window.frame()) {
      case WindowFrame.Trailing t when t.unit().finerThan(grain) -> {
        report.add(Message.TRAILING_UNIT, metric.origin(), window, described, t.unit().plural(), grain.sqlName(),
            axis, grain.plural());
        ok = false;
      }
      case WindowFrame.ToDate d when !d.grain().contains(grain) -> {
        report.add(Message.TO_DATE_GRAIN, metric.origin(), window, described, d.grain().sqlName(), grain.sqlName(),
            axis, grain.sqlName(), d.grain().sqlName());
        ok = false;
      }
      case WindowFrame.Trailing t -> {}
      case WindowFrame.ToDate d -> {}
      case WindowFrame.Current c -> {}
      case WindowFrame.Cumulative c -> {}
    }
    Set<String> facts = new LinkedHashSet<>();
    Nodes.collect(window.metric(), Aggregate.class).forEach(a -> facts.add(a.entity()));
    Nodes.collect(window.metric(), Node.MetricUse.class).forEach(r -> facts.addAll(model.entitiesOf(r.name())));
    for (String fact : facts) {
      if (unreachable(report, model, metric, axis, axis, fact, window)) {
        ok = false;
      }
    }
    return ok;
  }
}
