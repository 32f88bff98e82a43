package dev.grainline.runtime.internal.rendering;

import dev.grainline.internal.model.expr.Node;
import dev.grainline.runtime.internal.plan.GroupNode;
import dev.grainline.runtime.internal.plan.PlannedComponent;
import dev.grainline.runtime.internal.plan.RowSource;
import dev.grainline.runtime.internal.plan.Scan;
import dev.grainline.runtime.internal.plan.SharedScan;
import java.util.function.UnaryOperator;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * How a node reads the rows below it: FROM what, WHERE what the rows already pass, and what its expressions over the
 * entity's tables become there (the same, or the columns of a shared scan).
 */
record Reading(Table<?> from, Condition where, UnaryOperator<Node> columns) {
  static Reading of(RowSource source, ExprRenderer expressions) {
    return switch (source) {
      case Scan scan -> new Reading(ScanRenderer.tables(expressions, scan), ScanRenderer.where(expressions, scan),
          UnaryOperator.identity());
      case SharedScan shared -> new Reading(DSL.table(DSL.name(shared.name())), DSL.noCondition(), shared::read);
      case GroupNode group -> new Reading(DSL.table(DSL.name(group.name())), DSL.noCondition(),
          UnaryOperator.identity());
    };
  }

  PlannedComponent read(PlannedComponent component) {
    return new PlannedComponent(component.alias(), (Node.Aggregate) columns.apply(component.aggregate()),
        component.type(), component.metrics());
  }

  Field<?> field(ExprRenderer expressions, Node expr) {
    return expressions.field(columns.apply(expr));
  }

  /** SELECT fields FROM the rows WHERE they pass {@code filter} too, GROUP BY {@code groupBy} if any. */
  org.jooq.Select<?> select(java.util.List<SelectField<?>> fields, java.util.List<Field<?>> groupBy,
      Condition filter) {
    var select = DSL.select(fields).from(from).where(where.and(filter));
    return groupBy.isEmpty() ? select : select.groupBy(groupBy);
  }
}
