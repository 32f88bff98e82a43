package dev.grainline.dsl;

import dev.grainline.SqlType;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.assembly.Declared;
import dev.grainline.internal.model.assembly.DslValue;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/** A physical table under an alias. */
final class TableImpl implements Table, DslValue {
  private final TableRef ref;

  TableImpl(TableRef ref) {
    this.ref = Objects.requireNonNull(ref, "ref");
  }

  /** Parses "schema.table" or "table". */
  static TableImpl named(String qualifiedName) {
    Arguments.notNull("the table name", qualifiedName);
    int dot = qualifiedName.lastIndexOf('.');
    String schema = dot < 0 ? "" : Arguments.identifier("schema", qualifiedName.substring(0, dot));
    String name = Arguments.identifier("table", qualifiedName.substring(dot + 1));
    return new TableImpl(new TableRef(schema, name, name));
  }

  TableRef ref() {
    return ref;
  }

  @Override
  public Declared declared() {
    return new Declared.Table(ref);
  }

  @Override
  public Table as(String alias) {
    return new TableImpl(new TableRef(ref.schema(), ref.name(), Arguments.identifier("alias", alias)));
  }

  private <T> Column<T> column(String name, SqlType type) {
    return new ColumnImpl<>(new ColumnRef(ref, Arguments.identifier("column", name), type));
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
  public String toString() {
    return "Table[" + ref + "]";
  }
}
