package dev.grainline.runtime.tenants;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Table;
import java.time.LocalDate;

/** A customer of one account: its id repeats in other accounts, so its key includes the account. */
@Dimension("mt.customer")
public final class Customer {
  static final Table C = table("mt.customers").scopedBy(Account.TENANT);

  public static final Attribute<Integer> ACCOUNT_ID = key(C.intCol("account_id"));
  public static final Attribute<Integer> CUSTOMER_ID = key(C.intCol("customer_id"));
  public static final Attribute<String> COUNTRY = attribute(C.textCol("country"));
  /** Derived from the customer's orders, which are all of its account's: a bound query computes it the same. */
  public static final Attribute<Long> LIFETIME_ORDERS = attribute(perEntity(count(Orders.ORDER_ID)));
  public static final Attribute<LocalDate> FIRST_ORDER_MONTH =
      attribute(perEntity(min(Orders.ORDERED_ON)).truncatedTo(MONTH));

  private Customer() {}
}
