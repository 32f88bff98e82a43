package dev.grainline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.grainline.processor.ProcessorTester.assertOnlyError;
import static dev.grainline.processor.ProcessorTester.assertWarning;
import static dev.grainline.processor.ProcessorTester.at;
import static dev.grainline.processor.ProcessorTester.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Rules over the graph of metrics and links. */
class MetricGraphRulesTest {

  @Test
  void cycleAcrossClassesShowsThePathWithBothMetrics() {
    JavaFileObject orders = ShopModel.orders("""
        public static final Metric<Double> ADJUSTED_REVENUE = ShopMetrics.REVENUE_SHARE.times(REVENUE);
        """);
    JavaFileObject metrics = ShopModel.metrics("""
        public static final Metric<Double> REVENUE_SHARE = Orders.REVENUE.div(Orders.ADJUSTED_REVENUE);
        """);
    // javac indents the continuation lines of a message by two more spaces.
    assertOnlyError(compile(ShopModel.with(orders, metrics)), orders, at(".times(REVENUE)"),
        "[GrainlineCycle] metric shop.adjusted_revenue depends on itself:\n"
            + "      shop.adjusted_revenue (Orders.ADJUSTED_REVENUE)\n"
            + "      uses shop.revenue_share (ShopMetrics.REVENUE_SHARE)\n"
            + "      uses shop.adjusted_revenue");
  }

  @Test
  void noSharedDimension() {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final Metric<Double> REVENUE_PER_VISIT = Orders.REVENUE.div(Visits.VISIT_COUNT);
        """);
    assertOnlyError(compile(ShopModel.with(metrics)), metrics, at(".div("),
        "[GrainlineNoSharedDimension] metric shop.revenue_per_visit combines shop.orders and shop.visits, which"
            + " share no dimension; metrics of different facts are joined on shared dimensions");
  }

  @Test
  void fanOutIsAWarningAndTheCatalogIsStillGenerated() {
    JavaFileObject orders = ShopModel.orders("""
        static final Link GIFTED = link(O.intCol("gift_product_id")).to(Product.PRODUCT_ID).role("gift")
            .manyToMany();
        """);
    Compilation compilation = compile(ShopModel.with(orders));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertWarning(compilation, orders, at("GIFTED ="),
        "[GrainlineFanOut] GIFTED: shop.orders -> shop.product [gift] is many-to-many, so shop.revenue may count"
            + " rows of shop.orders more than once when grouped through it");
    assertThat(compilation).generatedSourceFile("shop.ShopCatalog");
  }
}
