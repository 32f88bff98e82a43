package dev.grainline.runtime.planning;

import dev.grainline.model.JoinType;
import dev.grainline.model.TableRef;
import dev.grainline.model.expr.Expr;
import java.util.List;
import java.util.Objects;

/**
 * A dimension table joined into a grain group's scan: {@code table} (carrying the alias of this hop), joined where
 * {@code from} (expressions of the previous hop) equal {@code to} (the dimension's key, under this hop's alias).
 */
public record JoinStep(TableRef table, JoinType type, List<Expr> from, List<Expr> to, String description) {
  public JoinStep {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(type, "type");
    from = List.copyOf(from);
    to = List.copyOf(to);
    Objects.requireNonNull(description, "description");
  }
}
