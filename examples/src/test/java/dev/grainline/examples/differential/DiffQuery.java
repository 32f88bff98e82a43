package dev.grainline.examples.differential;

import dev.grainline.runtime.MetricRef;
import dev.grainline.runtime.Order;
import dev.grainline.runtime.SemanticLayer;
import dev.grainline.runtime.TextQuery;
import dev.grainline.runtime.TypedQuery;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A query of the differential suite, independent of the runtime's query objects: the oracle evaluates it, and it
 * builds the same query through the typed API and through the text API.
 */
public record DiffQuery(
    List<StoreMetric> metrics,
    List<Dim> dims,
    Optional<Cond> where,
    Optional<Cond> having,
    List<Sort> orderBy,
    OptionalLong limit) {

  /** An ORDER BY item; NULLs last unless {@code nullsFirst}. */
  public record Sort(Cond.Operand operand, boolean descending, boolean nullsFirst) {
    String toText() {
      return operand.name() + (descending ? " desc" : " asc") + (nullsFirst ? " nulls first" : "");
    }
  }

  public DiffQuery {
    metrics = List.copyOf(metrics);
    dims = List.copyOf(dims);
    orderBy = List.copyOf(orderBy);
  }

  public static DiffQuery of(List<StoreMetric> metrics, List<Dim> dims) {
    return new DiffQuery(metrics, dims, Optional.empty(), Optional.empty(), List.of(), OptionalLong.empty());
  }

  public static DiffQuery of(StoreMetric metric, Dim... dims) {
    return of(List.of(metric), List.of(dims));
  }

  public DiffQuery where(Cond cond) {
    return new DiffQuery(metrics, dims, Optional.ofNullable(cond), having, orderBy, limit);
  }

  public DiffQuery having(Cond cond) {
    return new DiffQuery(metrics, dims, where, Optional.ofNullable(cond), orderBy, limit);
  }

  public DiffQuery orderBy(List<Sort> sorts) {
    return new DiffQuery(metrics, dims, where, having, sorts, limit);
  }

  public DiffQuery limit(OptionalLong rows) {
    return new DiffQuery(metrics, dims, where, having, orderBy, rows);
  }

  public DiffQuery withMetrics(List<StoreMetric> newMetrics) {
    return new DiffQuery(newMetrics, dims, where, having, orderBy, limit);
  }

  public DiffQuery withDims(List<Dim> newDims) {
    return new DiffQuery(metrics, newDims, where, having, orderBy, limit);
  }

  /** Metrics the having filter uses but the query does not return. */
  public List<StoreMetric> filterOnlyMetrics() {
    Set<StoreMetric> extra = new LinkedHashSet<>();
    having.ifPresent(h -> collectMetrics(h, extra));
    extra.removeAll(metrics);
    return List.copyOf(extra);
  }

  /** The facts whose rows make the result: those of the requested metrics and of the having's metrics. */
  public Set<StoreMetric.Fact> facts() {
    Set<StoreMetric.Fact> facts = requestedFacts();
    filterOnlyMetrics().forEach(m -> facts.addAll(m.facts()));
    return facts;
  }

  /** The facts of the requested metrics: the ones whose keys make the result's rows. */
  public Set<StoreMetric.Fact> requestedFacts() {
    Set<StoreMetric.Fact> facts = EnumSet.noneOf(StoreMetric.Fact.class);
    metrics.forEach(m -> facts.addAll(m.facts()));
    return facts;
  }

  private static void collectMetrics(Cond cond, Set<StoreMetric> into) {
    cond.operands(operand -> {
      if (operand instanceof Cond.MetricOperand m) {
        into.add(m.metric());
      }
    });
  }

  /** Whether only the text API can express the query (arithmetic, attribute against attribute). */
  public boolean textOnly() {
    return where.map(Cond::textOnly).orElse(false) || having.map(Cond::textOnly).orElse(false);
  }

  /** Result column names: the dimensions, then the metrics, as requested. */
  public List<String> columns() {
    List<String> columns = new ArrayList<>();
    dims.forEach(d -> columns.add(d.name()));
    metrics.forEach(m -> columns.add(m.metricName()));
    return columns;
  }

  // --- through the runtime's two front ends ----------------------------------------------------------------------

  public TypedQuery typed(SemanticLayer layer) {
    @SuppressWarnings("unchecked")
    MetricRef<?>[] refs = metrics.stream().map(m -> MetricRef.of(m.metricName(), (Class<Object>) m.javaType()))
        .toArray(MetricRef<?>[]::new);
    TypedQuery query = layer.query(refs);
    if (!dims.isEmpty()) {
      query = query.by(dims.stream().map(Dim::ref).toArray(dev.grainline.runtime.DimensionRef<?>[]::new));
    }
    if (where.isPresent()) {
      query = query.where(where.get().toFilter());
    }
    if (having.isPresent()) {
      query = query.having(having.get().toFilter());
    }
    if (!orderBy.isEmpty()) {
      query = query.orderBy(orderBy.stream().map(DiffQuery::order).toArray(Order[]::new));
    }
    if (limit.isPresent()) {
      query = query.limit(limit.getAsLong());
    }
    return query;
  }

  private static Order order(Sort sort) {
    Order order = switch (sort.operand()) {
      case Cond.DimOperand d -> sort.descending() ? d.dim().ref().desc() : d.dim().ref().asc();
      case Cond.MetricOperand m -> {
        MetricRef<Object> ref = MetricRef.of(m.metric().metricName(), Object.class);
        yield sort.descending() ? ref.desc() : ref.asc();
      }
    };
    return sort.nullsFirst() ? order.nullsFirst() : order;
  }

  /** Through the text API; {@code alternative} uses the other spellings of operators and keywords. */
  public TextQuery text(SemanticLayer layer, boolean alternative) {
    TextQuery query = layer.textQuery(metrics.stream().map(StoreMetric::metricName).toList());
    if (!dims.isEmpty()) {
      query = query.by(dims.stream().map(Dim::name).toList());
    }
    if (where.isPresent()) {
      query = query.where(alternative ? where.get().toTextAlternative() : where.get().toText());
    }
    if (having.isPresent()) {
      query = query.having(alternative ? having.get().toTextAlternative() : having.get().toText());
    }
    if (!orderBy.isEmpty()) {
      query = query.orderBy(orderBy.stream().map(Sort::toText).collect(Collectors.joining(", ")));
    }
    if (limit.isPresent()) {
      query = query.limit(limit.getAsLong());
    }
    return query;
  }

  /** The query as one line of text, to replay it by hand. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("metrics ").append(metrics);
    s.append(" by ").append(dims);
    where.ifPresent(w -> s.append(" where ").append(w.toText()));
    having.ifPresent(h -> s.append(" having ").append(h.toText()));
    if (!orderBy.isEmpty()) {
      s.append(" order by ").append(orderBy.stream().map(Sort::toText).collect(Collectors.joining(", ")));
    }
    limit.ifPresent(n -> s.append(" limit ").append(n));
    return s.toString();
  }
}
