package dev.grainline.examples.differential;

import static dev.grainline.examples.differential.StoreMetric.Fact.ORDERS;
import static dev.grainline.examples.differential.StoreMetric.Fact.VIEWS;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every metric of the store model (OrderDetails, PageViewsEnriched, StoreMetrics, TimeMetrics), written out by
 * hand: its name, the facts whose rows it reads, the Java type of its values and how its value is compared. The
 * oracle computes each one in {@link StoreOracle}, the window metrics in {@link WindowOracle}; this list is checked
 * against the compiled model so that a new metric cannot be forgotten.
 */
public enum StoreMetric {
  // v3.order_details
  TOTAL_REVENUE(Double.class, Check.RELATIVE, ORDERS),
  TOTAL_QUANTITY(Long.class, Check.EXACT, ORDERS),
  ORDER_COUNT(Long.class, Check.EXACT, ORDERS),
  AVG_UNIT_PRICE(Double.class, Check.RELATIVE, ORDERS),
  TOTAL_UNIT_PRICE(Double.class, Check.RELATIVE, ORDERS),
  CUSTOMER_COUNT(Long.class, Check.ESTIMATED, ORDERS),
  MAX_UNIT_PRICE(Double.class, Check.RELATIVE, ORDERS),
  MIN_UNIT_PRICE(Double.class, Check.RELATIVE, ORDERS),
  TOP_PRODUCT_BY_REVENUE(Integer.class, Check.EXACT, ORDERS),
  FIRST_PRODUCT_WHEN_ANY_QUANTITY(Integer.class, Check.EXACT, ORDERS),
  COMPLETED_ORDER_REVENUE(Double.class, Check.RELATIVE, ORDERS),
  PRICE_SPREAD(Double.class, Check.RELATIVE, ORDERS),
  UNIT_PRICE_STDDEV(Double.class, Check.STDDEV, ORDERS),
  UNIT_PRICE_VARIANCE(Double.class, Check.VARIANCE, ORDERS),
  MEDIAN_UNIT_PRICE(Double.class, Check.RELATIVE, ORDERS),
  // v3.page_views_enriched
  PAGE_VIEW_COUNT(Long.class, Check.EXACT, VIEWS),
  PRODUCT_VIEW_COUNT(Long.class, Check.EXACT, VIEWS),
  SESSION_COUNT(Long.class, Check.EXACT, VIEWS),
  VISITOR_COUNT(Long.class, Check.EXACT, VIEWS),
  PRODUCT_SESSION_COUNT(Long.class, Check.EXACT, VIEWS),
  // StoreMetrics: derived, within one fact and across both
  AVG_ORDER_VALUE(Double.class, Check.RELATIVE, ORDERS),
  AVG_ITEMS_PER_ORDER(Double.class, Check.RELATIVE, ORDERS),
  REVENUE_PER_CUSTOMER(Double.class, Check.ESTIMATED, ORDERS),
  PAGES_PER_SESSION(Double.class, Check.RELATIVE, VIEWS),
  CONVERSION_RATE(Double.class, Check.RELATIVE, ORDERS, VIEWS),
  REVENUE_PER_VISITOR(Double.class, Check.RELATIVE, ORDERS, VIEWS),
  REVENUE_PER_PAGE_VIEW(Double.class, Check.RELATIVE, ORDERS, VIEWS),
  PRICE_SPREAD_PCT(Double.class, Check.RELATIVE, ORDERS),
  AOV_GROWTH_INDEX(Double.class, Check.RELATIVE, ORDERS),
  EFFICIENCY_RATIO(Double.class, Check.RELATIVE, ORDERS, VIEWS),
  // TimeMetrics: windows over the calendar, evaluated by WindowOracle; the facts are those of the windowed metric
  WOW_REVENUE_CHANGE(Double.class, Check.RELATIVE, ORDERS),
  WOW_ORDER_GROWTH(Double.class, Check.RELATIVE, ORDERS),
  MOM_REVENUE_CHANGE(Double.class, Check.RELATIVE, ORDERS),
  TRAILING_7D_REVENUE(Double.class, Check.RELATIVE, ORDERS),
  TRAILING_28D_REVENUE(Double.class, Check.RELATIVE, ORDERS),
  TRAILING_7D_REVENUE_INFERRED_DIM(Double.class, Check.RELATIVE, ORDERS),
  TRAILING_WOW_REVENUE_CHANGE(Double.class, Check.RELATIVE, ORDERS),
  WOW_AOV_CHANGE(Double.class, Check.RELATIVE, ORDERS),
  WOW_CONVERSION_RATE_CHANGE(Double.class, Check.RELATIVE, ORDERS, VIEWS),
  REVENUE_MTD(Double.class, Check.RELATIVE, ORDERS),
  REVENUE_YTD(Double.class, Check.RELATIVE, ORDERS),
  TRAILING_7D_VISITORS(Long.class, Check.EXACT, VIEWS);

  /** The window metrics: shown on rows of a time attribute, computed from other periods' rows. */
  private static final Set<StoreMetric> WINDOWS = EnumSet.range(WOW_REVENUE_CHANGE, TRAILING_7D_VISITORS);

  /** The two facts of the store model. */
  public enum Fact {
    ORDERS("v3.order_details"),
    VIEWS("v3.page_views_enriched");

    private final String entity;

    Fact(String entity) {
      this.entity = entity;
    }

    public String entity() {
      return entity;
    }
  }

  /** How a metric's value is compared with the oracle's. */
  public enum Check {
    /** Integers: equal. */
    EXACT,
    /** Doubles: within 1e-9 relative (absolute below 1). */
    RELATIVE,
    /** A sample variance: within 1e-9 of the mean square of its values (see {@link ResultMatcher}). */
    VARIANCE,
    /** A sample standard deviation: its square compared as a variance. */
    STDDEV,
    /**
     * Exact on PostgreSQL; DuckDB's and Trino's HyperLogLog estimates within a tolerance (see
     * {@link ResultMatcher}).
     */
    ESTIMATED
  }

  private final Class<?> javaType;
  private final Check check;
  private final Set<Fact> facts;

  StoreMetric(Class<?> javaType, Check check, Fact first, Fact... more) {
    this.javaType = javaType;
    this.check = check;
    this.facts = EnumSet.of(first, more);
  }

  /** "v3.total_revenue". */
  public String metricName() {
    return "v3." + name().toLowerCase(java.util.Locale.ROOT);
  }

  public Class<?> javaType() {
    return javaType;
  }

  public Check check() {
    return check;
  }

  public Set<Fact> facts() {
    return facts;
  }

  /** Whether this is a window metric of TimeMetrics, which only queries by a time attribute can ask for. */
  public boolean window() {
    return WINDOWS.contains(this);
  }

  /** The metrics that are not windows: every query shape can ask for them. */
  public static List<StoreMetric> plain() {
    return Stream.of(values()).filter(m -> !m.window()).toList();
  }

  /** The window metrics, in declaration order. */
  public static List<StoreMetric> windows() {
    return List.copyOf(WINDOWS);
  }

  public boolean crossFact() {
    return facts.size() > 1;
  }

  /** Whether the value is an estimate on some engine, so that having and order by cannot use it exactly. */
  public boolean approximate() {
    return check == Check.ESTIMATED;
  }

  public static Optional<StoreMetric> byName(String metricName) {
    return Stream.of(values()).filter(m -> m.metricName().equals(metricName)).findFirst();
  }

  public static StoreMetric named(String metricName) {
    return byName(metricName).orElseThrow(() -> new IllegalArgumentException("no store metric " + metricName));
  }

  @Override
  public String toString() {
    return metricName();
  }
}
