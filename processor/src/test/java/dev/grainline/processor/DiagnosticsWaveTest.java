package dev.grainline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.grainline.processor.ProcessorTester.assertError;
import static dev.grainline.processor.ProcessorTester.assertOnlyError;
import static dev.grainline.processor.ProcessorTester.at;
import static dev.grainline.processor.ProcessorTester.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One compile shows every problem of a model, each where it is, and none that only follows from another: fixing
 * one error never reveals a new one that was there all along, and no error is a consequence of another.
 */
class DiagnosticsWaveTest {

  @Test
  void aWindowErrorDoesNotHideANamedQueryError() {
    JavaFileObject orders = ShopModel.orders("""
        public static final Metric<Double> PREVIOUS = lag(REVENUE).over(STATUS);
        """);
    JavaFileObject metrics = ShopModel.metrics("""
        public static final NamedQuery TOP = query(Orders.REVENUE).by(Product.CATEGORY)
            .orderBy(Orders.ORDER_COUNT.desc());
        """);
    Compilation compilation = compile(ShopModel.with(orders, metrics));
    assertThat(compilation).hadErrorCount(2);
    assertError(compilation, orders, at("STATUS);"), "[GrainlineNotTimeAttribute] shop.previous is over");
    assertError(compilation, metrics, at(".ORDER_COUNT.desc()"), "[GrainlineOrderBy] ORDER BY shop.order_count");
  }

  @Test
  void anEntityErrorDoesNotHideAnUnrelatedMetricError() {
    JavaFileObject visits = ShopModel.visits("""
        @Name("visit_id")
        public static final Attribute<Integer> VISITOR = attribute(V.intCol("visitor_id"));
        """);
    JavaFileObject orders = ShopModel.orders("""
        public static final Measure<Double> STATUS_TOTAL = sum(STATUS);
        """);
    Compilation compilation = compile(ShopModel.with(visits, orders));
    assertThat(compilation).hadErrorCount(2);
    assertError(compilation, visits, at("VISITOR ="), "[GrainlineDuplicateName] attribute shop.visits.visit_id");
    assertError(compilation, orders, at("sum(STATUS)"),
        "[GrainlineTypeMismatch] sum(orders.status): sum needs numbers, not text values");
  }

  @Test
  void aNamedQueryOfAMetricWithAnErrorAddsNoErrorOfItsOwn() {
    JavaFileObject orders = ShopModel.orders("""
        public static final Measure<Double> STATUS_TOTAL = sum(STATUS);
        """);
    JavaFileObject metrics = ShopModel.metrics("""
        public static final Metric<Double> PER_ORDER = Orders.STATUS_TOTAL.div(Orders.ORDER_COUNT);
        public static final NamedQuery TOTALS = query(Orders.STATUS_TOTAL, PER_ORDER).by(Product.CATEGORY);
        """);
    assertOnlyError(compile(ShopModel.with(orders, metrics)), orders, at("sum(STATUS)"),
        "[GrainlineTypeMismatch] sum(orders.status): sum needs numbers, not text values");
  }

  @Test
  void aMistypedRoleInAMeasureFilterGetsADidYouMean() {
    JavaFileObject orders = ShopModel.orders("""
        public static final Measure<Double> JANUARY_REVENUE = sum(PRICE).filter(Dates.MONTH.via("orderd").eq(1));
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at(".via(\"orderd\")"),
        "[GrainlineUnknownRole] shop.date.month[orderd]: shop.orders reaches shop.date only as [ordered], [shipped]"
            + " or [buyer->registered]; did you mean [ordered]?");
  }

  @Test
  void aMistypedRoleInAWindowGetsADidYouMean() {
    JavaFileObject orders = ShopModel.orders("""
        public static final Metric<Double> PREVIOUS_DAY = lag(REVENUE).over(Dates.DAY.via("shiped"));
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at(".via(\"shiped\")"),
        "[GrainlineWindowUnreachable] shop.previous_day is over shop.date.day[shiped], which shop.orders (read by"
            + " shop.revenue) does not reach as [shiped]; it reaches it only as [ordered], [shipped] or"
            + " [buyer->registered]; did you mean [shipped]?");
  }

  @Test
  void aPathWithoutARoleIsNamedSoAndNotAsAnEmptyList() {
    JavaFileObject orders = ShopModel.orders("""
        public static final Measure<Double> GIFT_REVENUE = sum(PRICE).filter(Product.CATEGORY.via("gift").eq("x"));
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at(".via(\"gift\")"),
        "[GrainlineUnknownRole] shop.product.category[gift]: shop.orders reaches shop.product only without a role");
  }
}
