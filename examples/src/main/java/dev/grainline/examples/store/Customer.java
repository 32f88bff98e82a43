package dev.grainline.examples.store;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Describe;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Table;

/** Customers, with their registration date and home location. */
@Dimension("v3.customer")
@Describe("Customers.")
public final class Customer {
  static final Table C = table("v3.customers");

  public static final Attribute<Integer> CUSTOMER_ID = key(C.intCol("customer_id"));
  public static final Attribute<String> NAME = attribute(C.textCol("name"));
  public static final Attribute<String> EMAIL = attribute(C.textCol("email"));

  static final Link REGISTRATION = link(C.intCol("registration_date")).to(Dates.DATE_ID).role("registration");
  static final Link HOME = link(C.intCol("location_id")).to(Location.LOCATION_ID).role("home");

  private Customer() {}
}
