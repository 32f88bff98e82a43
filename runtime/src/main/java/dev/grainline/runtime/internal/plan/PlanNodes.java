package dev.grainline.runtime.internal.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Walking and rewriting plans: the one place that knows every node's children. */
public final class PlanNodes {
  private PlanNodes() {}

  /**
   * The children of a node, in the order the statement defines them. A pre-aggregation's child is its group's input:
   * the group it wraps is the same node, explained, not a second one.
   */
  public static List<PlanNode> children(PlanNode node) {
    return switch (node) {
      case Output output -> List.of(output.result());
      case Combine combine -> List.copyOf(combine.groups());
      case WindowedResult windowed -> {
        List<PlanNode> children = new ArrayList<>();
        children.add(windowed.base());
        children.addAll(windowed.windows());
        yield children;
      }
      case GapFill fill -> List.of(fill.rows());
      case WindowMerge merge -> List.of(merge.partial());
      case WindowPartial partial -> List.of(partial.input());
      case GroupNode group -> List.of(group.input());
      case Scan scan -> List.copyOf(scan.derived());
      case SharedScan shared -> List.copyOf(shared.scan().derived());
      case EntityAttributes derived -> List.of(derived.input());
    };
  }

  /** Visits every node, each before its children, in the order the statement defines them. */
  public static void walk(PlanNode node, Consumer<PlanNode> visitor) {
    visitor.accept(node);
    for (PlanNode child : children(node)) {
      walk(child, visitor);
    }
  }

  /**
   * The plan with {@code rule} applied to every node, children first, so that a rule sees its node's children
   * already rewritten. A subtree that comes back unchanged is kept as it was, not copied.
   */
  public static Output rewrite(Output plan, UnaryOperator<PlanNode> rule) {
    return as(Output.class, rewriteNode(plan, rule));
  }

  private static PlanNode rewriteNode(PlanNode node, UnaryOperator<PlanNode> rule) {
    PlanNode rebuilt = switch (node) {
      case Output output -> {
        Result result = as(Result.class, rewriteNode(output.result(), rule));
        yield result == output.result() ? output : output.withResult(result);
      }
      case Combine combine -> {
        List<Combine.Member> members = new ArrayList<>(combine.members().size());
        boolean changed = false;
        for (Combine.Member member : combine.members()) {
          GroupNode group = as(GroupNode.class, rewriteNode(member.group(), rule));
          changed |= group != member.group();
          members.add(group == member.group() ? member : member.withGroup(group));
        }
        yield changed ? combine.withMembers(members) : combine;
      }
      case WindowedResult windowed -> {
        BaseRows base = as(BaseRows.class, rewriteNode(windowed.base(), rule));
        List<WindowMerge> windows = new ArrayList<>(windowed.windows().size());
        boolean changed = base != windowed.base();
        for (WindowMerge window : windowed.windows()) {
          WindowMerge rewritten = as(WindowMerge.class, rewriteNode(window, rule));
          changed |= rewritten != window;
          windows.add(rewritten);
        }
        yield changed ? windowed.with(base, windows) : windowed;
      }
      case GapFill fill -> {
        Combine rows = as(Combine.class, rewriteNode(fill.rows(), rule));
        yield rows == fill.rows() ? fill : fill.withRows(rows);
      }
      case WindowMerge merge -> {
        WindowPartial partial = as(WindowPartial.class, rewriteNode(merge.partial(), rule));
        yield partial == merge.partial() ? merge : merge.withPartial(partial);
      }
      case WindowPartial partial -> {
        RowSource input = as(RowSource.class, rewriteNode(partial.input(), rule));
        yield input == partial.input() ? partial : partial.withInput(input);
      }
      case GroupNode group -> {
        ScanSource input = as(ScanSource.class, rewriteNode(group.input(), rule));
        yield input == group.input() ? group : group.withInput(input);
      }
      // The CTEs of derived attributes are left as planned: no rule applies to their plain, unfiltered scans.
      case Scan scan -> scan;
      case SharedScan shared -> shared;
      case EntityAttributes derived -> derived;
    };
    return rule.apply(rebuilt);
  }

  private static <T extends PlanNode> T as(Class<T> type, PlanNode node) {
    if (!type.isInstance(node)) {
      throw new IllegalStateException("a rewrite made a " + node.getClass().getSimpleName() + " where a "
          + type.getSimpleName() + " belongs");
    }
    return type.cast(node);
  }
}
