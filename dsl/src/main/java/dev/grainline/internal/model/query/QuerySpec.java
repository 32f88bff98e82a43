package dev.grainline.internal.model.query;

import dev.grainline.internal.model.SortKey;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A metric request: metrics by dimensions, with a filter on dimensions ({@code where}, applied to every fact's rows
 * before aggregation), a filter on results ({@code having}, over metrics and requested dimensions), an order and a
 * limit, and optionally a {@link GapFill}, a time zone and an {@code offset}: the number of result rows, in the query's
 * order, skipped before the first row returned (with or without a limit). Values that come with the query are
 * {@link Node.Param}s, so that queries of the same shape share a plan; so is the tenant of a tenant-bound query
 * ({@link TenantScope}).
 */
public record QuerySpec(
    List<String> metrics,
    List<AttributeRef> dimensions,
    Optional<Node> where,
    Optional<Node> having,
    List<SortKey> orderBy,
    OptionalLong limit,
    Optional<GapFill> fill,
    Optional<Node> timeZone,
    OptionalLong offset,
    TenantScope tenant) {
  public QuerySpec {
    metrics = List.copyOf(metrics);
    dimensions = List.copyOf(dimensions);
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(having, "having");
    orderBy = List.copyOf(orderBy);
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(fill, "fill");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(offset, "offset");
    Objects.requireNonNull(tenant, "tenant");
  }

  /** A query whose tenant its layer decides. */
  public QuerySpec(List<String> metrics, List<AttributeRef> dimensions, Optional<Node> where, Optional<Node> having,
      List<SortKey> orderBy, OptionalLong limit, Optional<GapFill> fill, Optional<Node> timeZone,
      OptionalLong offset) {
    this(metrics, dimensions, where, having, orderBy, limit, fill, timeZone, offset, TenantScope.UNBOUND);
  }

  /** A query without an offset. */
  public QuerySpec(List<String> metrics, List<AttributeRef> dimensions, Optional<Node> where, Optional<Node> having,
      List<SortKey> orderBy, OptionalLong limit, Optional<GapFill> fill, Optional<Node> timeZone) {
    this(metrics, dimensions, where, having, orderBy, limit, fill, timeZone, OptionalLong.empty());
  }

  /** A query without gap filling, time zone or offset. */
  public QuerySpec(List<String> metrics, List<AttributeRef> dimensions, Optional<Node> where, Optional<Node> having,
      List<SortKey> orderBy, OptionalLong limit) {
    this(metrics, dimensions, where, having, orderBy, limit, Optional.empty(), Optional.empty(), OptionalLong.empty());
  }

  /** The same query with every period of a range filled in. */
  public QuerySpec withFill(GapFill gapFill) {
    return new QuerySpec(metrics, dimensions, where, having, orderBy, limit, Optional.of(gapFill), timeZone, offset,
        tenant);
  }

  /**
   * The same query seeing the timestamps of its facts, stored in UTC, in a time zone (a text value): days, weeks and
   * months of timestamps start at that zone's midnight.
   */
  public QuerySpec withTimeZone(Node zone) {
    return new QuerySpec(metrics, dimensions, where, having, orderBy, limit, fill, Optional.of(zone), offset, tenant);
  }

  /** The same query skipping its first {@code rows} result rows. */
  public QuerySpec withOffset(long rows) {
    return new QuerySpec(metrics, dimensions, where, having, orderBy, limit, fill, timeZone, OptionalLong.of(rows),
        tenant);
  }

  /** The same query reading the rows of {@code scope}. */
  public QuerySpec withTenant(TenantScope scope) {
    return new QuerySpec(metrics, dimensions, where, having, orderBy, limit, fill, timeZone, offset, scope);
  }
}
