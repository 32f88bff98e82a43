package dev.grainline.runtime.derived;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Column;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;
import java.time.LocalDate;

/** Visits of customers: a second fact, grouped by the attributes the customers derive from their orders. */
@Fact("dv.visits")
public final class Visits {
  static final Table V = table("dv.visits");

  public static final Attribute<Integer> VISIT_ID = key(V.intCol("visit_id"));
  static final Column<LocalDate> VISITED_ON = V.dateCol("visited_on");
  /** Whole months from the customer's first order month (a derived attribute) to the visit's: a cohort offset. */
  public static final Attribute<Integer> MONTHS_SINCE_FIRST_ORDER =
      attribute(VISITED_ON.truncatedTo(MONTH).periodsSince(Customer.FIRST_ORDER_MONTH));

  static final Link CUSTOMER = link(V.intCol("customer_id")).to(Customer.CUSTOMER_ID);

  public static final Measure<Long> VISIT_COUNT = count();

  private Visits() {}
}
