package dev.grainline.runtime.golden;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Column;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Metric;
import dev.grainline.dsl.Table;

/** Stock counts, per product and day: snapshots, by both rules, and a lag of one. */
@Fact("golden.stock")
public final class Stock {
  static final Table S = table("golden.stock_counts");
  static final Column<Integer> UNITS = S.intCol("units");

  static final Link DAY = link(S.intCol("count_date")).to(Calendar.DATE_ID).role("counted");
  static final Link PRODUCT = link(S.intCol("product_id")).to(Product.PRODUCT_ID);

  public static final Measure<Long> ON_HAND = lastValue(UNITS).per(PRODUCT).over(Calendar.DATE_ID);
  public static final Measure<Double> AVERAGE_ON_HAND = avgValue(UNITS).per(PRODUCT).over(Calendar.DATE_ID);
  public static final Measure<Long> LAST_DAY_TOTAL = lastValue(UNITS).ofTotals().over(Calendar.DATE_ID);
  public static final Metric<Long> ON_HAND_LAST_MONTH = lag(ON_HAND).over(Calendar.MONTH);

  private Stock() {}
}
