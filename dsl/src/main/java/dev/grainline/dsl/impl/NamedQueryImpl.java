package dev.grainline.dsl.impl;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Condition;
import dev.grainline.dsl.Metric;
import dev.grainline.dsl.NamedQuery;
import dev.grainline.dsl.SortField;
import dev.grainline.model.expr.Expr;
import dev.grainline.model.expr.Expr.And;
import dev.grainline.model.validation.DefinitionException;
import dev.grainline.model.validation.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** A named query under construction; immutable. */
public record NamedQueryImpl(
    List<Expr> metrics,
    List<Expr> dimensions,
    Optional<Expr> where,
    Optional<Expr> having,
    List<SortFieldImpl> order,
    OptionalLong limitRows)
    implements NamedQuery {

  public NamedQueryImpl {
    metrics = List.copyOf(metrics);
    dimensions = List.copyOf(dimensions);
    order = List.copyOf(order);
  }

  public static NamedQueryImpl of(Metric<?>... requested) {
    Nodes.notNull("the metrics", requested);
    List<Expr> nodes = new ArrayList<>();
    for (Metric<?> metric : requested) {
      nodes.add(Nodes.of(metric));
    }
    return new NamedQueryImpl(nodes, List.of(), Optional.empty(), Optional.empty(), List.of(), OptionalLong.empty());
  }

  @Override
  public NamedQuery by(Attribute<?>... requested) {
    Nodes.notNull("the dimensions", requested);
    List<Expr> more = new ArrayList<>(dimensions);
    for (Attribute<?> attribute : requested) {
      more.add(Nodes.of(attribute));
    }
    return new NamedQueryImpl(metrics, more, where, having, order, limitRows);
  }

  private static Optional<Expr> and(Optional<Expr> existing, Condition condition) {
    Expr added = Nodes.of(condition);
    return Optional.of(existing.<Expr>map(e -> new And(List.of(e, added))).orElse(added));
  }

  @Override
  public NamedQuery where(Condition condition) {
    return new NamedQueryImpl(metrics, dimensions, and(where, condition), having, order, limitRows);
  }

  @Override
  public NamedQuery having(Condition condition) {
    return new NamedQueryImpl(metrics, dimensions, where, and(having, condition), order, limitRows);
  }

  @Override
  public NamedQuery orderBy(SortField... sortFields) {
    Nodes.notNull("the order", sortFields);
    List<SortFieldImpl> more = new ArrayList<>(order);
    for (SortField field : sortFields) {
      more.add((SortFieldImpl) Nodes.notNull("an order item", field));
    }
    return new NamedQueryImpl(metrics, dimensions, where, having, more, limitRows);
  }

  @Override
  public NamedQuery limit(long rows) {
    if (rows < 1) {
      throw new DefinitionException(Message.INVALID_VALUE, "limit(" + rows + ")", "a limit is at least 1");
    }
    return new NamedQueryImpl(metrics, dimensions, where, having, order, OptionalLong.of(rows));
  }
}
