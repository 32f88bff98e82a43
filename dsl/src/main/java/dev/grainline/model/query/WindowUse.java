package dev.grainline.model.query;

import dev.grainline.model.TimeGrain;
import dev.grainline.model.expr.Expr;
import dev.grainline.model.expr.Expr.AttributeRef;
import dev.grainline.model.expr.Expr.Window;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a query uses one window (composed, so its metric holds no other window): the facts its metric reads, the
 * requested time attribute whose rows it is shown on ({@code rowTime}, of {@code rowGrain}), the requested
 * dimensions that partition it (every other category is compared with its own previous period), and the query's
 * filter without the conditions on the window's own calendar, which restrict the rows shown but not the periods
 * the window reads.
 */
public record WindowUse(
    Window window,
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

  /**
   * The query filter without the conditions on the window's calendar: what the window reads. Conditions are the
   * operands of a top-level AND; the query's values may differ from those it was resolved with, its shape may not.
   */
  public Optional<Expr> readWhere(Optional<Expr> where) {
    if (where.isEmpty() || calendarConditions.isEmpty()) {
      return where;
    }
    List<Expr> conditions = conditions(where.get());
    List<Expr> kept = new java.util.ArrayList<>();
    for (int i = 0; i < conditions.size(); i++) {
      if (!calendarConditions.contains(i)) {
        kept.add(conditions.get(i));
      }
    }
    return kept.isEmpty() ? Optional.empty() : Optional.of(kept.size() == 1 ? kept.get(0) : new Expr.And(kept));
  }

  /** The conditions of a filter: the operands of a top-level AND, or the filter itself. */
  public static List<Expr> conditions(Expr where) {
    return where instanceof Expr.And and ? and.operands() : List.of(where);
  }

  public AttributeRef axis() {
    return (AttributeRef) window.axis();
  }
}
