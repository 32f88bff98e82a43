package dev.grainline.runtime.internal.plan;

import dev.grainline.internal.model.expr.Node;
import java.util.Objects;

/** An extra grain column of a roll-up: a key attribute or the column a distinct count counts. */
public record GrainColumn(String alias, Node expr, String description) {
  public GrainColumn {
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(expr, "expr");
    Objects.requireNonNull(description, "description");
  }
}
