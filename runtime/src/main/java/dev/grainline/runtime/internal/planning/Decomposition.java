package dev.grainline.runtime.internal.planning;

import dev.grainline.SqlType;
import dev.grainline.internal.model.TableRef;
import dev.grainline.runtime.internal.plan.GrainColumn;
import dev.grainline.runtime.internal.plan.PlannedComponent;
import dev.grainline.internal.model.aggregate.Rollup;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.Coalesce;
import dev.grainline.internal.model.expr.Node.Literal;
import java.util.List;
import java.util.Optional;

/**
 * A planned component's {@link Rollup}, in the planner's terms: its aggregate function says how it decomposes, this
 * names the partial columns after the component and the distinct values after the group's level.
 */
public final class Decomposition {
  private Decomposition() {}

  /** A partial aggregate, accumulated from rows into a column of the finer-grained group. */
  public record Partial(String alias, Aggregate aggregate) {}

  /**
   * The decomposition of one component: the partials to accumulate, the extra grain column it needs (LIMITED), and
   * the expression that merges and combines them, over the partial group's columns.
   */
  public record Decomposed(List<Partial> partials, Optional<GrainColumn> level, Node combine) {}

  /**
   * Decomposes {@code component} for a roll-up from a partial group named {@code partialTable}. Only FULL and
   * LIMITED components can be; NONE components are computed by a terminal group.
   */
  public static Decomposed decompose(PlannedComponent component, TableRef partialTable, int levelIndex) {
    Rollup rollup = Rollup.of(component.aggregate(), component.type(), component.alias(), partialTable,
        "l" + levelIndex).orElseThrow(() -> new IllegalArgumentException(component.alias() + " is not decomposable"));
    return new Decomposed(
        rollup.partials().stream().map(p -> new Partial(p.alias(), p.aggregate())).toList(),
        rollup.level().map(l -> new GrainColumn(l.alias(), l.values(), l.description())),
        rollup.combine());
  }

  /** COALESCE(count, 0): a count over no rows is zero, also when another fact's rows made the key exist. */
  public static Node zeroIfMissing(Node count) {
    return new Coalesce(List.of(count, new Literal(0L, SqlType.BIGINT)));
  }
}
