package dev.grainline.internal.model;

import java.util.List;
import java.util.Objects;

/**
 * The roles of the links a dimension reference travels through, as in {@code v3.location.country[customer->home]}.
 * Links without a role add nothing, so the path from an order to its product, over one role-less link, is empty.
 */
public record RolePath(List<String> roles) {
  public static final RolePath EMPTY = new RolePath(List.of());

  public RolePath {
    roles = List.copyOf(roles);
    for (String role : roles) {
      Objects.requireNonNull(role, "role");
    }
  }

  public static RolePath of(String... roles) {
    return new RolePath(List.of(roles));
  }

  /** Parses "customer->home"; the empty string is the empty path. */
  public static RolePath parse(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return EMPTY;
    }
    return new RolePath(java.util.Arrays.stream(trimmed.split("->", -1)).map(String::strip).toList());
  }

  public boolean isEmpty() {
    return roles.isEmpty();
  }

  /** "customer->home". */
  @Override
  public String toString() {
    return String.join("->", roles);
  }

  /** "[customer->home]", or "[]" for the empty path. */
  public String bracketed() {
    return "[" + this + "]";
  }
}
