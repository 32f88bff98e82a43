package dev.grainline.benchmarks;

import static dev.grainline.benchmarks.Store.*;

import dev.grainline.examples.StoreModel;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.query.QuerySpec;
import dev.grainline.internal.model.text.QueryText;
import dev.grainline.runtime.CatalogSupport;
import dev.grainline.runtime.DimensionRef;
import dev.grainline.runtime.MetricRef;
import dev.grainline.runtime.SemanticLayer;
import dev.grainline.runtime.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The requests the planning benchmark plans: three scenarios of the reference implementation's acceptance set
 * (shared/reference/datajunction.md §3.4), a wide dashboard request and a request of window metrics. Each carries a
 * dimension filter, {@code v3.date.year >= ?}, whose value changes from one call to the next, so the cached path sees
 * the same shape with new values, as a dashboard does.
 */
public enum PlanningScenario {
  /** S1: one SUM by a local dimension; a single grain group. */
  S1(List.of(TOTAL_REVENUE), List.of(STATUS)),
  /** S5: two metrics of two facts by a shared dimension; two grain groups and a full join. */
  S5(List.of(TOTAL_REVENUE, PAGE_VIEW_COUNT), List.of(CATEGORY)),
  /** S7: a ratio whose numerator and denominator come from different facts. */
  S7(List.of(CONVERSION_RATE), List.of(CATEGORY)),
  /** 20 metrics across both facts (11 of order lines, 5 of page views, 4 derived, 2 of them cross-fact) by 3 dimensions. */
  WIDE20(List.of(
      TOTAL_REVENUE, TOTAL_QUANTITY, ORDER_COUNT, AVG_UNIT_PRICE, TOTAL_UNIT_PRICE, CUSTOMER_COUNT, MAX_UNIT_PRICE,
      MIN_UNIT_PRICE, COMPLETED_ORDER_REVENUE, PRICE_SPREAD, UNIT_PRICE_STDDEV,
      PAGE_VIEW_COUNT, PRODUCT_VIEW_COUNT, SESSION_COUNT, VISITOR_COUNT, PRODUCT_SESSION_COUNT,
      AVG_ORDER_VALUE, PAGES_PER_SESSION, CONVERSION_RATE, REVENUE_PER_PAGE_VIEW),
      List.of(CATEGORY, YEAR, MONTH)),
  /**
   * Four window metrics over both facts (issue 3) by day and category: two week-over-week changes (one of them of the
   * cross-fact conversion rate) and two trailing 7-day windows, one per fact (revenue, and distinct visitors). The plan
   * has two grain groups at the query grain combined in a base, and per window and fact a partial aggregate merged over
   * each row's frame.
   */
  WINDOWS4(List.of(WOW_REVENUE_CHANGE, TRAILING_7D_REVENUE, WOW_CONVERSION_RATE_CHANGE, TRAILING_7D_VISITORS),
      List.of(DATE_ID, CATEGORY));

  /** The target for the median of (a) scratch, in µs. */
  double scratchTargetMicros() {
    return switch (this) {
      case S1, S5, S7 -> 200;
      case WINDOWS4 -> 1000;
      case WIDE20 -> 2000;
    };
  }

  /** The filter values the benchmark cycles through: eight, so a branch predictor cannot learn one. */
  static final int FIRST_YEAR = 2019;
  static final int YEARS = 8;

  private final List<MetricRef<?>> metrics;
  private final List<DimensionRef<?>> dimensions;

  PlanningScenario(List<MetricRef<?>> metrics, List<DimensionRef<?>> dimensions) {
    this.metrics = metrics;
    this.dimensions = dimensions;
  }

  public List<MetricRef<?>> metrics() {
    return metrics;
  }

  /** The request as an application writes it, with its filter value. */
  public TypedQuery query(SemanticLayer layer, int fromYear) {
    return layer.query(metrics.toArray(MetricRef<?>[]::new))
        .by(dimensions.toArray(DimensionRef<?>[]::new))
        .where(YEAR.ge(fromYear));
  }

  /**
   * The request's shape, as the engine plans it: the filter value is parameter 0 ({@code Node.Param}), which the
   * renderer makes a bind value. (A literal would be inlined into the SQL.)
   */
  public QuerySpec shape() {
    Model model = CatalogSupport.modelOf(StoreModel.model());
    Node where = QueryText.filter(YEAR.name() + " >= " + FIRST_YEAR, model).value();
    AtomicInteger slot = new AtomicInteger();
    Node parameterized = Nodes.rewrite(where, node -> node instanceof Node.Literal literal
        ? Optional.of(new Node.Param(slot.getAndIncrement(), literal.type()))
        : Optional.empty());
    return new QuerySpec(metrics.stream().map(MetricRef::name).toList(),
        dimensions.stream().map(d -> QueryText.dimension(d.name(), model).value()).toList(),
        Optional.of(parameterized), Optional.empty(), List.of(),
        OptionalLong.empty());
  }
}
