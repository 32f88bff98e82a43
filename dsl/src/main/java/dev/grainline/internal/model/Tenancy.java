package dev.grainline.internal.model;

import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A model's tenant key and the scope of each physical table its sources read: the tenant column's name and type,
 * whether queries must name a tenant, the tables each of whose rows belongs to one tenant (by qualified name, with
 * the table's own tenant column, which may be named differently), and the tables every tenant shares. A scope is a
 * property of the physical table, recorded once, whichever alias a source reads it under. Query binding and
 * planning read it (a bound scan restricts each scoped table by its column); the model rules check against it that
 * no generated join can mix tenants.
 */
public record Tenancy(String column, SqlType type, boolean required, Map<String, String> scopedTables,
    Set<String> sharedTables) {
  public Tenancy {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(type, "type");
    scopedTables = Collections.unmodifiableMap(new LinkedHashMap<>(scopedTables));
    sharedTables = Collections.unmodifiableSet(new LinkedHashSet<>(sharedTables));
  }

  /** The tenant column of {@code table} under its alias, if its rows belong to tenants. */
  public Optional<ColumnRef> column(TableRef table) {
    return Optional.ofNullable(scopedTables.get(table.qualifiedName()))
        .map(tenantColumn -> new ColumnRef(table, tenantColumn, type, ColumnRef.Storage.PLAIN));
  }

  public boolean scoped(TableRef table) {
    return scopedTables.containsKey(table.qualifiedName());
  }

  public boolean shared(TableRef table) {
    return sharedTables.contains(table.qualifiedName());
  }

  /** Whether {@code expr} is the tenant column of {@code table}. */
  public boolean isColumnOf(TableRef table, Node expr) {
    return expr instanceof ColumnRef ref && ref.table().equals(table)
        && ref.column().equals(scopedTables.get(table.qualifiedName()));
  }

  /** The {@code Table} method that declares a column of the key's type, for messages ({@code intCol}). */
  public String columnMethod() {
    return switch (type) {
      case INTEGER -> "intCol";
      case BIGINT -> "longCol";
      case TEXT -> "textCol";
      case BOOLEAN -> "boolCol";
      case DECIMAL -> "decimalCol";
      case DOUBLE -> "doubleCol";
      case DATE -> "dateCol";
      case TIMESTAMP -> "timestampCol";
    };
  }
}
