package dev.grainline.runtime.internal.rendering;

import dev.grainline.runtime.Dialect;
import dev.grainline.runtime.internal.plan.PlanNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.CommonTableExpression;
import org.jooq.QueryPart;
import org.jooq.impl.DSL;

/**
 * One statement being rendered from a plan: the CTEs its nodes have defined, each once however many nodes read it,
 * and the final query. Shared scans come first, so that every reader of one finds it defined.
 */
final class Statement {
  private final Dialect dialect;
  private final ExprRenderer expressions;
  private final List<CommonTableExpression<?>> scans = new ArrayList<>();
  private final List<CommonTableExpression<?>> ctes = new ArrayList<>();
  private final Set<String> defined = new HashSet<>();
  private Optional<QueryPart> query = Optional.empty();

  Statement(Dialect dialect, ExprRenderer expressions) {
    this.dialect = dialect;
    this.expressions = expressions;
  }

  Dialect dialect() {
    return dialect;
  }

  ExprRenderer expressions() {
    return expressions;
  }

  /** Defines what {@code node} and the nodes below it need, through the renderer of each node's kind. */
  void define(PlanNode node) {
    PlanRenderer.define(node, this);
  }

  /** Whether the CTE {@code name} is yet to be defined; from now on, it is taken. */
  boolean first(String name) {
    return defined.add(name);
  }

  void scan(CommonTableExpression<?> cte) {
    scans.add(cte);
  }

  void cte(CommonTableExpression<?> cte) {
    ctes.add(cte);
  }

  List<CommonTableExpression<?>> ctes() {
    List<CommonTableExpression<?>> all = new ArrayList<>(scans);
    all.addAll(ctes);
    return all;
  }

  /** A CTE, materialized when several nodes read it. */
  static CommonTableExpression<?> named(String name, boolean materialized, org.jooq.Select<?> select) {
    return materialized ? DSL.name(name).asMaterialized(select) : DSL.name(name).as(select);
  }

  void query(QueryPart value) {
    query = Optional.of(value);
  }

  QueryPart query() {
    return query.orElseThrow(() -> new IllegalStateException("the plan defined no output"));
  }
}
