package dev.grainline.runtime.internal.rendering;

import dev.grainline.SqlType;
import dev.grainline.internal.model.aggregate.AggFunction;
import dev.grainline.internal.model.aggregate.Avg;
import dev.grainline.internal.model.aggregate.Count;
import dev.grainline.internal.model.aggregate.CountDistinct;
import dev.grainline.internal.model.aggregate.Extreme;
import dev.grainline.internal.model.aggregate.PickBy;
import dev.grainline.internal.model.aggregate.Stepwise;
import dev.grainline.internal.model.aggregate.Sum;
import dev.grainline.internal.model.aggregate.SumDistinct;
import dev.grainline.internal.model.aggregate.Variance;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.runtime.Dialect;
import java.util.List;
import java.util.Optional;
import org.jooq.AggregateFunction;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Each aggregate function as SQL of a dialect: the one place that knows it, because the model's {@link AggFunction}
 * types live where jOOQ is not (the annotation processor). A new function adds its {@code case} here (unless it is
 * {@link Stepwise}, which a plan node renders); the switch has no default, so javac asks for it.
 */
final class AggregateSql {
  private AggregateSql() {}

  /** {@code a} over the rendered {@code args}, restricted to the rows of {@code filter}. */
  static Field<?> of(Dialect dialect, Aggregate a, List<Field<?>> args, Optional<Condition> filter) {
    return switch (a.function()) {
      case Count count -> filtered(count.rows() ? DSL.count() : DSL.count(args.get(0)), filter);
      case CountDistinct c when c.width() > 1 -> DistinctTuple.count(dialect, args, filter);
      case CountDistinct c when c.approximate() -> ApproxCountDistinct.of(dialect, args.get(0), filter);
      case CountDistinct c -> filtered(DSL.countDistinct(args.get(0)), filter);
      case Sum s -> filtered(DSL.sum(number(args.get(0))), filter);
      case SumDistinct s -> filtered(DSL.sumDistinct(number(args.get(0))), filter);
      case Avg avg -> filtered(DSL.avg(number(args.get(0))), filter);
      case Extreme e -> filtered(e.greatest() ? DSL.max(args.get(0)) : DSL.min(args.get(0)), filter);
      case Variance v -> filtered(variance(v, number(args.get(0))), filter);
      case dev.grainline.internal.model.aggregate.Percentile p ->
          Percentile.of(dialect, args.get(0), p.median() ? DSL.inline(0.5) : args.get(1), filter);
      // Declared with the type of its value, which it returns.
      case PickBy pick -> OrderedPick.of(dialect, pick.greatest(), args.get(0), args.get(1), filter,
          DataTypes.of(typeOfValue(a.args().get(0))));
      // No one aggregate computes it: the planner gives it a plan node of its own, which renders its steps.
      case Stepwise s -> throw new IllegalStateException(Nodes.describe(a) + " is computed by its own plan node");
    };
  }

  private static AggregateFunction<?> variance(Variance v, Field<Number> value) {
    if (v.root()) {
      return v.sample() ? DSL.stddevSamp(value) : DSL.stddevPop(value);
    }
    return v.sample() ? DSL.varSamp(value) : DSL.varPop(value);
  }

  private static Field<?> filtered(AggregateFunction<?> aggregate, Optional<Condition> filter) {
    return filter.<Field<?>>map(aggregate::filterWhere).orElse(aggregate);
  }

  @SuppressWarnings("unchecked")
  private static Field<Number> number(Field<?> field) {
    return (Field<Number>) field;
  }

  private static SqlType typeOfValue(Node value) {
    return value instanceof ColumnRef c ? c.type() : SqlType.DOUBLE;
  }
}
