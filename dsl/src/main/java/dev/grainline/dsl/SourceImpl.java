package dev.grainline.dsl;

import dev.grainline.internal.model.EntitySource;
import dev.grainline.internal.model.JoinType;
import dev.grainline.internal.model.assembly.Declared;
import dev.grainline.internal.model.assembly.DslValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A source under construction; immutable, every join step returns a new one. */
final class SourceImpl implements Source, DslValue {
  private final EntitySource source;
  private final List<Declared.Table> tables;

  private SourceImpl(EntitySource source, List<Declared.Table> tables) {
    this.source = Objects.requireNonNull(source, "source");
    this.tables = List.copyOf(tables);
  }

  static SourceImpl from(Table table) {
    Declared.Table from = impl(table).declared();
    return new SourceImpl(new EntitySource(from.table(), List.of()), List.of(from));
  }

  @Override
  public Declared declared() {
    return new Declared.Source(source, tables);
  }

  private static TableImpl impl(Table table) {
    if (Arguments.notNull("the table", table) instanceof TableImpl impl) {
      return impl;
    }
    throw new IllegalArgumentException("not a Grainline table: " + table);
  }

  private JoinStep step(Table table, JoinType type) {
    // The table with its tenant scope: a scope is the table's, and the source is where the model learns it.
    Declared.Table joined = impl(table).declared();
    return condition -> {
      List<EntitySource.Join> joins = new ArrayList<>(source.joins());
      joins.add(new EntitySource.Join(joined.table(), type, Arguments.of(condition)));
      List<Declared.Table> read = new ArrayList<>(tables);
      read.add(joined);
      return new SourceImpl(new EntitySource(source.from(), joins), read);
    };
  }

  @Override
  public JoinStep join(Table table) {
    return step(table, JoinType.INNER);
  }

  @Override
  public JoinStep leftJoin(Table table) {
    return step(table, JoinType.LEFT);
  }

  @Override
  public String toString() {
    return "Source[" + source + "]";
  }

}
