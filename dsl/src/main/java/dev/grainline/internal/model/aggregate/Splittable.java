package dev.grainline.internal.model.aggregate;

import dev.grainline.Aggregability;
import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Aggregability#FULL} aggregate: partial aggregates at any finer grain merge into it (a sum of sums, a
 * minimum of minima, an average as the sum of sums over the sum of counts).
 */
public sealed interface Splittable extends AggFunction permits Count, Sum, Avg, Extreme, Variance {
  /**
   * The partial aggregates that {@code call}, an aggregate of this function typed {@code type}, is accumulated as
   * from rows, each with the function that merges it.
   */
  List<Partial> partials(Aggregate call, SqlType type);

  /** The aggregate's value from its partials merged, given in the order of {@link #partials}. */
  Node combine(List<Node> merged);

  @Override
  default Aggregability aggregability() {
    return Aggregability.FULL;
  }

  @Override
  default boolean eagerlyAggregable() {
    return true;
  }

  /**
   * One partial aggregate: {@code accumulate} over the rows, into a column named by the component and
   * {@code suffix}, merged by {@code merge}; {@code type} is the type of the column.
   */
  record Partial(String suffix, Aggregate accumulate, AggFunction merge, SqlType type) {
    public Partial {
      Objects.requireNonNull(suffix, "suffix");
      Objects.requireNonNull(accumulate, "accumulate");
      Objects.requireNonNull(merge, "merge");
      Objects.requireNonNull(type, "type");
    }

    /** {@code function} of {@code args} over the rows {@code call} reads (its filter, its entity). */
    static Aggregate over(Aggregate call, AggFunction function, List<Node> args) {
      return new Aggregate(function, args, call.filter(), call.entity());
    }
  }
}
