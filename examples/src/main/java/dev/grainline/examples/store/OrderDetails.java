package dev.grainline.examples.store;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Column;
import dev.grainline.dsl.Describe;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Metric;
import dev.grainline.dsl.Source;
import dev.grainline.dsl.Table;

/** Order lines: every order joined to its items, one row per line. */
@Fact("v3.order_details")
@Describe("Order lines: orders joined to their items, one row per line.")
public final class OrderDetails {
  static final Table O = table("v3.orders").as("o");
  static final Table OI = table("v3.order_items").as("oi");
  static final Source SOURCE = from(O).join(OI).on(O.intCol("order_id").eq(OI.intCol("order_id")));

  public static final Attribute<Integer> ORDER_ID = key(O.intCol("order_id"));
  public static final Attribute<Integer> LINE_NUMBER = key(OI.intCol("line_number"));

  @Describe("The order's status: completed, pending, cancelled...")
  public static final Attribute<String> STATUS = attribute(O.textCol("status"));

  static final Column<Integer> CUSTOMER_ID = O.intCol("customer_id");
  static final Column<Integer> ORDER_DATE = O.intCol("order_date");
  static final Column<Integer> PRODUCT_ID = OI.intCol("product_id");
  static final Column<Integer> QUANTITY = OI.intCol("quantity");
  static final Column<Double> UNIT_PRICE = OI.doubleCol("unit_price");
  static final Column<Double> LINE_TOTAL = QUANTITY.times(UNIT_PRICE);

  static final Link CUSTOMER = link(CUSTOMER_ID).to(Customer.CUSTOMER_ID).role("customer");
  static final Link ORDER = link(ORDER_DATE).to(Dates.DATE_ID).role("order");
  static final Link FROM = link(O.intCol("from_location_id")).to(Location.LOCATION_ID).role("from");
  static final Link TO = link(O.intCol("to_location_id")).to(Location.LOCATION_ID).role("to");
  static final Link PRODUCT = link(PRODUCT_ID).to(Product.PRODUCT_ID);

  @Describe(value = "Revenue: quantity times unit price, summed over order lines.", unit = "USD", format = "#,##0.00")
  public static final Measure<Double> TOTAL_REVENUE = sum(LINE_TOTAL);

  @Describe(value = "Units ordered.", unit = "units")
  public static final Measure<Long> TOTAL_QUANTITY = sum(QUANTITY);

  @Describe(value = "Distinct orders.", unit = "orders")
  public static final Measure<Long> ORDER_COUNT = countDistinct(ORDER_ID);

  @Describe(value = "Mean unit price of order lines.", unit = "USD", format = "#,##0.00")
  public static final Measure<Double> AVG_UNIT_PRICE = avg(UNIT_PRICE);

  @Describe(value = "Sum of the unit prices of order lines.", unit = "USD")
  public static final Measure<Double> TOTAL_UNIT_PRICE = sum(UNIT_PRICE);

  @Describe(value = "Distinct ordering customers; approximate on engines with a fast estimator.", unit = "customers")
  public static final Measure<Long> CUSTOMER_COUNT = approxCountDistinct(CUSTOMER_ID);

  @Describe(value = "Highest unit price.", unit = "USD")
  public static final Measure<Double> MAX_UNIT_PRICE = max(UNIT_PRICE);

  @Describe(value = "Lowest unit price.", unit = "USD")
  public static final Measure<Double> MIN_UNIT_PRICE = min(UNIT_PRICE);

  @Describe("The product of the line with the highest line total.")
  public static final Measure<Integer> TOP_PRODUCT_BY_REVENUE = maxBy(PRODUCT_ID, LINE_TOTAL);

  @Describe("The product of the earliest order line, where any line has a quantity.")
  public static final Metric<Integer> FIRST_PRODUCT_WHEN_ANY_QUANTITY =
      when(max(QUANTITY).isNotNull(), minBy(PRODUCT_ID, ORDER_DATE));

  @Describe(value = "Revenue of completed orders.", unit = "USD", format = "#,##0.00")
  public static final Measure<Double> COMPLETED_ORDER_REVENUE =
      sum(when(STATUS.eq("completed"), LINE_TOTAL).otherwise(0.0));

  @Describe(value = "Highest minus lowest unit price.", unit = "USD")
  public static final Metric<Double> PRICE_SPREAD = max(UNIT_PRICE).minus(min(UNIT_PRICE));

  @Describe(value = "Sample standard deviation of unit prices.", unit = "USD")
  public static final Measure<Double> UNIT_PRICE_STDDEV = stddevSamp(UNIT_PRICE);

  @Describe("Sample variance of unit prices.")
  public static final Measure<Double> UNIT_PRICE_VARIANCE = varSamp(UNIT_PRICE);

  @Describe(value = "Median unit price of order lines.", unit = "USD")
  public static final Measure<Double> MEDIAN_UNIT_PRICE = median(UNIT_PRICE);

  private OrderDetails() {}
}
