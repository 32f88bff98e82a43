package dev.grainline.runtime;

import dev.grainline.SqlType;
import java.util.Objects;

/** A column of a result: the name as requested ("v3.product.category"), whether it is a dimension or a metric, and
 * its type, which is the same on every engine. */
public record ResultColumn(String name, Kind kind, SqlType type) {
  public ResultColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
  }

  public enum Kind {
    DIMENSION,
    METRIC
  }
}
