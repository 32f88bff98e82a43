package dev.grainline.internal.model.validation.rules;

import dev.grainline.internal.model.aggregate.SemiAdditive;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.graph.PathProblem;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * Attributes of other entities used inside an aggregate (a conditional aggregate on a dimension) are joined in: they
 * must be declared, and reachable, unambiguously, from the aggregate's entity.
 */
final class JoinedAttributeRule implements Rule<MetricFormula> {
  @Override
  public void check(MetricFormula metric, Report report) {
    for (Aggregate aggregate : Nodes.collect(metric.formula(), Aggregate.class)) {
      for (AttributeRef ref : joined(aggregate)) {
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

  /**
   * The attributes an aggregate joins into the rows it reads: those of its arguments and filter, but for a
   * semi-additive measure's time and entity, which {@link SnapshotRule} checks as what they are.
   */
  private static List<AttributeRef> joined(Aggregate aggregate) {
    if (aggregate.function() instanceof SemiAdditive) {
      List<AttributeRef> joined = new ArrayList<>(
          Nodes.collect(aggregate.args().get(SemiAdditive.VALUE), AttributeRef.class));
      aggregate.filter().ifPresent(f -> joined.addAll(Nodes.collect(f, AttributeRef.class)));
      return joined;
    }
    return Nodes.collect(aggregate, AttributeRef.class);
  }
}
