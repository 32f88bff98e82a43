package dev.grainline.internal.model.validation.rules;

import dev.grainline.internal.model.AttributeDef;
import dev.grainline.internal.model.Entity;
import dev.grainline.internal.model.LinkDef;
import dev.grainline.internal.model.MetricDef;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.aggregate.SemiAdditive;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.graph.PathProblem;
import dev.grainline.internal.model.graph.PathResolution;
import dev.grainline.internal.model.text.Suggestions;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.Report;
import java.util.List;
import java.util.Optional;

/**
 * The rules of semi-additive measures, checked where each is written: it is over a time attribute that its fact
 * reaches unambiguously (or a date of the fact itself), and per an entity the fact reaches, named by its key; a
 * window reads it one period at a time.
 */
final class SnapshotRule implements Rule<ModelContext> {
  @Override
  public void check(ModelContext context, Report report) {
    Model model = context.model();
    for (MetricDef metric : model.metrics()) {
      for (Aggregate aggregate : Nodes.collect(metric.formula(), Aggregate.class)) {
        if (aggregate.function() instanceof SemiAdditive) {
          checkTime(report, model, metric, aggregate);
          for (Node key : SemiAdditive.keys(aggregate.args())) {
            checkEntity(report, model, metric, aggregate, key);
          }
        }
      }
      for (Node.Windowed window : Nodes.collect(metric.formula(), Node.Windowed.class)) {
        if (!window.frame().single()) {
          semiAdditive(model, window.metric(), new java.util.HashSet<>()).ifPresent(a -> report.add(
              Message.SNAPSHOT_WINDOW, metric.origin(), window, metric.name(), Nodes.describe(window),
              Nodes.describe(a)));
        }
      }
    }
  }

  /** A semi-additive aggregate that {@code formula} computes, through the metrics it uses. */
  private static Optional<Aggregate> semiAdditive(Model model, Node formula, java.util.Set<String> seen) {
    for (Aggregate aggregate : Nodes.collect(formula, Aggregate.class)) {
      if (aggregate.function() instanceof SemiAdditive) {
        return Optional.of(aggregate);
      }
    }
    for (Node.MetricUse use : Nodes.collect(formula, Node.MetricUse.class)) {
      if (seen.add(use.name())) {
        Optional<Aggregate> found = model.metric(use.name())
            .flatMap(m -> semiAdditive(model, m.formula(), seen));
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static void checkTime(Report report, Model model, MetricDef metric, Aggregate aggregate) {
    Node time = aggregate.args().get(SemiAdditive.TIME);
    if (!(time instanceof AttributeRef ref)) {
      // The fact's own attribute, inlined: a date or a timestamp orders its rows.
      if (!ownTimeAttribute(model, aggregate.entity(), time)) {
        report.add(Message.NOT_TIME_ATTRIBUTE, metric.origin(), time, metric.name(), Nodes.describe(time),
            Suggestions.didYouMean(Nodes.describe(time), timeAttributes(model, aggregate.entity())));
      }
      return;
    }
    Optional<AttributeDef> attribute = model.attribute(ref.attributeName());
    if (attribute.isEmpty() || attribute.get().period().isEmpty()) {
      report.add(Message.NOT_TIME_ATTRIBUTE, metric.origin(), ref, metric.name(), ref,
          Suggestions.didYouMean(ref.attributeName(), timeAttributes(model, ref.entity())));
      return;
    }
    PathProblem.of(model.graph().resolve(aggregate.entity(), ref.entity(), ref.rolePath()), ref,
            new PathProblem.Window(metric.name(), ref, aggregate.entity(), Nodes.describe(aggregate)))
        .ifPresent(problem -> report.add(problem.message(), metric.origin(), ref, problem.args()));
  }

  private static boolean ownTimeAttribute(Model model, String fact, Node time) {
    return model.entity(fact).stream().flatMap(e -> e.attributes().stream())
        .anyMatch(a -> a.period().isPresent() && a.expr().equals(time));
  }

  private static List<String> timeAttributes(Model model, String entity) {
    return model.entity(entity).stream().flatMap(e -> e.attributes().stream())
        .filter(a -> a.period().isPresent()).map(AttributeDef::qualifiedName).toList();
  }

  /** The entity is a dimension the fact reaches, named by a key attribute, or an attribute of the fact itself. */
  private static void checkEntity(Report report, Model model, MetricDef metric, Aggregate aggregate, Node key) {
    if (!(key instanceof AttributeRef ref)) {
      return;
    }
    Entity fact = model.entity(aggregate.entity()).orElseThrow();
    if (!(model.graph().resolve(fact.name(), ref.entity(), ref.rolePath()) instanceof PathResolution.Resolved)) {
      List<String> linked = fact.links().stream().map(LinkDef::toEntity).distinct().toList();
      List<String> keys = linked.stream().flatMap(e -> model.entity(e).stream())
          .flatMap(e -> e.key().stream()).map(AttributeDef::qualifiedName).toList();
      report.add(Message.SNAPSHOT_ENTITY, metric.origin(), ref, metric.name(), ref, fact.name(),
          linked.isEmpty() ? "no dimension" : String.join(", ", linked), Suggestions.didYouMean(ref.toString(), keys));
      return;
    }
    Optional<AttributeDef> attribute = model.attribute(ref.attributeName());
    if (attribute.isPresent() && !attribute.get().key()) {
      List<String> keys = model.entity(ref.entity()).orElseThrow().key().stream()
          .map(AttributeDef::qualifiedName).toList();
      report.add(Message.SNAPSHOT_ENTITY_KEY, metric.origin(), ref, metric.name(), ref, ref.entity(),
          keys.isEmpty() ? "the attributes that identify its rows" : Suggestions.orList(keys));
    }
  }
}
