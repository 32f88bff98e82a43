package dev.grainline.runtime.internal.rendering;

import dev.grainline.SqlType;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.aggregate.AggFunction;
import dev.grainline.internal.model.aggregate.SemiAdditive;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.runtime.internal.plan.DimensionColumn;
import dev.grainline.runtime.internal.plan.GrainColumn;
import dev.grainline.runtime.internal.plan.PlanNode;
import dev.grainline.runtime.internal.plan.PlannedComponent;
import dev.grainline.runtime.internal.plan.Snapshots;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/**
 * A snapshot group's CTEs. Per entity: the rows per grain key, entity and time reduced to the time's greatest value
 * (left out when every component takes the last or the greatest snapshot, which the rows give as well: the last
 * time's greatest value), then per grain key and entity the component's pick, then the sum to the grain. By the
 * totals rule: per grain key and time the sum of the values, then the pick. Every level keeps the keys whose values
 * are all NULL, so that such a key is a row with NULL, as for any aggregate.
 */
final class SnapshotsRenderer {
  private static final String TIME = "t";

  private SnapshotsRenderer() {}

  static void define(Snapshots group, Statement statement) {
    if (!statement.first(group.name())) {
      return;
    }
    statement.define(group.input());
    ExprRenderer expressions = statement.expressions();
    Reading rows = Reading.of(group.input(), expressions);
    Condition filter = group.filter().map(f -> expressions.condition(rows.columns().apply(f)))
        .orElse(DSL.noCondition());
    // The components as the group holds them, over the entity's tables: what is built of them is read once, below.
    List<PlannedComponent> components = group.components();
    boolean perEntity = group.scope() == SemiAdditive.Scope.PER_ENTITY;
    boolean byTime = !perEntity || components.stream().anyMatch(c -> needsTimes(pick(c)));

    // Level 1, per grain key, entity and time (when needed): the time's greatest value, or the sum of its values.
    Optional<TableRef> times = Optional.empty();
    if (byTime) {
      List<SelectField<?>> fields = new ArrayList<>();
      List<Field<?>> groupBy = new ArrayList<>();
      keys(group, rows, expressions, fields, groupBy, true);
      fields.add(rows.field(expressions, group.time()).as(TIME));
      groupBy.add(rows.field(expressions, group.time()));
      for (PlannedComponent c : components) {
        AggFunction reduce = perEntity ? AggFunction.MAX : AggFunction.SUM;
        fields.add(rows.field(expressions, new Aggregate(reduce, List.of(value(c)), c.aggregate().filter(),
            c.entity())).as(c.alias()));
      }
      statement.cte(DSL.name(group.timesName()).as(rows.select(fields, groupBy, filter)));
      times = Optional.of(PlanNode.table(group.timesName()));
    }

    // Level 2, per grain key and entity (or per grain key, by the totals rule): each component's pick.
    List<SelectField<?>> fields = new ArrayList<>();
    List<Field<?>> groupBy = new ArrayList<>();
    Select<?> picked;
    if (times.isPresent()) {
      TableRef t = times.get();
      for (DimensionColumn d : group.grain()) {
        fields.add(column(t, d.alias(), d.type(), expressions).as(d.alias()));
        groupBy.add(column(t, d.alias(), d.type(), expressions));
      }
      if (perEntity) {
        for (int i = 0; i < group.entityKey().size(); i++) {
          fields.add(DSL.field(DSL.name(t.alias(), "e" + i)).as("e" + i));
          groupBy.add(DSL.field(DSL.name(t.alias(), "e" + i)));
        }
      }
      Node time = ColumnRef.derived(t, TIME, SqlType.DATE);
      for (PlannedComponent c : components) {
        Node value = ColumnRef.derived(t, c.alias(), c.type());
        fields.add(expressions.field(pick(pick(c), value, time, Optional.empty(), c.entity())).as(c.alias()));
      }
      var select = DSL.select(fields).from(DSL.table(DSL.name(t.name())));
      picked = groupBy.isEmpty() ? select : select.groupBy(groupBy);
    } else {
      keys(group, rows, expressions, fields, groupBy, true);
      for (PlannedComponent c : components) {
        fields.add(rows.field(expressions, pick(pick(c), value(c), group.time(), c.aggregate().filter(),
            c.entity())).as(c.alias()));
      }
      picked = rows.select(fields, groupBy, filter);
    }
    if (!perEntity) {
      statement.cte(Statement.named(group.name(), group.materialized(), picked));
      return;
    }
    statement.cte(DSL.name(group.entitiesName()).as(picked));

    // Level 3: summed across entities.
    TableRef e = PlanNode.table(group.entitiesName());
    List<SelectField<?>> summed = new ArrayList<>();
    List<Field<?>> summedBy = new ArrayList<>();
    for (DimensionColumn d : group.grain()) {
      summed.add(column(e, d.alias(), d.type(), expressions).as(d.alias()));
      summedBy.add(column(e, d.alias(), d.type(), expressions));
    }
    for (PlannedComponent c : components) {
      summed.add(expressions.field(new Aggregate(AggFunction.SUM, List.of(ColumnRef.derived(e, c.alias(), c.type())),
          Optional.empty(), c.entity())).as(c.alias()));
    }
    var select = DSL.select(summed).from(DSL.table(DSL.name(e.name())));
    statement.cte(Statement.named(group.name(), group.materialized(),
        summedBy.isEmpty() ? select : select.groupBy(summedBy)));
  }

  /** The grain's columns, then the entity's (per entity), read from the rows. */
  private static void keys(Snapshots group, Reading rows, ExprRenderer expressions, List<SelectField<?>> fields,
      List<Field<?>> groupBy, boolean withEntity) {
    for (DimensionColumn d : group.grain()) {
      fields.add(rows.field(expressions, d.expr()).as(d.alias()));
      groupBy.add(rows.field(expressions, d.expr()));
    }
    if (withEntity) {
      for (int i = 0; i < group.entityKey().size(); i++) {
        GrainColumn key = group.entityKey().get(i);
        fields.add(rows.field(expressions, key.expr()).as("e" + i));
        groupBy.add(rows.field(expressions, key.expr()));
      }
    }
  }

  private static Field<?> column(TableRef table, String alias, SqlType type, ExprRenderer expressions) {
    return expressions.field(ColumnRef.derived(table, alias, type));
  }

  private static SemiAdditive.Pick pick(PlannedComponent component) {
    return ((SemiAdditive) component.aggregate().function()).pick();
  }

  private static Node value(PlannedComponent component) {
    return component.aggregate().args().get(SemiAdditive.VALUE);
  }

  /** Whether the pick needs one value per time: the first (ties go to the greater value), the least, the mean. */
  private static boolean needsTimes(SemiAdditive.Pick pick) {
    return switch (pick) {
      case LAST, MAX -> false;
      case FIRST, MIN, AVG -> true;
    };
  }

  /**
   * The pick of {@code value}s ordered by {@code time}: the last (first) one that is not NULL, ties to the greater
   * value, or the least, greatest or mean value.
   */
  private static Aggregate pick(SemiAdditive.Pick pick, Node value, Node time, Optional<Node> filter,
      String entity) {
    Node counted = new Node.Case(List.of(new Node.When(new Node.IsNull(value, true), time)), Optional.empty());
    return switch (pick) {
      case LAST -> new Aggregate(AggFunction.MAX_BY, List.of(value, counted), filter, entity);
      case FIRST -> new Aggregate(AggFunction.MIN_BY, List.of(value, counted), filter, entity);
      case MIN -> new Aggregate(AggFunction.MIN, List.of(value), filter, entity);
      case MAX -> new Aggregate(AggFunction.MAX, List.of(value), filter, entity);
      case AVG -> new Aggregate(AggFunction.AVG, List.of(value), filter, entity);
    };
  }
}
