package dev.grainline.internal.model.assembly;

import dev.grainline.SqlType;
import dev.grainline.internal.model.Cardinality;
import dev.grainline.internal.model.EntitySource;
import dev.grainline.internal.model.JoinType;
import dev.grainline.internal.model.RolePath;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.expr.Node;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a DSL value declares when a static field of a model class holds it: the assembler's whole view of the DSL.
 * Expressions also say which model node they stand for where a definition uses them ({@link #node()}), which is
 * what diagnostics about that node are shown at.
 */
public sealed interface Declared {
  /** The model node the value stands for where a definition uses it; empty for values that are not expressions. */
  Optional<Node> node();

  /** {@code table("v3.orders").as("o")}, with its tenant scope ({@code .scopedBy(TENANT)}, {@code .shared()}). */
  record Table(TableRef table, TableScope scope) implements Declared {
    public Table {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(scope, "scope");
    }

    @Override
    public Optional<Node> node() {
      return Optional.empty();
    }
  }

  /**
   * {@code from(O).join(OI).on(...)}, with the tables it reads as declared (their scopes), in the order of
   * {@link EntitySource#tables()}.
   */
  record Source(EntitySource source, List<Table> tables) implements Declared {
    public Source {
      Objects.requireNonNull(source, "source");
      tables = List.copyOf(tables);
    }

    /** The source of an entity that reads one table. */
    public static Source of(Table table) {
      return new Source(new EntitySource(table.table(), List.of()), List.of(table));
    }

    @Override
    public Optional<Node> node() {
      return Optional.empty();
    }
  }

  /**
   * {@code tenantKey("account_id", Integer.class)}: the model's tenant column, its type, and whether queries must
   * name a tenant. Two keys are the same key when their column and type are (a copy read from an older class file is
   * the key it copies).
   */
  record TenantKey(String column, SqlType type, boolean required) implements Declared {
    public TenantKey {
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(type, "type");
    }

    /** Whether {@code other} is this key, optional or not. */
    public boolean sameKey(TenantKey other) {
      return column.equals(other.column) && type == other.type;
    }

    @Override
    public Optional<Node> node() {
      return Optional.empty();
    }
  }

  /** {@code key(...)}, {@code attribute(...)}, or a declared attribute reached through a role path. */
  record Attribute(AttributeDecl decl, Optional<RolePath> rolePath, Node use) implements Declared {
    public Attribute {
      Objects.requireNonNull(decl, "decl");
      Objects.requireNonNull(rolePath, "rolePath");
      Objects.requireNonNull(use, "use");
    }

    @Override
    public Optional<Node> node() {
      return Optional.of(use);
    }
  }

  /** A row-level expression: a table column, or a value computed from columns. */
  record Column(Node expression) implements Declared {
    public Column {
      Objects.requireNonNull(expression, "expression");
    }

    @Override
    public Optional<Node> node() {
      return Optional.of(expression);
    }
  }

  /** A condition, usable in filters and joins; a field holding one declares nothing by itself. */
  record Condition(Node condition) implements Declared {
    public Condition {
      Objects.requireNonNull(condition, "condition");
    }

    @Override
    public Optional<Node> node() {
      return Optional.of(condition);
    }
  }

  /** A metric: an aggregate, a formula of metrics, a window. {@code use} is how other definitions refer to it. */
  record Metric(MetricDeclaration metric, Node use) implements Declared {
    public Metric {
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(use, "use");
    }

    @Override
    public Optional<Node> node() {
      return Optional.of(use);
    }
  }

  /** {@code link(columns).to(key)}, with its role, join type and cardinality. */
  record Link(List<Node> from, List<AttributeDecl> to, Optional<String> role, JoinType joinType,
      Cardinality cardinality) implements Declared {
    public Link {
      from = List.copyOf(from);
      to = List.copyOf(to);
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(joinType, "joinType");
      Objects.requireNonNull(cardinality, "cardinality");
    }

    @Override
    public Optional<Node> node() {
      return Optional.empty();
    }
  }

  /** A named query: its metrics and dimensions as the nodes the definitions used, its clauses. */
  record Query(List<Node> metrics, List<Node> dimensions, Optional<Node> where, Optional<Node> having,
      List<Sort> order, OptionalLong limit) implements Declared {
    public Query {
      metrics = List.copyOf(metrics);
      dimensions = List.copyOf(dimensions);
      Objects.requireNonNull(where, "where");
      Objects.requireNonNull(having, "having");
      order = List.copyOf(order);
      Objects.requireNonNull(limit, "limit");
    }

    @Override
    public Optional<Node> node() {
      return Optional.empty();
    }
  }

  /** An ORDER BY item of a named query. */
  record Sort(Node expression, boolean descending, boolean nullsFirst) implements Declared {
    public Sort {
      Objects.requireNonNull(expression, "expression");
    }

    @Override
    public Optional<Node> node() {
      return Optional.of(expression);
    }
  }

  /** A window waiting for its time attribute ({@code lag(REVENUE)} before {@code .over(...)}): not a metric yet. */
  record PendingWindow(Node metric) implements Declared {
    public PendingWindow {
      Objects.requireNonNull(metric, "metric");
    }

    @Override
    public Optional<Node> node() {
      return Optional.empty();
    }
  }

  /** Any value that is not built by the DSL: a string constant, a helper object. */
  record NotDsl() implements Declared {
    @Override
    public Optional<Node> node() {
      return Optional.empty();
    }
  }

  /** The declaration view of any value a field may hold. */
  static Declared of(Object value) {
    return value instanceof DslValue dsl ? dsl.declared() : new NotDsl();
  }
}
