package dev.grainline.internal.model.query;

import dev.grainline.dsl.TimeGrain;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.Windowed;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a query uses one window (composed, so its metric holds no other window): the facts its metric reads, the
 * requested time attribute whose rows it is shown on ({@code rowTime}, of {@code rowGrain}), the requested
 * dimensions that partition it (every other category is compared with its own previous period), and the query's
 * filter without the conditions on the window's own calendar, which restrict the rows shown but not the periods
 * the window reads.
 */
public record WindowUse(
    Windowed window,
    TimeGrain axisGrain,
    List<String> facts,
    AttributeRef rowTime,
    TimeGrain rowGrain,
    List<AttributeRef> partitions,
    Set<Integer> calendarConditions) {
  public WindowUse {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(axisGrain, "axisGrain");
    facts = List.copyOf(facts);
    Objects.requireNonNull(rowTime, "rowTime");
    Objects.requireNonNull(rowGrain, "rowGrain");
    partitions = List.copyOf(partitions);
    calendarConditions = Set.copyOf(calendarConditions);
  }

  /** The conditions of a filter: the operands of a top-level AND, or the filter itself. */
  public static List<Node> conditions(Node where) {
    if (!(where instanceof Node.And and)) {
      return List.of(where);
    }
    // Filters added one by one nest: where(a).where(b).where(c) is And(And(a, b), c).
    List<Node> flat = new java.util.ArrayList<>();
    and.operands().forEach(operand -> flat.addAll(conditions(operand)));
    return flat;
  }

  public AttributeRef axis() {
    return (AttributeRef) window.axis();
  }
}
