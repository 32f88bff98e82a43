package dev.grainline.internal.model;

import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.query.QuerySpec;
import dev.grainline.internal.model.validation.ParameterRules;
import java.util.List;
import java.util.Objects;

/**
 * A query declared in the model (a dashboard tile), validated at compile time with the rules every query is
 * validated with at run time. Its name is namespaced like a metric's: {@code v3.revenue_by_category}.
 */
public record NamedQueryDef(String name, QuerySpec spec, Metadata metadata, Origin origin) {
  public NamedQueryDef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(origin, "origin");
  }

  /** Its parameters, in the order the catalog's method takes them (as they first appear: where, then having). */
  public List<Node.Parameter> parameters() {
    return ParameterRules.of(spec);
  }
}
