package dev.grainline.runtime;

import dev.grainline.QueryError;
import dev.grainline.QueryException;
import dev.grainline.internal.model.SortKey;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.query.QueryLimits;
import dev.grainline.internal.model.query.QuerySpec;
import dev.grainline.internal.model.text.Parsed;
import dev.grainline.internal.model.text.QueryText;
import dev.grainline.internal.model.text.QueryTextException;
import dev.grainline.internal.model.validation.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A query given by names and text, as a dashboard or an HTTP endpoint sends it:
 * {@code layer.textQuery("v3.total_revenue").by("v3.product.category").where("v3.date.year[order] >= 2024")}.
 * Text is parsed by a real grammar when the query runs; every problem is reported with its position. Immutable.
 * A null argument is a {@link QueryException} {@code [GrainlineInvalidValue]} naming it, at the call.
 */
public final class TextQuery extends LayerQuery {
  private final List<String> metrics;
  private final List<String> dimensions;
  private final Optional<String> where;
  private final Optional<String> having;
  private final Optional<String> orderBy;
  private final OptionalLong limit;
  private final OptionalLong offset;

  TextQuery(SemanticLayer layer, List<String> metrics, List<String> dimensions, Optional<String> where,
      Optional<String> having, Optional<String> orderBy, OptionalLong limit, OptionalLong offset) {
    super(layer);
    this.metrics = List.copyOf(metrics);
    this.dimensions = List.copyOf(dimensions);
    this.where = where;
    this.having = having;
    this.orderBy = orderBy;
    this.limit = limit;
    this.offset = offset;
  }

  public TextQuery by(String... more) {
    List<String> all = new ArrayList<>(dimensions);
    all.addAll(Arguments.elements(more, "by()", "dimensions"));
    return new TextQuery(layer, metrics, all, where, having, orderBy, limit, offset);
  }

  public TextQuery by(List<String> more) {
    Arguments.present(more, "by()", "dimensions");
    return by(more.toArray(String[]::new));
  }

  /** A filter on dimensions, applied to every fact's rows before aggregation. */
  public TextQuery where(String filter) {
    Arguments.present(filter, "where()", "filter");
    return new TextQuery(layer, metrics, dimensions, Optional.of(filter), having, orderBy, limit, offset);
  }

  /** A filter on metrics and requested dimensions, applied to result rows. */
  public TextQuery having(String filter) {
    Arguments.present(filter, "having()", "filter");
    return new TextQuery(layer, metrics, dimensions, where, Optional.of(filter), orderBy, limit, offset);
  }

  /** "v3.total_revenue desc, v3.product.category"; NULLs last unless "nulls first". */
  public TextQuery orderBy(String order) {
    Arguments.present(order, "orderBy()", "order");
    return new TextQuery(layer, metrics, dimensions, where, having, Optional.of(order), limit, offset);
  }

  /** At most {@code rows} rows (after the {@link #offset}, if there is one); at least 1. */
  public TextQuery limit(long rows) {
    if (rows < 1) {
      throw Message.LIMIT.queryError(rows);
    }
    return new TextQuery(layer, metrics, dimensions, where, having, orderBy, OptionalLong.of(rows), offset);
  }

  /**
   * Skips the first {@code rows} rows of the result (0 or more), with or without a {@link #limit}: a page. Rows are
   * always in a total order (the {@link #orderBy} keys, then every requested dimension), so consecutive pages of
   * unchanged data neither repeat nor miss a row. The database still computes the skipped rows: for deep pages,
   * filter on the last key seen instead.
   */
  public TextQuery offset(long rows) {
    if (rows < 0) {
      throw Message.OFFSET.queryError(rows);
    }
    return new TextQuery(layer, metrics, dimensions, where, having, orderBy, limit, OptionalLong.of(rows));
  }

  /** The parsed query and where its parts came from; every syntax error of every part at once. */
  @Override
  Bound bind() {
    // Sizes first, before any text is read: a rejection costs the same however large the input.
    QueryLimits.count(metrics, "metrics");
    QueryLimits.count(dimensions, "dimensions");
    List<QueryError> errors = new ArrayList<>();
    for (String metric : metrics) {
      try {
        QueryText.checkName("metric name", metric);
      } catch (QueryTextException e) {
        errors.add(error("metrics", metric, e));
      }
    }
    List<AttributeRef> refs = new ArrayList<>();
    for (String dimension : dimensions) {
      parse(errors, "dimensions", dimension, () -> QueryText.dimension(dimension, layer.internalModel()))
          .ifPresent(p -> refs.add(p.value()));
    }
    Optional<Parsed<Node>> whereParsed = where.flatMap(w ->
        parse(errors, "where", w, () -> QueryText.filter(w, layer.internalModel())));
    Optional<Parsed<Node>> havingParsed = having.flatMap(h ->
        parse(errors, "having", h, () -> QueryText.filter(h, layer.internalModel())));
    Optional<Parsed<List<SortKey>>> orderParsed = orderBy.flatMap(o ->
        parse(errors, "order by", o, () -> QueryText.orderBy(o, layer.internalModel())));
    if (!errors.isEmpty()) {
      throw new QueryException(errors);
    }
    QuerySpec spec = new QuerySpec(metrics, refs, whereParsed.map(Parsed::value), havingParsed.map(Parsed::value),
        orderParsed.map(Parsed::value).orElse(List.of()), limit, Optional.empty(), Optional.empty(), offset);
    QuerySource source = new QuerySource(metrics, dimensions,
        whereParsed.map(p -> new QuerySource.Part("where", where.orElseThrow(), p)),
        havingParsed.map(p -> new QuerySource.Part("having", having.orElseThrow(), p)),
        orderParsed.map(p -> new QuerySource.Part("order by", orderBy.orElseThrow(), p)));
    return new Bound(spec, source);
  }

  private static <T> Optional<Parsed<T>> parse(List<QueryError> errors, String part, String text,
      java.util.function.Supplier<Parsed<T>> parser) {
    try {
      return Optional.of(parser.get());
    } catch (QueryTextException e) {
      errors.add(error(part, text, e));
      return Optional.empty();
    }
  }

  private static QueryError error(String part, String text, QueryTextException e) {
    return new QueryError(e.id(), e.getMessage(), Optional.of(
        new QueryError.Position(part, text, e.span().start(), e.span().end())));
  }
}
