package dev.grainline.examples.store;

import static dev.grainline.dsl.Grainline.*;
import static dev.grainline.examples.store.OrderDetails.*;
import static dev.grainline.examples.store.PageViewsEnriched.*;

import dev.grainline.dsl.Describe;
import dev.grainline.dsl.Metric;
import dev.grainline.dsl.Metrics;
import dev.grainline.dsl.NamedQuery;
import dev.grainline.dsl.annotation.Derived;

/** Metrics over metrics, within one fact and across orders and page views; and the store's dashboard queries. */
@Metrics
public final class StoreMetrics {
  @Describe(value = "Revenue per order.", unit = "USD", format = "#,##0.00")
  @Derived
  public static final Metric<Double> AVG_ORDER_VALUE = TOTAL_REVENUE.div(ORDER_COUNT);

  @Describe(value = "Units per order.", unit = "units")
  @Derived
  public static final Metric<Double> AVG_ITEMS_PER_ORDER = TOTAL_QUANTITY.div(ORDER_COUNT);

  @Describe(value = "Revenue per ordering customer.", unit = "USD")
  @Derived
  public static final Metric<Double> REVENUE_PER_CUSTOMER = TOTAL_REVENUE.div(CUSTOMER_COUNT);

  @Describe(value = "Page views per session.", unit = "views")
  @Derived
  public static final Metric<Double> PAGES_PER_SESSION = PAGE_VIEW_COUNT.div(SESSION_COUNT);

  @Describe("Orders per visiting customer (orders and page views are different facts).")
  @Derived
  public static final Metric<Double> CONVERSION_RATE = ORDER_COUNT.div(VISITOR_COUNT);

  @Describe(value = "Revenue per visiting customer.", unit = "USD")
  @Derived
  public static final Metric<Double> REVENUE_PER_VISITOR = TOTAL_REVENUE.div(VISITOR_COUNT);

  @Describe(value = "Revenue per page view.", unit = "USD")
  @Derived
  public static final Metric<Double> REVENUE_PER_PAGE_VIEW = TOTAL_REVENUE.div(PAGE_VIEW_COUNT);

  @Describe(value = "Price spread as a percentage of the average unit price.", unit = "%")
  @Derived
  public static final Metric<Double> PRICE_SPREAD_PCT =
      MAX_UNIT_PRICE.minus(MIN_UNIT_PRICE).div(AVG_UNIT_PRICE).times(100);

  @Describe("Average order value indexed to 50 = 100.")
  @Derived
  public static final Metric<Double> AOV_GROWTH_INDEX = AVG_ORDER_VALUE.div(50.0).times(100);

  @Describe("Average order value per page viewed in a session.")
  @Derived
  public static final Metric<Double> EFFICIENCY_RATIO = AVG_ORDER_VALUE.div(PAGES_PER_SESSION);

  /** Revenue and orders by product category, largest first. */
  public static final NamedQuery REVENUE_BY_CATEGORY =
      query(TOTAL_REVENUE, ORDER_COUNT, AVG_ORDER_VALUE)
          .by(Product.CATEGORY)
          .orderBy(TOTAL_REVENUE.desc());

  /** Conversion by month of the order (and page view) date. */
  public static final NamedQuery CONVERSION_BY_MONTH =
      query(ORDER_COUNT, VISITOR_COUNT, CONVERSION_RATE)
          .by(Dates.YEAR, Dates.MONTH)
          .orderBy(Dates.YEAR.asc(), Dates.MONTH.asc());

  /** Revenue by the customer's home country, completed orders only. */
  public static final NamedQuery REVENUE_BY_HOME_COUNTRY =
      query(TOTAL_REVENUE, ORDER_COUNT)
          .by(Location.COUNTRY.via("customer", "home"))
          .where(STATUS.eq("completed"))
          .orderBy(TOTAL_REVENUE.desc());

  /**
   * A dashboard tile with pickers: one year's revenue and orders by product category, orders of one status, the
   * categories with at least some revenue; largest first. {@code store.revenueByCategoryInYear(2024, "completed",
   * 1000.0)}.
   */
  public static final NamedQuery REVENUE_BY_CATEGORY_IN_YEAR =
      query(TOTAL_REVENUE, ORDER_COUNT)
          .by(Product.CATEGORY)
          .where(Dates.YEAR.eq(param("year", Integer.class)).and(STATUS.eq(param("status", String.class))))
          .having(TOTAL_REVENUE.ge(param("min_revenue", Double.class)))
          .orderBy(TOTAL_REVENUE.desc());

  private StoreMetrics() {}
}
