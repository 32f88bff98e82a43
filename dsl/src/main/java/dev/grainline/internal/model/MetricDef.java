package dev.grainline.internal.model;

import dev.grainline.SqlType;

import dev.grainline.internal.model.expr.Node;
import java.util.Objects;

/**
 * A named metric: an aggregate-level formula whose leaves are aggregates over entities and references to other
 * metrics. Whether it is a base metric (aggregates of one entity) or derived (over other metrics, possibly of
 * several facts) follows from the formula.
 */
public record MetricDef(String name, Node formula, SqlType type, Metadata metadata, Origin origin) {
  public MetricDef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(formula, "formula");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(origin, "origin");
  }

  /** "total_revenue" for "v3.total_revenue". */
  public String shortName() {
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
