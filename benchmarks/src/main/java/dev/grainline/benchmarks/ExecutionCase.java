package dev.grainline.benchmarks;

import static dev.grainline.benchmarks.Store.*;

import dev.grainline.examples.data.StoreSchema;
import dev.grainline.runtime.SemanticLayer;
import dev.grainline.runtime.TypedQuery;
import java.util.function.Function;

/**
 * A request of the execution benchmark, and the query a competent engineer would write by hand for the same result:
 * one GROUP BY per fact, joined on the dimension; for a window metric, a window function over the calendar. The
 * hand-written SQL is the same text on PostgreSQL and DuckDB.
 */
public enum ExecutionCase {
  /** S1: revenue by order status. */
  S1_REVENUE_BY_STATUS(
      layer -> layer.query(TOTAL_REVENUE).by(STATUS),
      """
      SELECT o.status, SUM(oi.quantity * oi.unit_price) AS total_revenue
      FROM {s}.orders o
      JOIN {s}.order_items oi ON oi.order_id = o.order_id
      GROUP BY o.status
      ORDER BY o.status NULLS LAST"""),

  /** One fact, several metrics, one of them a COUNT DISTINCT and one a ratio of the other two. */
  SINGLE_FACT_COUNT_DISTINCT(
      layer -> layer.query(TOTAL_REVENUE, ORDER_COUNT, AVG_ORDER_VALUE).by(CATEGORY),
      """
      SELECT p.category,
             SUM(oi.quantity * oi.unit_price) AS total_revenue,
             COUNT(DISTINCT o.order_id) AS order_count,
             SUM(oi.quantity * oi.unit_price) / NULLIF(COUNT(DISTINCT o.order_id), 0) AS avg_order_value
      FROM {s}.orders o
      JOIN {s}.order_items oi ON oi.order_id = o.order_id
      LEFT JOIN {s}.products p ON p.product_id = oi.product_id
      GROUP BY p.category
      ORDER BY p.category NULLS LAST"""),

  /**
   * Orders and page views by product category, and a ratio across them. The engineer's full join matches NULL
   * categories through COALESCE(category, ''): PostgreSQL runs a FULL JOIN only on a hash- or merge-joinable
   * condition, which IS NOT DISTINCT FROM is not; no category is the empty string.
   */
  CROSS_FACT(
      layer -> layer.query(TOTAL_REVENUE, PAGE_VIEW_COUNT, CONVERSION_RATE).by(CATEGORY),
      """
      WITH orders_by_category AS (
        SELECT p.category,
               SUM(oi.quantity * oi.unit_price) AS total_revenue,
               COUNT(DISTINCT o.order_id) AS order_count
        FROM {s}.orders o
        JOIN {s}.order_items oi ON oi.order_id = o.order_id
        LEFT JOIN {s}.products p ON p.product_id = oi.product_id
        GROUP BY p.category
      ),
      views_by_category AS (
        SELECT p.category,
               COUNT(pv.view_id) AS page_view_count,
               COUNT(DISTINCT pv.customer_id) AS visitor_count
        FROM {s}.page_views pv
        LEFT JOIN {s}.products p ON p.product_id = pv.product_id
        GROUP BY p.category
      )
      SELECT COALESCE(o.category, v.category) AS category,
             o.total_revenue,
             COALESCE(v.page_view_count, 0) AS page_view_count,
             CAST(COALESCE(o.order_count, 0) AS DOUBLE PRECISION) / NULLIF(v.visitor_count, 0) AS conversion_rate
      FROM orders_by_category o
      FULL JOIN views_by_category v ON COALESCE(o.category, '') = COALESCE(v.category, '')
      ORDER BY 1 NULLS LAST"""),

  /**
   * Issue 9: revenue by month without a dimension filter, where aggregating the lines by their date key before the
   * calendar join (EagerAggregationRule) is what keeps the generated query level with the hand-written one.
   */
  REVENUE_BY_MONTH(
      layer -> layer.query(TOTAL_REVENUE).by(MONTH),
      """
      SELECT d.month, SUM(oi.quantity * oi.unit_price) AS total_revenue
      FROM {s}.orders o
      JOIN {s}.order_items oi ON oi.order_id = o.order_id
      LEFT JOIN {s}.dates d ON d.date_id = o.order_date
      GROUP BY d.month
      ORDER BY d.month NULLS LAST"""),

  /**
   * Issue 9: the same with a selective filter on a joined dimension (Books, a quarter of the lines). The engineer
   * joins the products, filters, and only then aggregates; pre-aggregating every line by its product and date keys
   * before filtering cost 2.2x this.
   */
  REVENUE_BY_MONTH_SELECTIVE_FILTER(
      layer -> layer.query(TOTAL_REVENUE).by(MONTH).where(CATEGORY.eq("Books")),
      revenueByMonthWhere("p.category = 'Books'")),

  /** Issue 9: the same with a filter on the joined dimension that keeps most lines. */
  REVENUE_BY_MONTH_NON_SELECTIVE_FILTER(
      layer -> layer.query(TOTAL_REVENUE).by(MONTH).where(CATEGORY.ne("Books")),
      revenueByMonthWhere("p.category <> 'Books'")),

  /**
   * Issue 3: revenue of the 28 days up to each day, by day, over a year of orders (BenchDatabase spreads them over
   * one, with closed days). The engineer sums each day, puts the sums on the dense calendar (so that a day without
   * orders is a row with no revenue, not a missing row a ROWS frame would skip), runs a 28-row window over it, and
   * keeps the days that have order lines, as the request's rows are. v3.dates has one row for every day from its
   * first to its last, and every order's day is in it.
   */
  TRAILING_28D_REVENUE_BY_DAY(
      layer -> layer.query(TRAILING_28D_REVENUE).by(DATE_ID),
      """
      WITH daily AS (
        SELECT o.order_date AS date_id, SUM(oi.quantity * oi.unit_price) AS revenue
        FROM {s}.orders o
        JOIN {s}.order_items oi ON oi.order_id = o.order_id
        GROUP BY o.order_date
      ),
      windowed AS (
        SELECT d.date_id,
               daily.date_id IS NOT NULL AS has_orders,
               SUM(daily.revenue) OVER (ORDER BY d.date_value ROWS BETWEEN 27 PRECEDING AND CURRENT ROW)
                   AS trailing_28d_revenue
        FROM {s}.dates d
        LEFT JOIN daily ON daily.date_id = d.date_id
      )
      SELECT date_id, trailing_28d_revenue
      FROM windowed
      WHERE has_orders
      ORDER BY date_id""");

  /** Revenue by month of the lines whose product meets {@code productCondition}: join, filter, then aggregate. */
  private static String revenueByMonthWhere(String productCondition) {
    return """
        SELECT d.month, SUM(oi.quantity * oi.unit_price) AS total_revenue
        FROM {s}.orders o
        JOIN {s}.order_items oi ON oi.order_id = o.order_id
        JOIN {s}.products p ON p.product_id = oi.product_id
        LEFT JOIN {s}.dates d ON d.date_id = o.order_date
        WHERE %s
        GROUP BY d.month
        ORDER BY d.month NULLS LAST""".formatted(productCondition);
  }

  private final Function<SemanticLayer, TypedQuery> request;
  private final String handWritten;

  ExecutionCase(Function<SemanticLayer, TypedQuery> request, String handWritten) {
    this.request = request;
    this.handWritten = handWritten;
  }

  /** The request through Grainline. */
  public TypedQuery query(SemanticLayer layer) {
    return request.apply(layer);
  }

  /** The hand-written SQL over the tables of {@code schema}. */
  public String handWritten(String schema) {
    return handWritten.replace("{s}", StoreSchema.checkName(schema));
  }
}
