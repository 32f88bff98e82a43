package dev.grainline.dsl;

/**
 * A derived attribute's value, {@link Grainline#perEntity}: a measure over the rows of a fact that link to one row
 * of the dimension whose attribute it is. Use it like any column in that attribute ({@code
 * attribute(perEntity(min(ORDERED_AT)).truncatedTo(MONTH))} is a month time attribute like any truncation).
 */
public interface PerEntity<T> extends Column<T> {
  /**
   * The fact's rows reached through links with these roles, in order, when the fact links to the dimension more
   * than once: {@code perEntity(count()).via("buyer")}.
   */
  Column<T> via(String... roles);
}
