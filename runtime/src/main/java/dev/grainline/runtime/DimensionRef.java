package dev.grainline.runtime;

import dev.grainline.internal.model.RolePath;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A dimension attribute of a catalog, optionally through a role path, with the Java type of its values:
 * {@code StoreCatalog.DATE_WEEK_ORDER} is {@code v3.date.week[order]}, a {@code DimensionRef<Integer>}.
 */
public final class DimensionRef<T> extends Refs<T> {
  private final AttributeRef ref;
  private final Class<T> type;

  private DimensionRef(AttributeRef ref, Class<T> type) {
    this.ref = Objects.requireNonNull(ref, "ref");
    this.type = Objects.requireNonNull(type, "type");
  }

  /** {@code of("v3.date", "week", Integer.class, "order")} is {@code v3.date.week[order]}. */
  public static <T> DimensionRef<T> of(String entity, String attribute, Class<T> type, String... roles) {
    Arguments.present(entity, "DimensionRef.of()", "entity");
    Arguments.present(attribute, "DimensionRef.of()", "attribute");
    Arguments.present(type, "DimensionRef.of()", "type");
    Arguments.elements(roles, "DimensionRef.of()", "roles");
    Optional<RolePath> path = roles.length == 0 ? Optional.empty() : Optional.of(new RolePath(Arrays.asList(roles)));
    return new DimensionRef<>(new AttributeRef(entity, attribute, path), type);
  }

  AttributeRef ref() {
    return ref;
  }

  /** The name as users write it, "v3.date.week[order]". */
  public String name() {
    return ref.toString();
  }

  public Class<T> type() {
    return type;
  }

  /** SQL LIKE, with {@code %} and {@code _} wildcards. */
  public Filter like(String pattern) {
    return new Filter(new Node.Like(ref, literal(pattern), false));
  }

  @Override
  Node node() {
    return ref;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DimensionRef<?> other && other.ref.equals(ref);
  }

  @Override
  public int hashCode() {
    return ref.hashCode();
  }

  @Override
  public String toString() {
    return name();
  }
}
