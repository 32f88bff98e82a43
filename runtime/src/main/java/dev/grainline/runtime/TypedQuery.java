package dev.grainline.runtime;

import dev.grainline.internal.model.SortKey;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.query.QueryLimits;
import dev.grainline.internal.model.query.QuerySpec;
import dev.grainline.internal.model.validation.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A query built from catalog constants:
 * {@code catalog.query(TOTAL_REVENUE, ORDER_COUNT).by(PRODUCT_CATEGORY).where(ORDER_YEAR.ge(2024)).fetch()}.
 * Immutable: every step returns a new query. A step that cannot take its argument (null, a dimension given twice, a
 * limit below 1) throws a {@link dev.grainline.QueryException} {@code [GrainlineInvalidValue]} naming it.
 */
public final class TypedQuery extends LayerQuery {
  private final List<MetricRef<?>> metrics;
  private final List<DimensionRef<?>> dimensions;
  private final Optional<Filter> where;
  private final Optional<Filter> having;
  private final List<Order> order;
  private final OptionalLong limit;
  private final OptionalLong offset;

  TypedQuery(SemanticLayer layer, List<MetricRef<?>> metrics, List<DimensionRef<?>> dimensions,
      Optional<Filter> where, Optional<Filter> having, List<Order> order, OptionalLong limit, OptionalLong offset) {
    super(layer);
    this.metrics = List.copyOf(metrics);
    this.dimensions = List.copyOf(dimensions);
    this.where = where;
    this.having = having;
    this.order = List.copyOf(order);
    this.limit = limit;
    this.offset = offset;
  }

  /** Groups by these dimensions too; none may be null or requested already. */
  public TypedQuery by(DimensionRef<?>... more) {
    List<DimensionRef<?>> all = new ArrayList<>(dimensions);
    all.addAll(Arguments.elements(more, "by()", "dimensions"));
    QueryLimits.count(all, "dimensions");
    Arguments.distinct(all, "by()", "dimension");
    return new TypedQuery(layer, metrics, all, where, having, order, limit, offset);
  }

  /** Filters the rows of every fact before aggregation; several calls are ANDed. */
  public TypedQuery where(Filter filter) {
    Arguments.present(filter, "where()", "filter");
    return new TypedQuery(layer, metrics, dimensions, Optional.of(where.map(w -> w.and(filter)).orElse(filter)),
        having, order, limit, offset);
  }

  /** Filters result rows on metric values and requested dimensions; several calls are ANDed. */
  public TypedQuery having(Filter filter) {
    Arguments.present(filter, "having()", "filter");
    return new TypedQuery(layer, metrics, dimensions, where,
        Optional.of(having.map(h -> h.and(filter)).orElse(filter)), order, limit, offset);
  }

  public TypedQuery orderBy(Order... more) {
    List<Order> all = new ArrayList<>(order);
    all.addAll(Arguments.elements(more, "orderBy()", "order"));
    return new TypedQuery(layer, metrics, dimensions, where, having, all, limit, offset);
  }

  /** At most {@code rows} rows (after the {@link #offset}, if there is one); at least 1. */
  public TypedQuery limit(long rows) {
    if (rows < 1) {
      throw Message.LIMIT.queryError(rows);
    }
    return new TypedQuery(layer, metrics, dimensions, where, having, order, OptionalLong.of(rows), offset);
  }

  /**
   * Skips the first {@code rows} rows of the result (0 or more), with or without a {@link #limit}: a page. Rows are
   * always in a total order (the {@link #orderBy} keys, then every requested dimension), so consecutive pages of
   * unchanged data neither repeat nor miss a row. The database still computes the skipped rows: for deep pages,
   * filter on the last key seen instead.
   */
  public TypedQuery offset(long rows) {
    if (rows < 0) {
      throw Message.OFFSET.queryError(rows);
    }
    return new TypedQuery(layer, metrics, dimensions, where, having, order, limit, OptionalLong.of(rows));
  }

  QuerySpec spec() {
    List<String> names = metrics.stream().map(MetricRef::name).toList();
    List<AttributeRef> refs = dimensions.stream().map(DimensionRef::ref).toList();
    Optional<Node> whereNode = where.map(Filter::node);
    Optional<Node> havingNode = having.map(Filter::node);
    List<SortKey> keys = order.stream().map(Order::key).toList();
    return new QuerySpec(names, refs, whereNode, havingNode, keys, limit, Optional.empty(), Optional.empty(), offset);
  }

  @Override
  Bound bind() {
    return new Bound(spec(), QuerySource.NONE);
  }
}
