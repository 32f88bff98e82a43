package dev.grainline.dsl;

import dev.grainline.internal.model.RolePath;
import dev.grainline.internal.model.aggregate.SemiAdditive;
import dev.grainline.internal.model.assembly.Declared;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.DeclRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot measure being declared: the value, then the rule and its entity, then the time. The aggregate's
 * arguments are the value, the time, and the entity's key attributes ({@link SemiAdditive}).
 */
final class SnapshotImpl implements Snapshot {
  private final SemiAdditive.Pick pick;
  private final Node value;

  SnapshotImpl(SemiAdditive.Pick pick, Expr<?> value) {
    this.pick = Objects.requireNonNull(pick, "pick");
    this.value = Arguments.of(value);
  }

  /** The link's dimension key, reached through the link's role: what {@code per(Product.PRODUCT_ID)} names. */
  @Override
  public Over per(Link entity) {
    if (!(Arguments.notNull("the entity's link", entity) instanceof LinkImpl link)) {
      throw new IllegalArgumentException("not a Grainline link: " + entity);
    }
    Declared.Link declared = (Declared.Link) link.declared();
    Optional<RolePath> rolePath = declared.role().map(RolePath::of);
    List<Node> keys = new ArrayList<>();
    declared.to().forEach(key -> keys.add(new DeclRef(key, rolePath)));
    return new Ruled(SemiAdditive.Scope.PER_ENTITY, keys);
  }

  @Override
  public Over per(Attribute<?> entityKey) {
    return new Ruled(SemiAdditive.Scope.PER_ENTITY, List.of(Arguments.of(Arguments.notNull("the entity's key",
        entityKey))));
  }

  @Override
  public Over ofTotals() {
    return new Ruled(SemiAdditive.Scope.TOTALS, List.of());
  }

  /** The rule chosen: the measure once the time is given. */
  private final class Ruled implements Over {
    private final SemiAdditive.Scope scope;
    private final List<Node> keys;

    Ruled(SemiAdditive.Scope scope, List<Node> keys) {
      this.scope = scope;
      this.keys = List.copyOf(keys);
    }

    @Override
    public <T> Measure<T> over(Attribute<?> time) {
      List<Node> args = new ArrayList<>();
      args.add(value);
      args.add(Arguments.of(Arguments.notNull("the time attribute", time)));
      args.addAll(keys);
      return new MeasureImpl<>(new Node.DslAggregate(new SemiAdditive(pick, scope), args, Optional.empty()));
    }
  }
}
