package dev.grainline.runtime.derived;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Column;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;
import java.time.LocalDate;

/** Orders of customers; some of a customer that the customers table lacks, one of no customer. */
@Fact("dv.orders")
public final class Orders {
  static final Table O = table("dv.orders");

  // Columns and attributes before the link: Customer's derived attributes read them while this class initializes.
  public static final Attribute<Integer> ORDER_ID = key(O.intCol("order_id"));
  static final Column<Integer> AMOUNT = O.intCol("amount");
  static final Column<LocalDate> ORDERED_ON = O.dateCol("ordered_on");
  public static final Attribute<String> STATUS = attribute(O.textCol("status"));

  static final Link CUSTOMER = link(O.intCol("customer_id")).to(Customer.CUSTOMER_ID);

  public static final Measure<Long> REVENUE = sum(AMOUNT);
  public static final Measure<Long> ORDER_COUNT = count();

  private Orders() {}
}
