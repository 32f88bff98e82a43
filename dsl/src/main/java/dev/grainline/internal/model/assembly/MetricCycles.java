package dev.grainline.internal.model.validation;

import dev.grainline.internal.model.Entity;
import dev.grainline.internal.model.LinkDef;
import dev.grainline.internal.model.MetricDef;
import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.MetricUse;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.graph.JoinGraph;
import dev.grainline.internal.model.graph.JoinPath;
import dev.grainline.internal.model.graph.PathResolution;
import dev.grainline.internal.model.graph.RolePaths;
import dev.grainline.internal.model.text.Suggestions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules that look at the whole metric graph and join graph rather than at one definition. */
public final class GraphRules {
  private GraphRules() {}

  /** A metric before its type is known: enough to find cycles. */
  public record Draft(String name, Node formula, Origin origin) {}

  /**
   * Reports every cycle of metric references once, at the first metric of the cycle in declaration order, with the
   * path around it. Returns the metrics on or behind a cycle, which have no type.
   */
  public static Set<String> checkCycles(Report report, Map<String, Draft> metrics) {
    Set<String> broken = new HashSet<>();
    Set<String> done = new HashSet<>();
    Set<Set<String>> reported = new HashSet<>();
    for (String start : metrics.keySet()) {
      visit(start, metrics, new ArrayList<>(), done, broken, reported, report);
    }
    return broken;
  }

  private static boolean visit(String name, Map<String, Draft> metrics, List<String> path, Set<String> done,
      Set<String> broken, Set<Set<String>> reported, Report report) {
    int index = path.indexOf(name);
    if (index >= 0) {
      List<String> cycle = new ArrayList<>(path.subList(index, path.size()));
      if (reported.add(new HashSet<>(cycle))) {
        Draft first = metrics.get(cycle.get(0));
        report.add(Message.CYCLE, first.origin(), first.formula(), "metric " + first.name(),
            cyclePath(cycle, metrics));
      }
      broken.addAll(cycle);
      return true;
    }
    if (done.contains(name) || !metrics.containsKey(name)) {
      return broken.contains(name);
    }
    path.add(name);
    boolean onCycle = false;
    for (MetricUse ref : Nodes.collect(metrics.get(name).formula(), MetricUse.class)) {
      onCycle |= visit(ref.name(), metrics, path, done, broken, reported, report);
    }
    path.remove(path.size() - 1);
    done.add(name);
    if (onCycle) {
      broken.add(name);
    }
    return onCycle;
  }

  /** Dagger-style: one line per step, each with where it is declared. */
  private static String cyclePath(List<String> cycle, Map<String, Draft> metrics) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < cycle.size(); i++) {
      Draft step = metrics.get(cycle.get(i));
      text.append(i == 0 ? "" : "\n    uses ").append(step.name()).append(" (").append(step.origin()).append(')');
    }
    return text.append("\n    uses ").append(cycle.get(0)).toString();
  }

  /** A metric over several facts is computed by joining them on the query's dimensions: they must share one. */
  public static void checkSharedDimensions(Report report, Model model) {
    for (MetricDef metric : model.metrics()) {
      Set<String> entities = model.entitiesOf(metric.name());
      if (entities.size() < 2) {
        continue;
      }
      Set<String> shared = null;
      for (String entity : entities) {
        Set<String> reachable = new HashSet<>(model.graph().reachable(entity));
        if (shared == null) {
          shared = reachable;
        } else {
          shared.retainAll(reachable);
        }
      }
      if (shared.isEmpty()) {
        report.add(Message.NO_SHARED_DIMENSION, metric.origin(), metric.formula(), metric.name(),
            Suggestions.orList(List.copyOf(entities)).replace(" or ", " and "));
      }
    }
  }

  /**
   * Attributes of other entities used inside an aggregate (a conditional aggregate on a dimension) are joined in:
   * they must be reachable, unambiguously, from the aggregate's entity.
   */
  public static void checkJoinedAttributes(Report report, JoinGraph graph, String metric, Node formula,
      Origin origin) {
    for (Aggregate aggregate : Nodes.collect(formula, Aggregate.class)) {
      for (AttributeRef ref : Nodes.collect(aggregate, AttributeRef.class)) {
        if (ref.entity().isEmpty()) {
          report.add(Message.UNDECLARED_ATTRIBUTE, origin, ref, ref);
          continue;
        }
        PathResolution resolution = graph.resolve(aggregate.entity(), ref.entity(), ref.rolePath());
        switch (resolution) {
          case PathResolution.Resolved r -> {}
          case PathResolution.Unreachable u ->
              report.add(Message.UNREACHABLE, origin, ref, ref, aggregate.entity(), metric);
          case PathResolution.NoSuchRole n -> report.add(Message.UNKNOWN_ROLE, origin, ref, ref,
              aggregate.entity(), ref.entity(), RolePaths.described(n.available()),
              RolePaths.didYouMean(ref.rolePath(), n.available()));
          case PathResolution.Ambiguous a -> report.add(Message.AMBIGUOUS_PATH, origin, ref, ref,
              aggregate.entity(), RolePaths.described(a.candidates()),
              RolePaths.example(ref.attributeName(), a.candidates()));
        }
      }
    }
  }

  /**
   * Warns where a link can repeat rows of its entity (one-to-many, many-to-many) and duplication-sensitive metrics
   * (sums, counts, averages) aggregate that entity: grouped through the link, they count rows more than once.
   */
  public static void checkFanOut(Report report, Model model) {
    Map<String, Set<String>> sensitiveByEntity = new LinkedHashMap<>();
    for (MetricDef metric : model.metrics()) {
      for (Aggregate aggregate : Nodes.collect(metric.formula(), Aggregate.class)) {
        if (aggregate.function().duplicationSensitive()) {
          sensitiveByEntity.computeIfAbsent(aggregate.entity(), e -> new LinkedHashSet<>()).add(metric.name());
        }
      }
    }
    for (Entity entity : model.entities()) {
      for (LinkDef link : entity.links()) {
        Set<String> affected = sensitiveByEntity.getOrDefault(entity.name(), Set.of());
        if (link.cardinality().fansOut() && !affected.isEmpty()) {
          report.add(Message.FAN_OUT, link.origin(), null, link.name(), link.describe(), link.cardinality().display(),
              String.join(", ", affected), entity.name());
        }
      }
    }
  }
}
