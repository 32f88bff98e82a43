package dev.grainline.internal.model;

import dev.grainline.internal.model.expr.Node;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A join from an entity to a dimension: {@code fromExprs} (row-level expressions of the source entity) equal the
 * dimension's key attributes {@code toKey}, pairwise. The role tells several links to the same dimension apart.
 */
public record LinkDef(
    String name,
    String fromEntity,
    String toEntity,
    List<Node> fromExprs,
    List<String> toKey,
    Optional<String> role,
    JoinType joinType,
    Cardinality cardinality,
    Origin origin) {
  public LinkDef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(fromEntity, "fromEntity");
    Objects.requireNonNull(toEntity, "toEntity");
    fromExprs = List.copyOf(fromExprs);
    toKey = List.copyOf(toKey);
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(joinType, "joinType");
    Objects.requireNonNull(cardinality, "cardinality");
    Objects.requireNonNull(origin, "origin");
  }

  /** "v3.order_details -> v3.location [from]". */
  public String describe() {
    return fromEntity + " -> " + toEntity + role.map(r -> " [" + r + "]").orElse("");
  }
}
