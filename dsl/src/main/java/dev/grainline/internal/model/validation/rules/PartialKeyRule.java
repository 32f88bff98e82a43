package dev.grainline.internal.model.validation.rules;

import dev.grainline.internal.model.LinkDef;
import dev.grainline.internal.model.aggregate.CountDistinct;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.Report;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Warns where a distinct count counts one column of a composite link, {@code countDistinct(E.longCol("user_id"))}
 * beside {@code USER = link(account_id, user_id)}: user ids repeat across accounts, so the count merges different
 * users; {@code countDistinct(USER)} counts the pairs. A column that is by itself the whole key of another link
 * ({@code account_id}, linked to the accounts) counts those entities, and is left alone.
 */
final class PartialKeyRule implements Rule<MetricFormula> {
  @Override
  public void check(MetricFormula metric, Report report) {
    for (Aggregate aggregate : Nodes.collect(metric.formula(), Aggregate.class)) {
      if (!(aggregate.function() instanceof CountDistinct count) || count.width() != 1) {
        continue;
      }
      Node counted = aggregate.args().get(0);
      List<LinkDef> links = metric.graph().links(aggregate.entity());
      if (links.stream().anyMatch(l -> l.fromExprs().equals(List.of(counted)))) {
        continue;
      }
      links.stream().filter(l -> l.fromExprs().size() > 1 && l.fromExprs().contains(counted)).findFirst()
          .ifPresent(link -> report.add(Message.PARTIAL_KEY, metric.origin(), aggregate, metric.name(),
              Nodes.describe(aggregate), column(counted),
              link.fromExprs().stream().filter(e -> !e.equals(counted)).map(PartialKeyRule::column)
                  .collect(Collectors.joining(", ")),
              link.toEntity(), link.name()));
    }
  }

  /** A column by its name, as the key's users know it ({@code user_id}); an expression as the DSL wrote it. */
  private static String column(Node node) {
    return node instanceof Node.ColumnRef c ? c.column() : Nodes.describe(node);
  }
}
