package dev.grainline.runtime.tenants;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;

/** Visits of an account's customers: a second fact, combined with orders on shared dimensions. */
@Fact("mt.visits")
public final class Visits {
  static final Table V = table("mt.visits").scopedBy(Account.TENANT);

  public static final Attribute<Integer> VISIT_ID = key(V.intCol("visit_id"));

  static final Link ACCOUNT = link(V.intCol("account_id")).to(Account.ACCOUNT_ID);
  static final Link CUSTOMER = link(V.intCol("account_id"), V.intCol("customer_id"))
      .to(Customer.ACCOUNT_ID, Customer.CUSTOMER_ID);

  public static final Measure<Long> VISIT_COUNT = count();

  private Visits() {}
}
