package dev.grainline.internal.model.query;

import dev.grainline.internal.model.expr.Node;
import java.util.Objects;

/**
 * Whose rows a query reads, in a model with a tenant key. A query built by the API is {@link Unbound} until the layer
 * it runs on decides: a layer bound to a tenant makes it {@link One}, the operator's view ({@code allTenants()}) makes
 * it {@link All}, and an unbound layer refuses it when the model requires a tenant. Planning restricts every read of a
 * tenant-scoped table of a {@code One} query to that tenant.
 */
public sealed interface TenantScope {
  /** Not decided: the query was not issued through a layer that names a tenant. */
  record Unbound() implements TenantScope {}

  /** Every tenant's rows, asked for by name. */
  record All() implements TenantScope {}

  /** One tenant's rows: {@code value} is the tenant column's value, a literal or, in a query's shape, a parameter. */
  record One(Node value) implements TenantScope {
    public One {
      Objects.requireNonNull(value, "value");
    }
  }

  TenantScope UNBOUND = new Unbound();
  TenantScope ALL = new All();
}
