package dev.grainline.runtime.shop;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Column;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;

@Fact("shop.sales")
public final class Sales {
  static final Table S = table("shop.sales");
  public static final Attribute<Integer> SALE_ID = key(S.intCol("sale_id"));
  public static final Attribute<String> CHANNEL = attribute(S.textCol("channel"));
  static final Column<Double> AMOUNT = S.doubleCol("amount");
  static final Column<Integer> QTY = S.intCol("qty");
  static final Column<String> CUSTOMER = S.textCol("customer");

  static final Link DAY = link(S.intCol("day_id")).to(Day.DAY_ID).role("sale");
  static final Link REGION = link(S.intCol("region_id")).to(Region.REGION_ID);

  public static final Measure<Double> REVENUE = sum(AMOUNT);
  public static final Measure<Long> UNITS = sum(QTY);
  public static final Measure<Long> SALES = count();
  public static final Measure<Long> PRICED_SALES = count(AMOUNT);
  public static final Measure<Long> CUSTOMERS = countDistinct(CUSTOMER);
  public static final Measure<Double> AVG_AMOUNT = avg(AMOUNT);
  public static final Measure<Double> AVG_QTY = avg(QTY);
  public static final Measure<Double> MIN_AMOUNT = min(AMOUNT);
  public static final Measure<Double> MAX_AMOUNT = max(AMOUNT);
  public static final Measure<Double> AMOUNT_VARIANCE = varSamp(AMOUNT);
  public static final Measure<Double> AMOUNT_POP_VARIANCE = varPop(AMOUNT);
  public static final Measure<Double> AMOUNT_STDDEV = stddevSamp(AMOUNT);
  public static final Measure<Double> AMOUNT_POP_STDDEV = stddevPop(AMOUNT);
  public static final Measure<Double> MEDIAN_AMOUNT = median(AMOUNT);
  public static final Measure<Double> P90_AMOUNT = percentile(AMOUNT, 0.9);
  public static final Measure<String> BIGGEST_CUSTOMER = maxBy(CUSTOMER, AMOUNT);
  public static final Measure<Double> WEB_REVENUE = sum(AMOUNT).filter(CHANNEL.eq("web"));
  public static final Measure<Long> WEB_CUSTOMERS = countDistinct(CUSTOMER).filter(CHANNEL.eq("web"));
  public static final Measure<Double> DISTINCT_AMOUNTS = sumDistinct(AMOUNT);
  /** A conditional aggregate on a dimension attribute: the region is joined in for the filter alone. */
  public static final Measure<Double> NORTH_REVENUE = sum(AMOUNT).filter(Region.NAME.eq("North"));

  private Sales() {}
}
