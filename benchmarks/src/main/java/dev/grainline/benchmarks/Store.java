package dev.grainline.benchmarks;

import dev.grainline.runtime.DimensionRef;
import dev.grainline.runtime.MetricRef;

/**
 * The store catalog's metrics and dimensions used by the benchmarks, as typed references (what the annotation
 * processor's generated {@code StoreCatalog} will hold once it lands).
 */
final class Store {
  private Store() {}

  // order_details (order lines)
  static final MetricRef<Double> TOTAL_REVENUE = MetricRef.of("v3.total_revenue", Double.class);
  static final MetricRef<Long> TOTAL_QUANTITY = MetricRef.of("v3.total_quantity", Long.class);
  static final MetricRef<Long> ORDER_COUNT = MetricRef.of("v3.order_count", Long.class);
  static final MetricRef<Double> AVG_UNIT_PRICE = MetricRef.of("v3.avg_unit_price", Double.class);
  static final MetricRef<Double> TOTAL_UNIT_PRICE = MetricRef.of("v3.total_unit_price", Double.class);
  static final MetricRef<Long> CUSTOMER_COUNT = MetricRef.of("v3.customer_count", Long.class);
  static final MetricRef<Double> MAX_UNIT_PRICE = MetricRef.of("v3.max_unit_price", Double.class);
  static final MetricRef<Double> MIN_UNIT_PRICE = MetricRef.of("v3.min_unit_price", Double.class);
  static final MetricRef<Double> COMPLETED_ORDER_REVENUE = MetricRef.of("v3.completed_order_revenue", Double.class);
  static final MetricRef<Double> PRICE_SPREAD = MetricRef.of("v3.price_spread", Double.class);
  static final MetricRef<Double> UNIT_PRICE_STDDEV = MetricRef.of("v3.unit_price_stddev", Double.class);

  // page_views_enriched
  static final MetricRef<Long> PAGE_VIEW_COUNT = MetricRef.of("v3.page_view_count", Long.class);
  static final MetricRef<Long> PRODUCT_VIEW_COUNT = MetricRef.of("v3.product_view_count", Long.class);
  static final MetricRef<Long> SESSION_COUNT = MetricRef.of("v3.session_count", Long.class);
  static final MetricRef<Long> VISITOR_COUNT = MetricRef.of("v3.visitor_count", Long.class);
  static final MetricRef<Long> PRODUCT_SESSION_COUNT = MetricRef.of("v3.product_session_count", Long.class);

  // derived, within one fact and across both
  static final MetricRef<Double> AVG_ORDER_VALUE = MetricRef.of("v3.avg_order_value", Double.class);
  static final MetricRef<Double> PAGES_PER_SESSION = MetricRef.of("v3.pages_per_session", Double.class);
  static final MetricRef<Double> CONVERSION_RATE = MetricRef.of("v3.conversion_rate", Double.class);
  static final MetricRef<Double> REVENUE_PER_PAGE_VIEW = MetricRef.of("v3.revenue_per_page_view", Double.class);

  // window metrics (issue 3): period over period and trailing, over the calendar v3.date
  static final MetricRef<Double> WOW_REVENUE_CHANGE = MetricRef.of("v3.wow_revenue_change", Double.class);
  static final MetricRef<Double> TRAILING_7D_REVENUE = MetricRef.of("v3.trailing_7d_revenue", Double.class);
  static final MetricRef<Double> TRAILING_28D_REVENUE = MetricRef.of("v3.trailing_28d_revenue", Double.class);
  static final MetricRef<Double> WOW_CONVERSION_RATE_CHANGE =
      MetricRef.of("v3.wow_conversion_rate_change", Double.class);
  static final MetricRef<Long> TRAILING_7D_VISITORS = MetricRef.of("v3.trailing_7d_visitors", Long.class);

  static final DimensionRef<String> STATUS = DimensionRef.of("v3.order_details", "status", String.class);
  static final DimensionRef<String> CATEGORY = DimensionRef.of("v3.product", "category", String.class);
  static final DimensionRef<Integer> YEAR = DimensionRef.of("v3.date", "year", Integer.class);
  static final DimensionRef<Integer> MONTH = DimensionRef.of("v3.date", "month", Integer.class);
  static final DimensionRef<Integer> DATE_ID = DimensionRef.of("v3.date", "date_id", Integer.class);
}
