package dev.grainline.runtime.internal.plan;

import dev.grainline.SqlType;
import java.util.Objects;

/** A key column of the combined rows (a requested dimension or a hidden period): its shared alias and its name. */
public record DimensionOutput(String alias, String name, SqlType type) {
  public DimensionOutput {
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
