package dev.grainline.dsl;

import dev.grainline.internal.model.RolePath;
import dev.grainline.internal.model.assembly.AttributeDecl;
import dev.grainline.internal.model.assembly.Declared;
import dev.grainline.internal.model.expr.Node.DeclRef;
import dev.grainline.internal.model.validation.Message;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * An attribute, or an attribute reached through a role path. Every view of one declared attribute shares its
 * {@link AttributeDecl}, which is what the model assembler names.
 */
final class AttributeImpl<T> extends ColumnImpl<T> implements Attribute<T> {
  private final AttributeDecl decl;
  private final Optional<RolePath> rolePath;

  AttributeImpl(AttributeDecl decl, Optional<RolePath> rolePath) {
    super(new DeclRef(decl, rolePath));
    this.decl = Objects.requireNonNull(decl, "decl");
    this.rolePath = Objects.requireNonNull(rolePath, "rolePath");
  }

  AttributeDecl decl() {
    return decl;
  }

  Optional<RolePath> rolePath() {
    return rolePath;
  }

  @Override
  public Declared declared() {
    return new Declared.Attribute(decl, rolePath, node());
  }

  @Override
  public Attribute<T> via(String... roles) {
    Arguments.notNull("the roles", roles);
    if (roles.length == 0) {
      throw Message.NO_ROLE.definitionError();
    }
    for (String role : roles) {
      if (role == null || role.isBlank() || role.contains("->") || role.contains("[") || role.contains("]")) {
        throw Message.ROLE_PATH_SEGMENT.definitionError(role);
      }
    }
    return new AttributeImpl<>(decl, Optional.of(new RolePath(Arrays.asList(roles))));
  }

  @Override
  public Attribute<T> periodOf(TimeGrain grain, Column<?> date) {
    Arguments.notNull("the grain", grain);
    Arguments.notNull("the date", date);
    return new AttributeImpl<>(decl.withPeriod(grain, Arguments.of(date)), rolePath);
  }
}
