package dev.grainline.runtime.internal.plan;

import dev.grainline.internal.model.JoinType;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.expr.Node;
import java.util.List;
import java.util.Objects;

/**
 * A dimension table joined into a grain group's scan: {@code table} (carrying the alias of this hop), joined where
 * {@code from} (expressions of the previous hop) equal {@code to} (the dimension's key, under this hop's alias).
 */
public record JoinStep(TableRef table, JoinType type, List<Node> from, List<Node> to, String description) {
  public JoinStep {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(type, "type");
    from = List.copyOf(from);
    to = List.copyOf(to);
    Objects.requireNonNull(description, "description");
  }
}
