package dev.grainline.runtime.internal.planning;

import dev.grainline.SqlType;
import dev.grainline.internal.model.MetricDef;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.SortKey;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Node.MetricUse;
import dev.grainline.internal.model.expr.Node.Windowed;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.query.ResolvedQuery;
import dev.grainline.runtime.internal.plan.BaseRows;
import dev.grainline.runtime.internal.plan.DimensionOutput;
import dev.grainline.runtime.internal.plan.OutputMetric;
import dev.grainline.runtime.internal.plan.PlanNode;
import dev.grainline.runtime.internal.plan.PlannedComponent;
import dev.grainline.runtime.internal.plan.Result;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The metrics of the result as combiners, expression trees over the component columns of the grain groups (or, when
 * staged, of the base rows and the windows' merged rows); then the having filter and the order over the result's
 * aliases.
 */
final class CombinerPlanner {
  private final Model model;
  private final ResolvedQuery query;
  private final Keys keys;

  CombinerPlanner(Model model, ResolvedQuery query, Keys keys) {
    this.model = model;
    this.query = query;
    this.keys = keys;
  }

  /** Each metric's expanded formula over the columns that hold its components. */
  List<OutputMetric> metrics(Components components, Function<String, Node> expand, Map<PlannedComponent, String> groupOf,
      Map<Windowed, Map<Aggregate, ColumnRef>> windowColumns, boolean staged, Names names) {
    List<OutputMetric> outputs = new ArrayList<>();
    for (MetricDef metric : components.metrics()) {
      boolean hidden = !query.metrics().contains(metric);
      String alias = names.alias(metric.shortName());
      Node combiner = Nodes.rewrite(expand.apply(metric.name()), node -> {
        if (node instanceof Windowed window) {
          return Optional.of(Nodes.rewrite(window.metric(), inner -> inner instanceof Aggregate a
              ? Optional.of(counted(a, windowColumns.get(window).get(a)))
              : Optional.empty()));
        }
        if (node instanceof Aggregate aggregate) {
          PlannedComponent component = components.of(aggregate);
          TableRef table = staged ? BaseRows.BASE : PlanNode.table(groupOf.get(component));
          return Optional.of(counted(aggregate, ColumnRef.derived(table, component.alias(), component.type())));
        }
        return Optional.empty();
      });
      outputs.add(new OutputMetric(alias, metric.name(), combiner, metric.type(), hidden));
    }
    return outputs;
  }

  /** The components as columns of the base rows, read from their groups. */
  static List<OutputMetric> baseColumns(Components components, Map<PlannedComponent, String> groupOf) {
    return components.byAggregate().values().stream()
        .map(c -> new OutputMetric(c.alias(), c.alias(), ColumnRef.derived(PlanNode.table(groupOf.get(c)), c.alias(),
            c.type()), c.type(), true))
        .toList();
  }

  /** The having filter, over output columns of the combined result. */
  Optional<Node> having(Map<String, String> metricAliases) {
    return query.spec().having().map(h -> Nodes.rewrite(h, node -> {
      if (node instanceof MetricUse m) {
        return Optional.of(ColumnRef.derived(Result.RESULT, metricAliases.get(m.name()),
            model.metric(m.name()).orElseThrow().type()));
      }
      if (node instanceof AttributeRef a) {
        return Optional.of(ColumnRef.derived(Result.RESULT, keys.dimensionAliases().get(a),
            query.dimensionTypes().get(a)));
      }
      return Optional.empty();
    }));
  }

  /** The requested order, then every dimension as a tie-breaker, so that a limit returns the same rows anywhere. */
  List<SortKey> order(Map<String, String> metricAliases) {
    List<SortKey> order = new ArrayList<>();
    Set<String> ordered = new HashSet<>();
    for (SortKey key : query.spec().orderBy()) {
      String alias;
      if (key.expr() instanceof MetricUse m) {
        alias = metricAliases.get(m.name());
      } else if (key.expr() instanceof AttributeRef a) {
        alias = keys.dimensionAliases().get(a);
      } else {
        throw new IllegalStateException("unresolved order " + key);
      }
      if (ordered.add(alias)) {
        order.add(new SortKey(ColumnRef.derived(Result.RESULT, alias, SqlType.DOUBLE), key.descending(), key.nullsFirst()));
      }
    }
    // A label that names several periods (an integer week of several years) is as many rows, ordered by period.
    for (DimensionOutput dimension : keys.all()) {
      if (ordered.add(dimension.alias())) {
        order.add(new SortKey(ColumnRef.derived(Result.RESULT, dimension.alias(), dimension.type()), false, false));
      }
    }
    return order;
  }

  static Map<String, String> aliases(List<OutputMetric> metrics) {
    Map<String, String> aliases = new HashMap<>();
    metrics.forEach(o -> aliases.put(o.name(), o.alias()));
    return aliases;
  }

  /** A component's column; a count over no rows is zero, also when another fact's rows made the key exist. */
  private static Node counted(Aggregate aggregate, Node column) {
    return aggregate.function().zeroWhenMissing()
        ? new Node.Coalesce(List.of(column, new Node.Literal(0L, SqlType.BIGINT)))
        : column;
  }
}
