package dev.grainline.runtime.derived;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Metrics;

/** A measure whose rows a derived attribute selects: the revenue of customers who ordered more than once. */
@Metrics
public final class RepeatMetrics {
  public static final Measure<Long> REPEAT_REVENUE = sum(Orders.AMOUNT).filter(Customer.LIFETIME_ORDERS.ge(2L));

  private RepeatMetrics() {}
}
