package dev.grainline.runtime.internal.plan;

import dev.grainline.internal.model.expr.ComparisonOp;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import java.util.Objects;

/**
 * One table's rows of the query's tenant: {@code column}, the tenant column of a tenant-scoped table under the alias
 * it is read by, equal to {@code value}, the query's tenant (a bind value). A tenant-bound plan carries one for every
 * read of a tenant-scoped table, and the renderers put each inside that read (a scan's WHERE, a join's ON), never
 * around the result, so that no row of another tenant reaches an aggregate, a join or a window.
 */
public record TenantRestriction(ColumnRef column, Node value) {
  public TenantRestriction {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(value, "value");
  }

  /** {@code column = value}. */
  public Node condition() {
    return new Node.Comparison(ComparisonOp.EQ, column, value);
  }
}
