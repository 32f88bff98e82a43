package dev.grainline.dsl;

/**
 * A named, groupable attribute of a fact or dimension ({@code v3.product.category}). Declared with
 * {@link Grainline#attribute} or, for the primary key, {@link Grainline#key}.
 */
public interface Attribute<T> extends Column<T> {
  /**
   * This attribute reached through links with these roles, in order: {@code Location.COUNTRY.via("customer",
   * "home")} is {@code v3.location.country[customer->home]}.
   */
  Attribute<T> via(String... roles);
}
