package dev.grainline.dsl;

import dev.grainline.internal.model.assembly.Declared;
import dev.grainline.internal.model.assembly.DslValue;
import dev.grainline.internal.model.expr.Node.And;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.validation.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** A named query under construction; immutable. */
record NamedQueryImpl(
    List<Node> metrics,
    List<Node> dimensions,
    Optional<Node> where,
    Optional<Node> having,
    List<SortFieldImpl> order,
    OptionalLong limitRows)
    implements NamedQuery, DslValue {

  NamedQueryImpl {
    metrics = List.copyOf(metrics);
    dimensions = List.copyOf(dimensions);
    order = List.copyOf(order);
  }

  static NamedQueryImpl of(Metric<?>... requested) {
    Arguments.notNull("the metrics", requested);
    List<Node> nodes = new ArrayList<>();
    for (Metric<?> metric : requested) {
      nodes.add(Arguments.of(metric));
    }
    return new NamedQueryImpl(nodes, List.of(), Optional.empty(), Optional.empty(), List.of(), OptionalLong.empty());
  }

  @Override
  public Declared declared() {
    return new Declared.Query(metrics, dimensions, where, having,
        order.stream().map(SortFieldImpl::declared).toList(), limitRows);
  }

  @Override
  public NamedQuery by(Attribute<?>... requested) {
    Arguments.notNull("the dimensions", requested);
    List<Node> more = new ArrayList<>(dimensions);
    for (Attribute<?> attribute : requested) {
      more.add(Arguments.of(attribute));
    }
    return new NamedQueryImpl(metrics, more, where, having, order, limitRows);
  }

  private static Optional<Node> and(Optional<Node> existing, Condition condition) {
    Node added = Arguments.of(condition);
    return Optional.of(existing.<Node>map(e -> new And(List.of(e, added))).orElse(added));
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
    Arguments.notNull("the order", sortFields);
    List<SortFieldImpl> more = new ArrayList<>(order);
    for (SortField field : sortFields) {
      more.add((SortFieldImpl) Arguments.notNull("an order item", field));
    }
    return new NamedQueryImpl(metrics, dimensions, where, having, more, limitRows);
  }

  @Override
  public NamedQuery limit(long rows) {
    if (rows < 1) {
      throw Message.LIMIT.definitionError(rows);
    }
    return new NamedQueryImpl(metrics, dimensions, where, having, order, OptionalLong.of(rows));
  }
}
