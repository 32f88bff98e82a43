package dev.grainline.runtime.internal.plan;

import dev.grainline.SqlType;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Nodes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scan computed once, as a CTE named after it, that projects the columns its readers use (table columns, and
 * conversions to the query's time zone, which are computed once here). Readers keep their expressions over the
 * entity's tables, so that a plan explains itself in the model's terms; {@link #read} gives the same expression
 * over this CTE's columns.
 */
public record SharedScan(Scan scan, List<Projected> columns) implements ScanSource {
  /** A column the scan projects: an expression over the entity's tables, under {@code alias}. */
  public record Projected(Node expr, String alias) {
    public Projected {
      Objects.requireNonNull(expr, "expr");
      Objects.requireNonNull(alias, "alias");
    }
  }

  public SharedScan {
    Objects.requireNonNull(scan, "scan");
    columns = List.copyOf(columns);
  }

  public String name() {
    return scan.name();
  }

  /** Materialized when several groups read it, so that it is computed once. */
  public boolean materialized() {
    return scan.shared();
  }

  /** {@code expr} with every column it reads taken from this scan's output instead of the tables. */
  public Node read(Node expr) {
    TableRef table = PlanNode.table(scan.name());
    return Nodes.rewrite(expr, node -> {
      if (node instanceof ColumnRef c) {
        // Derived, whatever the table column's storage: the CTE holds it as the renderer read it (an instant as
        // its UTC wall-clock time), so reading it again must not convert it again.
        return Optional.of(ColumnRef.derived(table, aliasOf(c), c.type()));
      }
      if (node instanceof Node.AtTimeZone local) {
        return Optional.of(ColumnRef.derived(table, aliasOf(local), SqlType.TIMESTAMP));
      }
      return Optional.empty();
    });
  }

  private String aliasOf(Node expr) {
    for (Projected column : columns) {
      if (column.expr().equals(expr)) {
        return column.alias();
      }
    }
    throw new IllegalStateException(expr + " is not projected by " + scan.name());
  }
}
