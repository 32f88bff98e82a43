package dev.grainline.dsl;

import dev.grainline.internal.model.RolePath;
import dev.grainline.internal.model.expr.Node.DslEntityAggregate;
import dev.grainline.internal.model.validation.Message;
import java.util.Arrays;
import java.util.Optional;

/** {@code perEntity(measure)}, over the fact's one path to the dimension until {@link #via} names the roles. */
final class PerEntityImpl<T> extends ColumnImpl<T> implements PerEntity<T> {
  private final DslEntityAggregate aggregate;

  PerEntityImpl(DslEntityAggregate aggregate) {
    super(aggregate);
    this.aggregate = aggregate;
  }

  @Override
  public Column<T> via(String... roles) {
    Arguments.notNull("the roles", roles);
    if (roles.length == 0) {
      throw Message.NO_ROLE.definitionError();
    }
    for (String role : roles) {
      if (role == null || role.isBlank() || role.contains("->") || role.contains("[") || role.contains("]")) {
        throw Message.ROLE_PATH_SEGMENT.definitionError(role);
      }
    }
    return new ColumnImpl<>(new DslEntityAggregate(aggregate.aggregate(),
        Optional.of(new RolePath(Arrays.asList(roles)))));
  }
}
