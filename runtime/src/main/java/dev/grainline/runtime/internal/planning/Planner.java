package dev.grainline.runtime.internal.planning;

import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.query.ResolvedQuery;
import dev.grainline.internal.model.time.Windows;
import dev.grainline.internal.model.validation.TypeChecker;
import dev.grainline.runtime.internal.plan.BaseRows;
import dev.grainline.runtime.internal.plan.Combine;
import dev.grainline.runtime.internal.plan.GroupNode;
import dev.grainline.runtime.internal.plan.OutputMetric;
import dev.grainline.runtime.internal.plan.Output;
import dev.grainline.runtime.internal.plan.Result;
import dev.grainline.runtime.internal.plan.WindowedResult;
import dev.grainline.runtime.internal.plan.rewrite.PlanRule;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans a resolved query as a tree ({@link Output} at the root): expands derived metrics down to their aggregates,
 * makes each distinct aggregate a component, groups components by the entity whose rows they read into grain groups,
 * adds the windows and the gap fill, combines the groups on the requested dimensions, and then applies the rewrite
 * rules in order. Each concern is its own planner; this class only says in which order they run and what each hands
 * to the next.
 */
public final class Planner {
  private final Model model;
  private final Map<String, Node> expanded;
  private final List<PlanRule> rules;

  /** Expands every metric once, up front, so that a planner is immutable and can be shared between threads. */
  public Planner(Model model) {
    this(model, PlanRule.ALL);
  }

  /** A planner that applies {@code rules}, in order, to every plan. */
  public Planner(Model model, List<PlanRule> rules) {
    this.model = model;
    Windows windows = new Windows(model);
    Map<String, Node> formulas = new HashMap<>();
    model.metrics().forEach(m -> formulas.put(m.name(), windows.expand(m.name())));
    this.expanded = Map.copyOf(formulas);
    this.rules = List.copyOf(rules);
  }

  public Output plan(ResolvedQuery query, Evaluation evaluation) {
    Output plan = logicalPlan(query, evaluation);
    for (PlanRule rule : rules) {
      plan = rule.apply(plan);
    }
    return plan;
  }

  /** The plan before any rewrite rule. */
  private Output logicalPlan(ResolvedQuery query, Evaluation evaluation) {
    TypeChecker types = new TypeChecker(TypeChecker.Scope.of(model), (node, message, args) -> {
      throw new IllegalStateException("a validated model failed to type-check: " + message.format(args));
    });
    Names names = new Names();
    Keys keys = Keys.of(query, names);
    Components components = Components.of(query, expanded::get, types);
    Conditions conditions = Conditions.of(query);
    DerivedAttributes derived = DerivedAttributes.of(model, query, keys, conditions, components, types, names,
        GrainGroupPlanner.tenant(query));
    GrainGroupPlanner.GrainGroups grainGroups = new GrainGroupPlanner(model, query, evaluation, keys, conditions,
        derived).plan(components, names);
    WindowPlanner.WindowPlan windows = new WindowPlanner(model, query, keys, conditions, types)
        .plan(grainGroups, components, names);
    boolean staged = !windows.windows().isEmpty() || query.spec().fill().isPresent();
    CombinerPlanner combiners = new CombinerPlanner(model, query, keys);
    List<OutputMetric> metrics = combiners.metrics(components, expanded::get, grainGroups.groupOf(),
        windows.columns(), staged, names);
    List<Combine.Member> members = members(windows.groups(), metrics);
    Result result;
    if (!staged) {
      result = new Combine(Result.RESULT.name(), members, keys.all(), metrics, true, false);
    } else {
      List<OutputMetric> columns = CombinerPlanner.baseColumns(components, grainGroups.groupOf());
      BaseRows base = query.spec().fill().<BaseRows>map(fill -> GapFillPlanner.plan(model, query, fill, keys,
              components.byAggregate().values(),
              new Combine("base_rows", members, keys.all(), columns, false, true)))
          .orElseGet(() -> new Combine(BaseRows.BASE.name(), members, keys.all(), columns, false, false));
      result = new WindowedResult(base, keys.dimensions(), keys.periods(), windows.windows(), metrics);
    }
    Map<String, String> aliases = CombinerPlanner.aliases(metrics);
    return new Output(result, keys.dimensions(), metrics, combiners.having(aliases), combiners.order(aliases),
        query.spec().limit().isPresent(), query.spec().offset().isPresent(), Warnings.of(query, windows.groups()),
        query.spec().timeZone());
  }

  /**
   * The groups as members of the combination: those of the requested metrics make the rows; those that only the
   * having filter needs bring values to them.
   */
  private static List<Combine.Member> members(List<GroupNode> groups, List<OutputMetric> metrics) {
    Set<String> requested = new HashSet<>();
    metrics.stream().filter(m -> !m.hidden()).forEach(m -> requested.add(m.name()));
    return groups.stream().map(g -> new Combine.Member(g, !g.filterOnly(requested))).toList();
  }
}
