package dev.grainline.runtime.internal.execution;

import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.runtime.Explanation;
import dev.grainline.runtime.internal.plan.BaseRows;
import dev.grainline.runtime.internal.plan.Combine;
import dev.grainline.runtime.internal.plan.DimensionOutput;
import dev.grainline.runtime.internal.plan.GapFill;
import dev.grainline.runtime.internal.plan.GroupNode;
import dev.grainline.runtime.internal.plan.OutputMetric;
import dev.grainline.runtime.internal.plan.Output;
import dev.grainline.runtime.internal.plan.PlannedComponent;
import dev.grainline.runtime.internal.plan.Scan;
import dev.grainline.runtime.internal.plan.SharedScan;
import dev.grainline.runtime.internal.plan.WindowMerge;
import dev.grainline.runtime.internal.plan.WindowedResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Describes a plan for {@code explain}, walking the same tree the SQL is rendered from: grain groups with grain,
 * components and aggregability, then the combination, the windows, the metrics and the having filter.
 */
final class Explanations {
  private Explanations() {}

  static Explanation of(Output plan, String sql) {
    Combine combined = combination(plan);
    List<DimensionOutput> periods = plan.result() instanceof WindowedResult windowed ? windowed.periods() : List.of();
    Map<String, String> periodNames = new HashMap<>();
    periods.forEach(p -> periodNames.put(p.alias(), p.name()));
    List<Explanation.GrainGroup> groups = new ArrayList<>();
    for (GroupNode group : combined.groups()) {
      List<String> grain = new ArrayList<>(group.grain().stream()
          .map(d -> periodNames.getOrDefault(d.alias(), d.ref().toString())).toList());
      grain.addAll(group.innerGrainDescriptions());
      List<Explanation.Component> components = group.components().stream().map(Explanations::component).toList();
      Scan scan = group.input().scan();
      List<String> joins = scan.joins().stream()
          .map(j -> j.description() + j.tenant().map(t -> " restricted to the tenant").orElse("")).toList();
      List<String> filters = new ArrayList<>();
      // The tenant first: it is what a reader of a tenant-bound plan checks before anything else.
      scan.tenant().forEach(t -> filters.add("tenant: " + t.column().table().alias() + "." + t.column().column()
          + " = ? (bound)"));
      scan.where().map(Nodes::describe).ifPresent(filters::add);
      group.filter().ifPresent(f -> filters.add(Nodes.describe(f) + " (rows shown only; windows read past it)"));
      String how = group.technique().map(t -> " (" + t + ")").orElse("")
          + (group.input() instanceof SharedScan shared ? " (reads the scan " + shared.name() + ")" : "");
      groups.add(new Explanation.GrainGroup(group.name() + how, group.entity(), grain, group.aggregability(),
          components, joins, filters));
    }
    List<String> combination = new ArrayList<>();
    String on = plan.dimensions().isEmpty()
        ? "nothing (one row each)"
        : String.join(", ", plan.dimensions().stream().map(DimensionOutput::name).toList());
    if (combined.members().size() > 1) {
      combination.add("combine " + String.join(", ", combined.groups().stream().map(GroupNode::name).toList())
          + " by full outer join on " + on + " (NULL-safe)");
    }
    if (plan.result() instanceof WindowedResult windowed) {
      windowed.windows().forEach(w -> combination.add(window(w)));
    }
    for (OutputMetric metric : plan.metrics()) {
      combination.add((metric.hidden() ? "filter-only metric " : "metric ") + metric.name() + " = "
          + Nodes.describe(metric.combiner()));
    }
    plan.having().ifPresent(h -> combination.add("having " + Nodes.describe(h)));
    return new Explanation(groups, combination, sql, List.of(), plan.warnings());
  }

  /** The combination of the grain groups: the result itself, or the base rows that the windows are joined to. */
  private static Combine combination(Output plan) {
    return switch (plan.result()) {
      case Combine combine -> combine;
      case WindowedResult windowed -> switch (windowed.base()) {
        case Combine combine -> combine;
        case GapFill fill -> fill.rows();
      };
    };
  }

  private static String window(WindowMerge window) {
    List<String> per = new ArrayList<>(window.partitions().stream().map(WindowMerge.Key::alias).toList());
    per.add(window.axisGrain().sqlName());
    var partial = window.partial();
    return "window " + window.name() + " = " + window.description() + ": partials of " + window.entity()
        + " per " + String.join(" and ", per) + " (" + partial.name()
        + (partial.input() instanceof GroupNode group ? ", from " + group.name() : "")
        + "), merged over the frame of each row's " + window.periodAlias()
        + partial.filter().map(f -> "; reads rows where " + Nodes.describe(f)).orElse("")
        + " (" + String.join(", ", partial.components().stream().map(c -> c.alias() + " = "
            + Nodes.describe(c.aggregate())).toList()) + ")";
  }

  private static Explanation.Component component(PlannedComponent component) {
    return new Explanation.Component(component.alias(), Nodes.describe(component.aggregate()),
        component.aggregability(), component.aggregate().function().explainAccumulate(),
        component.aggregate().function().explainMerge(), component.metrics());
  }
}
