package dev.grainline.internal.model;

import dev.grainline.internal.model.query.QuerySpec;
import java.util.Objects;

/**
 * A query declared in the model (a dashboard tile), validated at compile time with the rules every query is
 * validated with at run time.
 */
public record NamedQueryDef(String name, QuerySpec spec, Metadata metadata, Origin origin) {
  public NamedQueryDef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(origin, "origin");
  }
}
