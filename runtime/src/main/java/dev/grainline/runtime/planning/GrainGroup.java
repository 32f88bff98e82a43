package dev.grainline.runtime.planning;

import dev.grainline.model.Aggregability;
import dev.grainline.model.EntitySource;
import dev.grainline.model.expr.Expr;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rows of one entity, joined to the dimensions the query needs, filtered, and aggregated to the query grain.
 * A {@link Evaluation#ROLLUP} group first aggregates at {@code grain} plus {@code extraGrain}.
 */
public record GrainGroup(
    String name,
    String entity,
    EntitySource source,
    List<JoinStep> joins,
    List<DimensionColumn> grain,
    List<GrainColumn> extraGrain,
    Optional<Expr> where,
    List<Component> components,
    Evaluation evaluation) {
  public GrainGroup {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(source, "source");
    joins = List.copyOf(joins);
    grain = List.copyOf(grain);
    extraGrain = List.copyOf(extraGrain);
    Objects.requireNonNull(where, "where");
    components = List.copyOf(components);
    Objects.requireNonNull(evaluation, "evaluation");
  }

  /** The worst aggregability of the group's components. */
  public Aggregability aggregability() {
    return components.stream().map(Component::aggregability).reduce(Aggregability.FULL, Aggregability::worst);
  }

  /** An extra grain column of a roll-up: a key attribute or the column a distinct count counts. */
  public record GrainColumn(String alias, Expr expr, String description) {
    public GrainColumn {
      Objects.requireNonNull(alias, "alias");
      Objects.requireNonNull(expr, "expr");
      Objects.requireNonNull(description, "description");
    }
  }
}
