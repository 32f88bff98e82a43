package dev.grainline.runtime.internal.plan.rewrite;

import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.runtime.internal.plan.GroupNode;
import dev.grainline.runtime.internal.plan.Output;
import dev.grainline.runtime.internal.plan.PlanNode;
import dev.grainline.runtime.internal.plan.PlanNodes;
import dev.grainline.runtime.internal.plan.Scan;
import dev.grainline.runtime.internal.plan.SharedScan;
import dev.grainline.runtime.internal.plan.WindowPartial;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a scan through one CTE ({@link SharedScan}) where {@link Scan#viaCte()} asks for it: when several groups
 * (a roll-up beside a non-decomposable metric) or windows read an entity's rows, they are computed once; when the
 * scan converts timestamps to the query's time zone, the zone's bind value appears once, in the scan, so that
 * grouping expressions are the same text in SELECT and GROUP BY. The CTE projects every column its readers use, in
 * the order they use them: the groups first, then the windows' partials.
 */
public final class SharedScanRule implements PlanRule {
  @Override
  public Output apply(Output plan) {
    Map<String, Map<Node, String>> projected = new LinkedHashMap<>();
    Map<String, Scan> scans = new LinkedHashMap<>();
    PlanNodes.walk(plan, node -> {
      Optional<Scan> scan = sharedInput(node);
      if (scan.isPresent()) {
        scans.putIfAbsent(scan.get().name(), scan.get());
        Map<Node, String> columns = projected.computeIfAbsent(scan.get().name(), n -> new LinkedHashMap<>());
        used(node).forEach(expr -> collect(expr, columns));
      }
    });
    if (projected.isEmpty()) {
      return plan;
    }
    Map<String, SharedScan> shared = new LinkedHashMap<>();
    projected.forEach((name, columns) -> {
      List<SharedScan.Projected> list = new ArrayList<>();
      columns.forEach((expr, alias) -> list.add(new SharedScan.Projected(expr, alias)));
      shared.put(name, new SharedScan(scans.get(name), list));
    });
    return PlanNodes.rewrite(plan, node -> {
      Optional<Scan> scan = sharedInput(node);
      if (scan.isEmpty()) {
        return node;
      }
      SharedScan input = shared.get(scan.get().name());
      return node instanceof GroupNode group ? group.withInput(input) : ((WindowPartial) node).withInput(input);
    });
  }

  /** The scan a node reads inline though it asks to be read through a CTE: a grain group's or a window partial's. */
  private static Optional<Scan> sharedInput(PlanNode node) {
    PlanNode input = node instanceof GroupNode group ? group.input()
        : node instanceof WindowPartial partial ? partial.input() : null;
    return input instanceof Scan scan && scan.viaCte() ? Optional.of(scan) : Optional.empty();
  }

  /** The expressions a reader computes over the scan's rows, in the order it computes them. */
  private static List<Node> used(PlanNode node) {
    return node instanceof GroupNode group ? group.scanExpressions()
        : node instanceof WindowPartial partial ? partial.scanExpressions() : List.of();
  }

  /** Table columns, and conversions to the query's time zone, which the scan computes once. */
  private static void collect(Node expr, Map<Node, String> columns) {
    if (expr instanceof Node.AtTimeZone local) {
      columns.computeIfAbsent(local, l -> alias(local.timestamp()) + "__local");
    } else if (expr instanceof ColumnRef column) {
      columns.computeIfAbsent(column, c -> alias(column));
    } else {
      Nodes.children(expr).forEach(child -> collect(child, columns));
    }
  }

  private static String alias(Node column) {
    return column instanceof ColumnRef c ? c.table().alias() + "__" + c.column() : "value";
  }
}
