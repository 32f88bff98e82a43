package dev.grainline.internal.model.assembly;

import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.MetricUse;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.Report;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the cycles of metric references, which the metric phase cannot type: part of that phase rather than a rule,
 * since what it finds (the metrics on or behind a cycle) decides what gets a type.
 */
final class MetricCycles {
  private MetricCycles() {}

  /** A metric before its type is known: enough to find cycles. */
  record Draft(String name, Node formula, Origin origin) {}

  /**
   * Reports every cycle of metric references once, at the first metric of the cycle in declaration order, with the
   * path around it. Returns the metrics on or behind a cycle, which have no type.
   */
  static Set<String> find(Report report, Map<String, Draft> metrics) {
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
}
