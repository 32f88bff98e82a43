package dev.grainline.runtime.internal.rendering;

import dev.grainline.SqlType;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.runtime.internal.plan.BaseRows;
import dev.grainline.runtime.internal.plan.OutputMetric;
import dev.grainline.runtime.internal.plan.PlanNode;
import dev.grainline.runtime.internal.plan.Result;
import dev.grainline.runtime.internal.plan.WindowMerge;
import dev.grainline.runtime.internal.plan.WindowedResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The result of a query with windows: the base rows with each window's merged rows joined on its partitions and
 * period, and the combiners over both.
 */
final class WindowedResultRenderer {
  private WindowedResultRenderer() {}

  static void define(WindowedResult result, Statement statement) {
    if (!statement.first(Result.RESULT.name())) {
      return;
    }
    statement.define(result.base());
    // Trino merges the windows over one partial together, fanned out (WindowMergeRenderer.Shared); PostgreSQL and
    // DuckDB, which compute a WITH query once, merge each window over the keys of the base rows.
    List<Joined> joined = new ArrayList<>();
    switch (statement.dialect()) {
      case POSTGRES, DUCKDB -> result.windows().forEach(window -> joined.add(Joined.alone(window)));
      case TRINO -> {
        for (List<WindowMerge> group : WindowMergeRenderer.Shared.groups(result.windows())) {
          joined.add(WindowMergeRenderer.Shared.fansOut(group.get(0)) ? Joined.shared(group) : Joined.alone(group.get(0)));
        }
      }
    }
    for (Joined window : joined) {
      window.shared().ifPresentOrElse(shared -> WindowMergeRenderer.define(shared, statement),
          () -> statement.define(window.first()));
    }
    ExprRenderer expressions = statement.expressions();
    String base = BaseRows.BASE.alias();
    List<SelectField<?>> fields = new ArrayList<>();
    result.dimensions().forEach(d -> fields.add(DSL.field(DSL.name(base, d.alias())).as(d.alias())));
    // Hidden periods break ties in the order: an integer week that repeats every year names several rows.
    result.periods().forEach(p -> fields.add(DSL.field(DSL.name(base, p.alias())).as(p.alias())));
    for (OutputMetric metric : result.metrics()) {
      Node combiner = metric.combiner();
      for (Joined window : joined) {
        combiner = window.reading(combiner);
      }
      fields.add(CombineRenderer.cast(expressions.field(combiner), metric.type()).as(metric.alias()));
    }
    Table<?> from = DSL.table(DSL.name(BaseRows.BASE.name()));
    for (Joined window : joined) {
      WindowMerge first = window.first();
      String name = window.name();
      List<Condition> keys = new ArrayList<>();
      for (WindowMerge.Key key : first.partitions()) {
        keys.add(NullSafeEquals.of(statement.dialect(), DSL.field(DSL.name(base, key.alias())),
            DSL.field(DSL.name(name, key.alias())), key.type()));
      }
      keys.add(NullSafeEquals.of(statement.dialect(), DSL.field(DSL.name(base, first.periodAlias())),
          DSL.field(DSL.name(name, first.periodAlias())), SqlType.DATE));
      from = from.leftJoin(DSL.table(DSL.name(name))).on(DSL.and(keys));
    }
    statement.cte(DSL.name(Result.RESULT.name()).as(DSL.select(fields).from(from)));
  }

  /** A CTE the result joins: one window's merge, or the merge several windows share. */
  private record Joined(WindowMerge first, Optional<WindowMergeRenderer.Shared> shared) {
    static Joined alone(WindowMerge window) {
      return new Joined(window, Optional.empty());
    }

    static Joined shared(List<WindowMerge> windows) {
      return new Joined(windows.get(0), Optional.of(WindowMergeRenderer.Shared.of(windows)));
    }

    String name() {
      return shared.map(WindowMergeRenderer.Shared::name).orElse(first.name());
    }

    /** A combiner reading the shared merge's columns where it read its windows' own. */
    Node reading(Node combiner) {
      if (shared.isEmpty()) {
        return combiner;
      }
      WindowMergeRenderer.Shared merge = shared.get();
      TableRef table = PlanNode.table(merge.name());
      return Nodes.rewrite(combiner, n -> n instanceof ColumnRef c
          ? merge.windows().stream().filter(w -> w.name().equals(c.table().alias())).findFirst()
              .map(w -> (Node) ColumnRef.derived(table, merge.column(w, c.column()), c.type()))
          : Optional.empty());
    }
  }
}
