package dev.grainline.dsl;

import dev.grainline.internal.model.EntitySource;
import dev.grainline.internal.model.JoinType;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.assembly.Declared;
import dev.grainline.internal.model.assembly.DslValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A source under construction; immutable, every join step returns a new one. */
final class SourceImpl implements Source, DslValue {
  private final EntitySource source;

  SourceImpl(EntitySource source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  static SourceImpl from(Table table) {
    return new SourceImpl(new EntitySource(ref(table), List.of()));
  }

  @Override
  public Declared declared() {
    return new Declared.Source(source);
  }

  static TableRef ref(Table table) {
    if (Arguments.notNull("the table", table) instanceof TableImpl impl) {
      return impl.ref();
    }
    throw new IllegalArgumentException("not a Grainline table: " + table);
  }

  private JoinStep step(Table table, JoinType type) {
    TableRef joined = ref(table);
    return condition -> {
      List<EntitySource.Join> joins = new ArrayList<>(source.joins());
      joins.add(new EntitySource.Join(joined, type, Arguments.of(condition)));
      return new SourceImpl(new EntitySource(source.from(), joins));
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
