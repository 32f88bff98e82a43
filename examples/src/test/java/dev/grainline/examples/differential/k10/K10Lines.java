package dev.grainline.examples.differential.k10;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Column;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;

/**
 * A test-only fact over the store's order items, for the reference's K10 (SUM(DISTINCT) rendered as COUNT(DISTINCT)):
 * the store model itself has no SUM(DISTINCT) metric.
 */
@Fact("k10.lines")
public final class K10Lines {
  static final Table OI = table("v3.order_items");

  public static final Attribute<Integer> ORDER_ID = key(OI.intCol("order_id"));
  public static final Attribute<Integer> LINE_NUMBER = key(OI.intCol("line_number"));

  static final Column<Double> UNIT_PRICE = OI.doubleCol("unit_price");
  static final Column<Integer> QUANTITY = OI.intCol("quantity");

  static final Link PRODUCT = link(OI.intCol("product_id")).to(K10Product.PRODUCT_ID);

  public static final Measure<Double> DISTINCT_PRICE_SUM = sumDistinct(UNIT_PRICE);
  public static final Measure<Long> DISTINCT_QUANTITY_SUM = sumDistinct(QUANTITY);
  public static final Measure<Long> DISTINCT_PRICES = countDistinct(UNIT_PRICE);
  public static final Measure<Double> PRICE_SUM = sum(UNIT_PRICE);
  public static final Measure<Double> AVG_PRICE = avg(UNIT_PRICE);
  public static final Measure<Double> MEDIAN_PRICE = median(UNIT_PRICE);

  private K10Lines() {}
}
