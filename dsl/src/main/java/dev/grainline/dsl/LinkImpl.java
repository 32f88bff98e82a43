package dev.grainline.dsl;

import dev.grainline.internal.model.Cardinality;
import dev.grainline.internal.model.JoinType;
import dev.grainline.internal.model.assembly.AttributeDecl;
import dev.grainline.internal.model.assembly.Declared;
import dev.grainline.internal.model.assembly.DslValue;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.validation.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A link: its source columns, the dimension key attributes they hold, and how it joins. */
final class LinkImpl implements Link, DslValue {
  private final List<Node> from;
  private final List<AttributeDecl> to;
  private final Optional<String> role;
  private final JoinType joinType;
  private final Cardinality cardinality;

  LinkImpl(
      List<Node> from, List<AttributeDecl> to, Optional<String> role, JoinType joinType, Cardinality cardinality) {
    this.from = List.copyOf(from);
    this.to = List.copyOf(to);
    this.role = Objects.requireNonNull(role, "role");
    this.joinType = Objects.requireNonNull(joinType, "joinType");
    this.cardinality = Objects.requireNonNull(cardinality, "cardinality");
  }

  /** The first half of {@code link(...).to(...)}. */
  static From from(Column<?>... columns) {
    Arguments.notNull("the link's columns", columns);
    if (columns.length == 0) {
      throw Message.LINK_COLUMNS.definitionError();
    }
    List<Node> nodes = new ArrayList<>();
    for (Column<?> column : columns) {
      nodes.add(Arguments.of(column));
    }
    return keys -> {
      Arguments.notNull("the dimension key", keys);
      if (keys.length == 0) {
        throw Message.LINK_KEYS.definitionError();
      }
      List<AttributeDecl> targets = new ArrayList<>();
      for (Attribute<?> key : keys) {
        if (!(Arguments.notNull("a key attribute", key) instanceof AttributeImpl<?> attribute)) {
          throw new IllegalArgumentException("not a Grainline attribute: " + key);
        }
        if (attribute.rolePath().isPresent()) {
          throw Message.LINK_KEY_ROLE.definitionError();
        }
        targets.add(attribute.decl());
      }
      return new LinkImpl(nodes, targets, Optional.empty(), JoinType.LEFT, Cardinality.MANY_TO_ONE);
    };
  }

  /** The columns that hold the dimension's key, in the order of its key attributes: the entity as a tuple. */
  List<Node> fromColumns() {
    return from;
  }

  @Override
  public Declared declared() {
    return new Declared.Link(from, to, role, joinType, cardinality);
  }

  @Override
  public Link role(String newRole) {
    if (newRole == null || !newRole.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw Message.ROLE_NAME.definitionError(newRole);
    }
    return new LinkImpl(from, to, Optional.of(newRole), joinType, cardinality);
  }

  @Override
  public Link inner() {
    return new LinkImpl(from, to, role, JoinType.INNER, cardinality);
  }

  @Override
  public Link oneToOne() {
    return new LinkImpl(from, to, role, joinType, Cardinality.ONE_TO_ONE);
  }

  @Override
  public Link oneToMany() {
    return new LinkImpl(from, to, role, joinType, Cardinality.ONE_TO_MANY);
  }

  @Override
  public Link manyToMany() {
    return new LinkImpl(from, to, role, joinType, Cardinality.MANY_TO_MANY);
  }

  @Override
  public String toString() {
    return "Link[" + from + " -> " + to + role.map(r -> " [" + r + "]").orElse("") + "]";
  }
}
