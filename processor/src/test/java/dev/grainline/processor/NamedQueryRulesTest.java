package dev.grainline.processor;

import static dev.grainline.processor.ProcessorTester.assertOnlyError;
import static dev.grainline.processor.ProcessorTester.at;
import static dev.grainline.processor.ProcessorTester.compile;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Named queries are validated at compile time with the rules every query is validated with at run time; problems
 * are shown in the clause they are about. Orders reach the date dimension as [ordered], [shipped] and
 * [buyer->registered]; visits reach nothing.
 */
class NamedQueryRulesTest {

  @Test
  void unreachableDimension() {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final NamedQuery BY_CATEGORY =
            query(Orders.REVENUE, Visits.VISIT_COUNT).by(Product.CATEGORY);
        """);
    assertOnlyError(compile(ShopModel.with(metrics)), metrics, at(".CATEGORY"),
        "[GrainlineNoJoinPath] shop.product.category is not reachable from shop.visits (needed by"
            + " shop.visit_count)");
  }

  @Test
  void ambiguousPath() {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final NamedQuery BY_MONTH = query(Orders.REVENUE).by(Dates.MONTH);
        """);
    assertOnlyError(compile(ShopModel.with(metrics)), metrics, at(".MONTH"),
        "[GrainlineAmbiguousJoinPath] shop.date.month is reachable from shop.orders only as [ordered], [shipped] or"
            + " [buyer->registered]; name the role path, as in shop.date.month[ordered]");
  }

  @Test
  void unknownRoleSuggestsTheNearestName() {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final NamedQuery BY_MONTH = query(Orders.REVENUE).by(Dates.MONTH.via("orderd"));
        """);
    assertOnlyError(compile(ShopModel.with(metrics)), metrics, at(".via("),
        "[GrainlineUnknownRole] shop.date.month[orderd]: shop.orders reaches shop.date only as [ordered], [shipped]"
            + " or [buyer->registered]; did you mean [ordered]?");
  }

  @Test
  void emptyQuery() {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final NamedQuery NOTHING = query().by(Product.CATEGORY);
        """);
    assertOnlyError(compile(ShopModel.with(metrics)), metrics, at("NOTHING ="),
        "[GrainlineEmptyQuery] the query requests no metric");
  }

  @Test
  void duplicateRequestIsShownAtTheRepetition() {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final NamedQuery TWICE = query(Orders.REVENUE, Orders.REVENUE);
        """);
    assertOnlyError(compile(ShopModel.with(metrics)), metrics, at(".REVENUE)"),
        "[GrainlineDuplicateRequest] shop.revenue is requested twice");
  }

  @Test
  void metricInWhereIsShownInTheFilter() {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final NamedQuery BIG = query(Orders.REVENUE).by(Product.CATEGORY)
            .where(Orders.REVENUE.gt(100.0));
        """);
    assertOnlyError(compile(ShopModel.with(metrics)), metrics, at(".REVENUE.gt"),
        "[GrainlineFilterLevel] shop.revenue: the where filter applies to rows before aggregation, so it cannot use"
            + " a metric; use having");
  }

  @Test
  void orderByWhatIsNotRequested() {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final NamedQuery TOP = query(Orders.REVENUE).by(Product.CATEGORY)
            .orderBy(Orders.ORDER_COUNT.desc());
        """);
    assertOnlyError(compile(ShopModel.with(metrics)), metrics, at(".ORDER_COUNT"),
        "[GrainlineOrderBy] ORDER BY shop.order_count is not a requested metric or dimension; use one of"
            + " shop.revenue, shop.product.category");
  }
}
