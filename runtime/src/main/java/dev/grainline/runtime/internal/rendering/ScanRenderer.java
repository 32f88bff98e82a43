package dev.grainline.runtime.internal.rendering;

import dev.grainline.internal.model.TableRef;
import dev.grainline.runtime.internal.plan.JoinStep;
import dev.grainline.runtime.internal.plan.Scan;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** A scan's tables, which the node that reads the scan selects from: the entity's source and its joined dimensions. */
final class ScanRenderer {
  private ScanRenderer() {}

  /** The entity's source with the dimension tables of the scan's links joined to it. */
  static Table<?> tables(ExprRenderer expressions, Scan scan) {
    return joinSteps(expressions, sourceTables(expressions, scan), scan.joins());
  }

  /**
   * What the scan's rows pass: its filter and, in a tenant-bound query, the tenant restriction of the source's first
   * table (the restrictions of the tables joined to it are in their ONs).
   */
  static Condition where(ExprRenderer expressions, Scan scan) {
    Condition filter = scan.where().map(expressions::condition).orElse(DSL.noCondition());
    return withAll(filter, sourceRestrictions(expressions, scan));
  }

  /** In a tenant-bound query, the tenant restriction of the source's first table; none otherwise. */
  static List<Condition> sourceRestrictions(ExprRenderer expressions, Scan scan) {
    return restrictions(expressions, scan, scan.source().from());
  }

  /** The entity's own tables, joined as its source says; each joined table restricted to the tenant in its ON. */
  static Table<?> sourceTables(ExprRenderer expressions, Scan scan) {
    Table<?> from = expressions.table(scan.source().from());
    for (var join : scan.source().joins()) {
      Table<?> table = expressions.table(join.table());
      Condition on = withAll(expressions.condition(join.on()), restrictions(expressions, scan, join.table()));
      from = switch (join.type()) {
        case INNER -> from.join(table).on(on);
        case LEFT -> from.leftJoin(table).on(on);
      };
    }
    return from;
  }

  /** {@code condition} AND each of {@code more}: the same condition when there are none. */
  private static Condition withAll(Condition condition, List<Condition> more) {
    Condition all = condition;
    for (Condition next : more) {
      all = all.and(next);
    }
    return all;
  }

  private static List<Condition> restrictions(ExprRenderer expressions, Scan scan, TableRef table) {
    return scan.tenant().stream().filter(t -> t.column().table().equals(table))
        .map(t -> expressions.condition(t.condition())).toList();
  }

  /** {@code from} with the dimension tables of {@code steps} joined to it, each restricted to the tenant if bound. */
  static Table<?> joinSteps(ExprRenderer expressions, Table<?> from, List<JoinStep> steps) {
    for (JoinStep step : steps) {
      Table<?> table = expressions.table(step.table());
      List<Condition> keys = new ArrayList<>();
      for (int i = 0; i < step.from().size(); i++) {
        @SuppressWarnings("unchecked")
        Field<Object> fromKey = (Field<Object>) expressions.field(step.from().get(i));
        keys.add(fromKey.eq(expressions.field(step.to().get(i))));
      }
      step.tenant().ifPresent(tenant -> keys.add(expressions.condition(tenant.condition())));
      from = switch (step.type()) {
        case INNER -> from.join(table).on(DSL.and(keys));
        case LEFT -> from.leftJoin(table).on(DSL.and(keys));
      };
    }
    return from;
  }
}
