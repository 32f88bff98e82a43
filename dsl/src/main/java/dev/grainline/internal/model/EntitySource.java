package dev.grainline.internal.model;

import dev.grainline.internal.model.expr.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The rows of an entity: one table, or tables joined together (orders joined to order items). */
public record EntitySource(TableRef from, List<Join> joins) {
  public EntitySource {
    Objects.requireNonNull(from, "from");
    joins = List.copyOf(joins);
  }

  /** One joined table and its join condition. */
  public record Join(TableRef table, JoinType type, Node on) {
    public Join {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(on, "on");
    }
  }

  /** Every table the source reads, the first one first. */
  public List<TableRef> tables() {
    List<TableRef> tables = new ArrayList<>(joins.size() + 1);
    tables.add(from);
    joins.forEach(j -> tables.add(j.table()));
    return tables;
  }

  public boolean contains(TableRef table) {
    return from.equals(table) || joins.stream().anyMatch(j -> j.table().equals(table));
  }
}
