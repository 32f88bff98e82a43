package dev.grainline.runtime.derived;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Table;
import java.time.LocalDate;

/** A customer, with attributes derived from its orders. */
@Dimension("dv.customer")
public final class Customer {
  static final Table C = table("dv.customers");

  public static final Attribute<Integer> CUSTOMER_ID = key(C.intCol("customer_id"));
  public static final Attribute<String> COUNTRY = attribute(C.textCol("country"));
  /** Every order of the customer, whatever a query filters. */
  public static final Attribute<Long> LIFETIME_ORDERS = attribute(perEntity(count(Orders.ORDER_ID)));
  /** The month of the customer's first order: a month time attribute. */
  public static final Attribute<LocalDate> FIRST_ORDER_MONTH =
      attribute(perEntity(min(Orders.ORDERED_ON)).truncatedTo(MONTH));
  /** The revenue of the customer's paid orders: the measure restricts its rows, not the query. */
  public static final Attribute<Long> PAID_REVENUE =
      attribute(perEntity(sum(Orders.AMOUNT).filter(Orders.STATUS.eq("paid"))));

  private Customer() {}
}
