package dev.grainline.examples.store;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Describe;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Table;

/** Places: where orders ship from and to, and where customers live. */
@Dimension("v3.location")
@Describe("Locations.")
public final class Location {
  static final Table L = table("v3.locations");

  public static final Attribute<Integer> LOCATION_ID = key(L.intCol("location_id"));
  public static final Attribute<String> POSTAL_CODE = attribute(L.textCol("postal_code"));
  public static final Attribute<String> CITY = attribute(L.textCol("city"));
  public static final Attribute<String> REGION = attribute(L.textCol("region"));
  public static final Attribute<String> COUNTRY = attribute(L.textCol("country"));

  private Location() {}
}
