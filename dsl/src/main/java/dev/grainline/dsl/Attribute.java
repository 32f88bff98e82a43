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

  /**
   * Makes this attribute a time attribute: each of its values names the period of {@code grain} that contains
   * {@code date}, a date or timestamp column of the same table. For calendar tables whose periods are integer
   * columns: {@code WEEK = attribute(D.intCol("week")).periodOf(WEEK, D.timestampCol("date_value"))}. Windows
   * compare periods by their dates, so integer weeks that restart every year still have the right predecessor.
   */
  Attribute<T> periodOf(dev.grainline.dsl.TimeGrain grain, Column<?> date);
}
