package dev.grainline.runtime.shop;

import static dev.grainline.dsl.Grainline.param;
import static dev.grainline.dsl.Grainline.query;

import dev.grainline.dsl.Metric;
import dev.grainline.dsl.Metrics;
import dev.grainline.dsl.NamedQuery;
import java.time.LocalDate;

@Metrics
public final class ShopMetrics {
  public static final Metric<Double> SALES_PER_VISIT = Sales.SALES.div(Visits.VISITS);
  public static final Metric<Double> REVENUE_PER_VISITOR = Sales.REVENUE.div(Visits.VISITORS);

  /** A tile with pickers: revenue and sales by region, of one channel, in a range of days, above some revenue. */
  public static final NamedQuery CHANNEL_BY_REGION = query(Sales.REVENUE, Sales.SALES).by(Region.NAME)
      .where(Sales.CHANNEL.eq(param("channel", String.class))
          .and(Day.DATE.between(param("from", LocalDate.class), param("to", LocalDate.class))))
      .having(Sales.REVENUE.ge(param("min_revenue", Double.class)))
      .orderBy(Region.NAME.asc());

  private ShopMetrics() {}
}
