package dev.grainline.internal.model.validation.rules;

import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.graph.PathProblem;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.Report;

/**
 * Attributes of other entities used inside an aggregate (a conditional aggregate on a dimension) are joined in: they
 * must be declared, and reachable, unambiguously, from the aggregate's entity.
 */
final class JoinedAttributeRule implements Rule<MetricFormula> {
  @Override
  public void check(MetricFormula metric, Report report) {
    for (Aggregate aggregate : Nodes.collect(metric.formula(), Aggregate.class)) {
      for (AttributeRef ref : Nodes.collect(aggregate, AttributeRef.class)) {
        if (ref.entity().isEmpty()) {
          report.add(Message.UNDECLARED_ATTRIBUTE, metric.origin(), ref, ref);
          continue;
        }
        PathProblem.of(metric.graph().resolve(aggregate.entity(), ref.entity(), ref.rolePath()), ref,
                new PathProblem.Dimension(ref, aggregate.entity(), metric.name()))
            .ifPresent(problem -> report.add(problem.message(), metric.origin(), ref, problem.args()));
      }
    }
  }
}
