package dev.grainline.internal.model.assembly;

import dev.grainline.internal.model.MetricDef;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.validation.Diagnostic;
import dev.grainline.internal.model.validation.Report;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which parts of the model are sound so far, by the errors reported so far: every phase after the metric phase works
 * on the sound part only, so that one compile shows every problem and none that only follows from another. A metric
 * with an error, or reading an entity with one, or using such a metric, is left out of what comes after (and so are
 * the named queries that use it).
 */
record Soundness(Declarations declarations, Names names, Report report) {
  /**
   * The metrics without an error of their own (one reported at their declaration), that read no entity with an error
   * and use no metric that is not sound.
   */
  List<MetricDef> sound(List<MetricDef> metrics) {
    Set<Origin> failed = report.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::origin)
        .collect(Collectors.toSet());
    Set<String> brokenEntities = brokenEntities();
    Model all = new Model(declarations.name(), declarations.namespace(), List.of(), metrics, List.of(),
        names.tenancy());
    Set<String> sound = new LinkedHashSet<>();
    for (MetricDef metric : metrics) {
      if (!failed.contains(metric.origin())
          && all.entitiesOf(metric.name()).stream().noneMatch(brokenEntities::contains)
          && Nodes.collect(metric.formula(), AttributeRef.class).stream()
              .noneMatch(ref -> brokenEntities.contains(ref.entity()))) {
        sound.add(metric.name());
      }
    }
    // A metric that uses one that is not sound is not sound either, however far down.
    boolean changed = true;
    while (changed) {
      changed = sound.removeIf(name -> Nodes.collect(all.metric(name).orElseThrow().formula(), Node.MetricUse.class)
          .stream().anyMatch(use -> !sound.contains(use.name())));
    }
    return metrics.stream().filter(m -> sound.contains(m.name())).toList();
  }

  /**
   * The entities with an error in what they declare as an entity (their class, source, attributes or links; not a
   * metric or named query declared beside them): what they declare may be missing or wrong.
   */
  Set<String> brokenEntities() {
    Set<Origin> entityParts = new HashSet<>();
    for (ClassDeclaration type : declarations.classes()) {
      entityParts.add(Origin.ofClass(type.className()));
      for (MemberDeclaration member : type.members()) {
        if (declaresEntityPart(member.declared())) {
          entityParts.add(new Origin(type.className(), member.field()));
        }
      }
    }
    Set<String> failedClasses = new HashSet<>();
    for (Diagnostic diagnostic : report.diagnostics()) {
      if (diagnostic.isError() && entityParts.contains(diagnostic.origin())) {
        failedClasses.add(diagnostic.origin().className());
      }
    }
    Set<String> broken = new HashSet<>();
    names.entityClasses().forEach((entity, type) -> {
      if (failedClasses.contains(type.className()) || !names.sources().containsKey(entity)) {
        broken.add(entity);
      }
    });
    return broken;
  }

  /** Whether a member declares part of its entity (its rows, attributes or links) rather than a metric or a query. */
  private static boolean declaresEntityPart(Declared declared) {
    return switch (declared) {
      case Declared.Table t -> true;
      case Declared.Source s -> true;
      case Declared.TenantKey k -> true;
      case Declared.Attribute a -> true;
      case Declared.Column c -> true;
      case Declared.Condition c -> true;
      case Declared.Link l -> true;
      case Declared.Metric m -> false;
      case Declared.Query q -> false;
      case Declared.Sort o -> false;
      case Declared.PendingWindow w -> false;
      case Declared.NotDsl n -> false;
    };
  }
}
