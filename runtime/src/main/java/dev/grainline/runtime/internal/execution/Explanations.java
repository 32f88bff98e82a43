package dev.grainline.runtime.internal.execution;

import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.runtime.Explanation;
import dev.grainline.runtime.internal.planning.PlannedComponent;
import dev.grainline.runtime.internal.planning.Evaluation;
import dev.grainline.runtime.internal.planning.GrainGroupPlan;
import dev.grainline.runtime.internal.planning.JoinStep;
import dev.grainline.runtime.internal.planning.OutputMetric;
import dev.grainline.runtime.internal.planning.QueryPlan;
import dev.grainline.runtime.internal.planning.WindowGroup;
import java.util.ArrayList;
import java.util.List;

/** Describes a plan for {@code explain}: grain groups with grain, components and aggregability, then the combination. */
final class Explanations {
  private Explanations() {}

  static Explanation of(QueryPlan plan, String sql) {
    List<Explanation.GrainGroup> groups = new ArrayList<>();
    for (GrainGroupPlan group : plan.groups()) {
      java.util.Map<String, String> periods = new java.util.HashMap<>();
      plan.periods().forEach(p -> periods.put(p.alias(), p.name()));
      List<String> grain = new ArrayList<>(group.grain().stream()
          .map(d -> periods.getOrDefault(d.alias(), d.ref().toString())).toList());
      group.extraGrain().forEach(g -> grain.add(g.description()));
      List<Explanation.Component> components = group.components().stream().map(Explanations::component).toList();
      List<String> joins = group.scan().joins().stream().map(JoinStep::description).toList();
      List<String> filters = new ArrayList<>(group.scan().where().map(Nodes::describe).stream().toList());
      group.filter().ifPresent(f -> filters.add(Nodes.describe(f) + " (rows shown only; windows read past it)"));
      String how = (group.evaluation() == Evaluation.ROLLUP ? " (partials rolled up)" : "")
          + (group.scan().viaCte() ? " (reads the scan " + group.scan().name() + ")" : "");
      groups.add(new Explanation.GrainGroup(group.name() + how, group.entity(), grain, group.aggregability(),
          components, joins, filters));
    }
    List<String> combination = new ArrayList<>();
    String on = plan.dimensions().isEmpty()
        ? "nothing (one row each)"
        : String.join(", ", plan.dimensions().stream().map(QueryPlan.DimensionOutput::name).toList());
    if (plan.groups().size() > 1) {
      combination.add("combine " + String.join(", ", plan.groups().stream().map(GrainGroupPlan::name).toList())
          + " by full outer join on " + on + " (NULL-safe)");
    }
    for (WindowGroup window : plan.windows()) {
      List<String> per = new ArrayList<>(window.partitions().stream().map(WindowGroup.Key::alias).toList());
      per.add(window.axisGrain().sqlName());
      for (WindowGroup.Part part : window.parts()) {
        combination.add("window " + part.name() + " = " + window.description() + ": partials of " + part.entity()
            + " per " + String.join(" and ", per) + " (" + part.partialName()
            + part.fromGroup().map(g -> ", from " + g).orElse("") + "), merged over the frame of each row's "
            + window.periodAlias() + part.filter().map(f -> "; reads rows where " + Nodes.describe(f)).orElse("")
            + " ("
            + String.join(", ", part.components().stream().map(c -> c.alias() + " = "
                + Nodes.describe(c.aggregate())).toList()) + ")");
      }
    }
    for (OutputMetric metric : plan.metrics()) {
      combination.add((metric.hidden() ? "filter-only metric " : "metric ") + metric.name() + " = "
          + Nodes.describe(metric.combiner()));
    }
    plan.having().ifPresent(h -> combination.add("having " + Nodes.describe(h)));
    return new Explanation(groups, combination, sql, List.of(), plan.warnings());
  }

  private static Explanation.Component component(PlannedComponent component) {
    return new Explanation.Component(component.alias(), Nodes.describe(component.aggregate()),
        component.aggregability(), component.aggregate().function().explainAccumulate(),
        component.aggregate().function().explainMerge(), component.metrics());
  }

}
