package dev.grainline.internal.model.validation.rules;

import dev.grainline.internal.model.AttributeDef;
import dev.grainline.internal.model.Entity;
import dev.grainline.internal.model.EntityKind;
import dev.grainline.internal.model.MetricDef;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.EntityAggregate;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.graph.DerivedPaths;
import dev.grainline.internal.model.graph.JoinPath;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.Report;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Derived attributes ({@code perEntity}): each is an attribute of a dimension whose fact reaches it over exactly one
 * path (or the one with the given roles) ending in a link to the dimension's whole key, the key its values are
 * computed by; and its measure reads the fact's own values, not another derived attribute (whose CTE would have to
 * be computed first). {@link Metrics} refuses one in a metric's formula, before the metric's levels are checked.
 */
final class EntityAttributeRule implements Rule<ModelContext> {
  @Override
  public void check(ModelContext context, Report report) {
    Model model = context.model();
    for (Entity entity : model.entities()) {
      for (AttributeDef attribute : entity.attributes()) {
        for (EntityAggregate aggregate : Nodes.collect(attribute.expr(), EntityAggregate.class)) {
          if (entity.kind() == EntityKind.FACT) {
            report.add(Message.ENTITY_ATTRIBUTE_PLACE, attribute.origin(), aggregate,
                "attribute " + attribute.qualifiedName() + " of fact " + entity.name(), Nodes.describe(aggregate),
                "declare it in a dimension the fact links to");
            continue;
          }
          checkPath(model, entity, attribute, aggregate, report);
          checkNested(model, attribute, aggregate, report);
        }
      }
    }
  }

  private static void checkPath(Model model, Entity dimension, AttributeDef attribute, EntityAggregate aggregate,
      Report report) {
    List<JoinPath> paths = DerivedPaths.candidates(model.graph(), dimension, aggregate);
    String fact = aggregate.aggregate().entity();
    if (paths.isEmpty()) {
      report.add(Message.ENTITY_ATTRIBUTE_UNREACHABLE, attribute.origin(), aggregate, attribute.qualifiedName(),
          Nodes.describe(aggregate), fact, dimension.name(),
          aggregate.via().map(v -> " with the roles " + v).orElse(""), dimension.name());
    } else if (paths.size() > 1) {
      report.add(Message.ENTITY_ATTRIBUTE_AMBIGUOUS, attribute.origin(), aggregate, attribute.qualifiedName(),
          Nodes.describe(aggregate), fact, dimension.name(),
          paths.stream().map(JoinPath::describe).collect(Collectors.joining(", ")));
    }
  }

  private static void checkNested(Model model, AttributeDef attribute, EntityAggregate aggregate, Report report) {
    for (Node node : Nodes.children(aggregate.aggregate())) {
      for (AttributeRef ref : Nodes.collect(node, AttributeRef.class)) {
        boolean derived = model.attribute(ref.attributeName())
            .filter(a -> !Nodes.collect(a.expr(), EntityAggregate.class).isEmpty()).isPresent();
        if (derived) {
          report.add(Message.ENTITY_ATTRIBUTE_NESTED, attribute.origin(), aggregate, attribute.qualifiedName(),
              Nodes.describe(aggregate), ref);
          return;
        }
      }
      // The fact's own attributes are inlined: a derived one shows as a derived value inside the measure.
      for (EntityAggregate inner : Nodes.collect(node, EntityAggregate.class)) {
        report.add(Message.ENTITY_ATTRIBUTE_NESTED, attribute.origin(), aggregate, attribute.qualifiedName(),
            Nodes.describe(aggregate), Nodes.describe(inner));
        return;
      }
    }
  }

  /** A metric's formula holds no derived attribute's value: it belongs to a dimension's attribute. */
  static final class Metrics implements Rule<MetricFormula> {
    @Override
    public void check(MetricFormula metric, Report report) {
      Nodes.walk(metric.formula(), node -> {
        if (node instanceof EntityAggregate || node instanceof Node.DslEntityAggregate) {
          report.add(Message.ENTITY_ATTRIBUTE_PLACE, metric.origin(), node, "metric " + metric.name(),
              Nodes.describe(node), "declare it as a dimension's attribute and aggregate that attribute instead");
        }
      });
    }
  }
}
