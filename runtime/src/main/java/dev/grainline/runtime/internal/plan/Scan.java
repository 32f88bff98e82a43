package dev.grainline.runtime.internal.plan;

import dev.grainline.internal.model.EntitySource;
import dev.grainline.internal.model.expr.Node;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rows a grain group aggregates: an entity's source, the dimension tables joined to it, and the query's filter.
 * A reader selects from its tables inline. When several groups aggregate the same entity (a roll-up beside a
 * non-decomposable metric), they share one scan ({@code shared}), which {@code SharedScanRule} makes a
 * {@link SharedScan}, computed once: besides saving a scan, that avoids a DuckDB 2.0 optimizer bug that returns wrong
 * rows when one table is scanned twice and the two aggregates are joined.
 *
 * <p>In a tenant-bound query, {@code tenant} restricts each tenant-scoped table of the source to the query's tenant
 * (each joined dimension's restriction is on its {@link JoinStep}); otherwise it is empty.
 *
 * <p>{@code derived} are the CTEs of derived attributes that its joins read ({@link EntityAttributes}), defined before
 * the scan is read.
 */
public record Scan(String name, String entity, EntitySource source, List<JoinStep> joins, Optional<Node> where,
    boolean shared, boolean localTime, List<TenantRestriction> tenant, List<EntityAttributes> derived)
    implements ScanSource {
  /**
   * Whether the groups should read the scan through a CTE: when several groups share it (then it is materialized), or when
   * it converts timestamps to the query's time zone, whose bind value must appear once, in the scan, so that grouping
   * expressions are the same text in SELECT and GROUP BY.
   */
  public boolean viaCte() {
    return shared || localTime;
  }

  @Override
  public Scan scan() {
    return this;
  }

  public Scan {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(source, "source");
    joins = List.copyOf(joins);
    Objects.requireNonNull(where, "where");
    tenant = List.copyOf(tenant);
    derived = List.copyOf(derived);
  }
}
