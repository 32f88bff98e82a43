package dev.grainline.dsl;

import dev.grainline.SqlType;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.assembly.Declared;
import dev.grainline.internal.model.assembly.DslValue;
import dev.grainline.internal.model.assembly.TableScope;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/** A physical table under an alias. */
final class TableImpl implements Table, DslValue {
  private final TableRef ref;
  private final TableScope scope;

  TableImpl(TableRef ref, TableScope scope) {
    this.ref = Objects.requireNonNull(ref, "ref");
    this.scope = Objects.requireNonNull(scope, "scope");
  }

  /** Parses "schema.table" or "table". */
  static TableImpl named(String qualifiedName) {
    Arguments.notNull("the table name", qualifiedName);
    int dot = qualifiedName.lastIndexOf('.');
    String schema = dot < 0 ? "" : Arguments.identifier("schema", qualifiedName.substring(0, dot));
    String name = Arguments.identifier("table", qualifiedName.substring(dot + 1));
    return new TableImpl(new TableRef(schema, name, name), new TableScope.Unscoped());
  }

  @Override
  public Declared.Table declared() {
    return new Declared.Table(ref, scope);
  }

  @Override
  public Table as(String alias) {
    return new TableImpl(new TableRef(ref.schema(), ref.name(), Arguments.identifier("alias", alias)), scope);
  }

  @Override
  public Table scopedBy(TenantKey<?> key) {
    Declared.TenantKey declared = TenantKeyImpl.declaration(key);
    return new TableImpl(ref, new TableScope.Scoped(declared, declared.column()));
  }

  @Override
  public Table scopedBy(TenantKey<?> key, String column) {
    return new TableImpl(ref,
        new TableScope.Scoped(TenantKeyImpl.declaration(key), Arguments.identifier("column", column)));
  }

  @Override
  public Table shared() {
    return new TableImpl(ref, new TableScope.Shared());
  }

  private <T> Column<T> column(String name, SqlType type) {
    return column(name, type, ColumnRef.Storage.PLAIN);
  }

  private <T> Column<T> column(String name, SqlType type, ColumnRef.Storage storage) {
    return new ColumnImpl<>(new ColumnRef(ref, Arguments.identifier("column", name), type, storage));
  }

  @Override
  public Column<Integer> intCol(String name) {
    return column(name, SqlType.INTEGER);
  }

  @Override
  public Column<Long> longCol(String name) {
    return column(name, SqlType.BIGINT);
  }

  @Override
  public Column<Double> doubleCol(String name) {
    return column(name, SqlType.DOUBLE);
  }

  @Override
  public Column<BigDecimal> decimalCol(String name) {
    return column(name, SqlType.DECIMAL);
  }

  @Override
  public Column<String> textCol(String name) {
    return column(name, SqlType.TEXT);
  }

  @Override
  public Column<Boolean> boolCol(String name) {
    return column(name, SqlType.BOOLEAN);
  }

  @Override
  public Column<LocalDate> dateCol(String name) {
    return column(name, SqlType.DATE);
  }

  @Override
  public Column<LocalDateTime> timestampCol(String name) {
    return column(name, SqlType.TIMESTAMP);
  }

  @Override
  public Column<LocalDateTime> instantCol(String name) {
    return column(name, SqlType.TIMESTAMP, ColumnRef.Storage.INSTANT);
  }

  @Override
  public JsonColumn jsonCol(String name) {
    // Typed TEXT: the document's JSON text; it is never read as a value (the type checker refuses a bare one).
    return new JsonColumnImpl(new ColumnRef(ref, Arguments.identifier("column", name), SqlType.TEXT,
        ColumnRef.Storage.JSON), java.util.List.of());
  }

  @Override
  public String toString() {
    return "Table[" + ref + ", " + scope + "]";
  }
}
