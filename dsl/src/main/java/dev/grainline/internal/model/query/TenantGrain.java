package dev.grainline.internal.model.query;

import dev.grainline.internal.model.AttributeDef;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.Tenancy;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.query.QueryProblem.Subject;
import dev.grainline.internal.model.validation.Message;
import java.util.List;
import java.util.Optional;

/**
 * An all-tenants query that groups by a key of tenant-scoped rows ({@code spectrum.user.user_id}) must group by a
 * tenant column too: key values repeat across tenants, so without it the users of different accounts would merge
 * into one row, and a cross-fact join on that key would pair one tenant's rows with another's. Grouping by attributes
 * that are not keys (a country) across tenants is the operator's view, and allowed. A query bound to one tenant reads
 * only that tenant's rows, so nothing can merge.
 */
final class TenantGrain {
  private TenantGrain() {}

  static void check(Model model, QuerySpec spec, List<QueryProblem> problems) {
    if (!(spec.tenant() instanceof TenantScope.All)) {
      return;
    }
    Optional<Tenancy> tenancy = model.tenancy();
    if (tenancy.isEmpty()) {
      return;
    }
    boolean groupsByTenant = spec.dimensions().stream()
        .anyMatch(ref -> definition(model, ref).filter(a -> isTenantColumn(tenancy.get(), a)).isPresent());
    if (groupsByTenant) {
      return;
    }
    List<String> tenantColumns = model.entities().stream()
        .flatMap(e -> e.attributes().stream())
        .filter(a -> isTenantColumn(tenancy.get(), a))
        .map(a -> a.entity() + "." + a.name())
        .toList();
    for (int i = 0; i < spec.dimensions().size(); i++) {
      AttributeRef ref = spec.dimensions().get(i);
      Optional<AttributeDef> attribute = definition(model, ref);
      if (attribute.isPresent() && attribute.get().key() && scoped(model, tenancy.get(), attribute.get())) {
        problems.add(QueryProblem.of(Message.TENANT_GRAIN, new Subject.DimensionAt(i), ref,
            String.join(" or ", tenantColumns)));
        return;
      }
    }
  }

  private static Optional<AttributeDef> definition(Model model, AttributeRef ref) {
    return model.attribute(ref.attributeName());
  }

  /** Whether the attribute is a tenant column of its entity's rows: {@code spectrum.user.account_id}. */
  private static boolean isTenantColumn(Tenancy tenancy, AttributeDef attribute) {
    return attribute.expr() instanceof ColumnRef column && tenancy.isColumnOf(column.table(), column);
  }

  private static boolean scoped(Model model, Tenancy tenancy, AttributeDef attribute) {
    return model.entity(attribute.entity()).map(e -> tenancy.scoped(e.source().from())).orElse(false);
  }
}
