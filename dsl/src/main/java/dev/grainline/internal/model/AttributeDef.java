package dev.grainline.internal.model;

import dev.grainline.SqlType;

import dev.grainline.internal.model.expr.Node;
import java.util.Objects;
import java.util.Optional;

/**
 * A groupable attribute of an entity: {@code v3.product.category}, {@code v3.order_details.status}. {@code expr} is a
 * row-level expression over the entity's tables. Key attributes together form the entity's primary key.
 */
public record AttributeDef(String entity, String name, Node expr, SqlType type, boolean key,
    Optional<TimePeriod> period, Metadata metadata, Origin origin) {
  public AttributeDef {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expr, "expr");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(origin, "origin");
  }

  /** "v3.product.category". */
  public String qualifiedName() {
    return entity + "." + name;
  }
}
