package dev.grainline.runtime.internal.plan;

import dev.grainline.internal.model.JoinType;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.expr.Node;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dimension table joined into a grain group's scan: {@code table} (carrying the alias of this hop), joined where
 * {@code from} (expressions of the previous hop) equal {@code to} (the dimension's key, under this hop's alias). In a
 * tenant-bound query a tenant-scoped table's join also restricts it to the tenant ({@code tenant}, in the ON, so a
 * LEFT join keeps its rows); the link's own pairs already equate the tenant columns, as the model's rules demand.
 */
public record JoinStep(TableRef table, JoinType type, List<Node> from, List<Node> to, String description,
    Optional<TenantRestriction> tenant) {
  public JoinStep {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(type, "type");
    from = List.copyOf(from);
    to = List.copyOf(to);
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(tenant, "tenant");
  }
}
