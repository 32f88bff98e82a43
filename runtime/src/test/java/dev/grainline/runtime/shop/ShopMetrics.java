package dev.grainline.runtime.shop;

import dev.grainline.dsl.Metric;
import dev.grainline.dsl.Metrics;

@Metrics
public final class ShopMetrics {
  public static final Metric<Double> SALES_PER_VISIT = Sales.SALES.div(Visits.VISITS);
  public static final Metric<Double> REVENUE_PER_VISITOR = Sales.REVENUE.div(Visits.VISITORS);

  private ShopMetrics() {}
}
