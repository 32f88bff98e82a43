package dev.grainline.examples.store;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Column;
import dev.grainline.dsl.Describe;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Metric;
import dev.grainline.dsl.Table;
import dev.grainline.dsl.annotation.Derived;

/**
 * Inventory counts: a product's units on hand, counted on some days. Stock is semi-additive: it adds up across
 * products, never across days, so its metrics are snapshots of each period.
 */
@Fact("v3.inventory")
@Describe("Inventory counts: units on hand of one product on one day.")
public final class Inventory {
  static final Table I = table("v3.inventory_snapshots");

  static final Column<Integer> UNITS = I.intCol("units_on_hand");

  // No key: a product may be counted twice on one day.
  @Describe("The product counted (it may have no product row).")
  public static final Attribute<Integer> PRODUCT_ID = attribute(I.intCol("product_id"));
  @Describe("The day of the count as yyyymmdd.")
  public static final Attribute<Integer> SNAPSHOT_DATE = attribute(I.intCol("snapshot_date"));

  static final Link PRODUCT = link(PRODUCT_ID).to(Product.PRODUCT_ID);
  static final Link SNAPSHOT = link(SNAPSHOT_DATE).to(Dates.DATE_ID).role("snapshot");

  @Describe(value = "Units on hand: every product's last count in the period, summed.", unit = "units")
  public static final Measure<Long> UNITS_ON_HAND = lastValue(UNITS).per(PRODUCT).over(Dates.DATE_ID);

  @Describe(value = "Opening stock: every product's first count in the period, summed.", unit = "units")
  public static final Measure<Long> OPENING_UNITS_ON_HAND = firstValue(UNITS).per(PRODUCT).over(Dates.DATE_ID);

  @Describe(value = "Every product's least count in the period, summed.", unit = "units")
  public static final Measure<Long> MIN_UNITS_ON_HAND = minValue(UNITS).per(PRODUCT).over(Dates.DATE_ID);

  @Describe(value = "Every product's greatest count in the period, summed.", unit = "units")
  public static final Measure<Long> MAX_UNITS_ON_HAND = maxValue(UNITS).per(PRODUCT).over(Dates.DATE_ID);

  @Describe(value = "Average stock: every product's mean count in the period, summed.", unit = "units")
  public static final Measure<Double> AVG_UNITS_ON_HAND = avgValue(UNITS).per(PRODUCT).over(Dates.DATE_ID);

  @Describe(value = "Units counted on the period's last day with any count, over the products counted that day.",
      unit = "units")
  public static final Measure<Long> UNITS_ON_LAST_COUNT_DAY = lastValue(UNITS).ofTotals().over(Dates.DATE_ID);

  @Describe(value = "Distinct products counted.", unit = "products")
  public static final Measure<Long> COUNTED_PRODUCTS = countDistinct(PRODUCT_ID);

  @Describe(value = "Units on hand per product counted.", unit = "units")
  @Derived
  public static final Metric<Double> UNITS_PER_COUNTED_PRODUCT = UNITS_ON_HAND.div(COUNTED_PRODUCTS);

  @Describe("Units on hand per unit ordered in the period (orders and counts are different facts).")
  @Derived
  public static final Metric<Double> STOCK_COVER = UNITS_ON_HAND.div(OrderDetails.TOTAL_QUANTITY);

  @Describe(value = "Units on hand at the end of the previous calendar month.", unit = "units")
  @Derived
  public static final Metric<Long> UNITS_ON_HAND_LAST_MONTH = lag(UNITS_ON_HAND).over(Dates.MONTH);

  @Describe(value = "Change of the units on hand against the previous calendar month's end.", unit = "units")
  @Derived
  public static final Metric<Long> UNITS_ON_HAND_CHANGE = UNITS_ON_HAND.minus(UNITS_ON_HAND_LAST_MONTH);

  private Inventory() {}
}
