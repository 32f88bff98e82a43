package dev.grainline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.grainline.processor.ProcessorTester.assertOnlyError;
import static dev.grainline.processor.ProcessorTester.at;
import static dev.grainline.processor.ProcessorTester.compile;
import static dev.grainline.processor.ProcessorTester.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Reading definitions: what the evaluator accepts, and what it reports where. */
class DefinitionReadingTest {

  @Test
  void theShopModelCompilesCleanlyAndGetsItsCatalog() {
    Compilation compilation = ProcessorTester.compile(ShopModel.with());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("shop.ShopCatalog");
  }

  @Test
  void aNestedModelClassIsReadAndNamedThroughItsOuterClass() {
    JavaFileObject regions = source("shop.Geography", """
        package shop;

        import static dev.grainline.dsl.Grainline.*;

        import dev.grainline.dsl.*;

        public final class Geography {
          @Dimension("shop.region")
          public static final class Region {
            static final Table R = table("shop.regions");
            public static final Attribute<Integer> REGION_ID = key(R.intCol("region_id"));
          }
        }
        """);
    JavaFileObject customer = source("shop.Customer", """
        package shop;

        import static dev.grainline.dsl.Grainline.*;

        import dev.grainline.dsl.*;

        @Dimension("shop.customer")
        public final class Customer {
          static final Table C = table("shop.customers");
          public static final Attribute<Integer> CUSTOMER_ID = key(C.intCol("customer_id"));
          static final Link REGION = link(C.intCol("region_id")).to(Geography.Region.REGION_ID);
        }
        """);
    Compilation compilation = compile(ShopModel.with(regions, customer));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("shop.ShopCatalog").contentsAsUtf8String()
        .contains("type.member(\"REGION_ID\", Geography.Region.REGION_ID)");
  }

  @Test
  void aModelClassMayUseTheCatalogItIsPartOf() {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final Metric<Double> AVG_ORDER_VALUE = Orders.REVENUE.div(Orders.ORDER_COUNT);

        static int metricCount() {
          return ShopCatalog.model().metrics().size();
        }
        """);
    assertThat(compile(ShopModel.with(metrics))).succeededWithoutWarnings();
  }

  @Test
  void unsupportedSyntaxIsReportedAtTheSubtree() {
    JavaFileObject orders = ShopModel.orders("""
        static final Column<String> CODE = O.textCol(String.valueOf(42));
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at(".valueOf(42)"),
        "[GrainlineUnsupportedSyntax] String.valueOf(42): a definition may only call the Grainline DSL and use"
            + " constants and literals");
  }

  @Test
  void aClassOutsideAnyModelIsReported() {
    JavaFileObject orphan = source("orphan.Orders", """
        package orphan;

        import dev.grainline.dsl.Fact;

        @Fact("orphan.orders")
        public final class Orders {}
        """);
    // javac shows a class at its keyword.
    assertOnlyError(compile(orphan), orphan, at("class Orders {}"),
        "[GrainlineNoModel] orphan.Orders is not part of a semantic model: annotate package orphan with"
            + " @SemanticModel");
  }

  @Test
  void aCatalogNameThatIsNoClassNameIsReportedAtThePackage() {
    JavaFileObject packageInfo = source("shop.package-info", """
        @SemanticModel(catalog = "Shop Catalog", namespace = "shop")
        package shop;

        import dev.grainline.dsl.SemanticModel;
        """);
    assertOnlyError(compile(ShopModel.with(packageInfo)), packageInfo, at("package shop"),
        "[GrainlineInvalidValue] @SemanticModel(catalog = \"Shop Catalog\"): the catalog is the simple name of the"
            + " class to generate, such as \"StoreCatalog\"");
  }

  @Test
  void aPrivateDefinitionIsReportedAtTheField() {
    JavaFileObject orders = ShopModel.orders("""
        private static final Column<Integer> DISCOUNT = O.intCol("discount");
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at("DISCOUNT ="),
        "[GrainlinePrivateMember] Orders.DISCOUNT is private; the generated catalog reads definitions directly, so"
            + " make it package-private or public");
  }

  @Test
  void aWrongTypeArgumentIsReportedAtTheTypeArgument() {
    JavaFileObject orders = ShopModel.orders("""
        public static final Measure<Long> PRICE_TOTAL = sum(PRICE);
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at("Long> PRICE_TOTAL"),
        "[GrainlineDeclaredType] PRICE_TOTAL is declared with type argument Long but its definition yields double"
            + " values, read as Double");
  }

  @Test
  void aDslArgumentErrorIsReportedAtTheCall() {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final NamedQuery TOP_ORDERS = query(Orders.REVENUE).limit(0);
        """);
    assertOnlyError(compile(ShopModel.with(metrics)), metrics,
        at(".limit(0)"), "[GrainlineInvalidValue] limit 0: a limit is at least 1");
  }

  @Test
  void aDefinitionThatThrowsIsReportedAtTheExpression() {
    JavaFileObject orders = ShopModel.orders("""
        static final int NONE = 0;
        public static final Measure<Double> SCALED = sum(PRICE.times(1 / NONE));
        """);
    Compilation compilation = compile(ShopModel.with(orders));
    // javac shows a binary expression at its operator.
    assertOnlyError(compilation, orders, at("/ NONE"),
        "[GrainlineDefinitionFailed] 1 / NONE failed: ArithmeticException: / by zero");
  }

  @Test
  void aCycleOfDefinitionsThatAreNotMetricsIsReportedWithItsPath() {
    JavaFileObject orders = ShopModel.orders("""
        static final Column<Integer> DOUBLED = Visits.HALVED.times(4);
        """);
    JavaFileObject visits = ShopModel.visits("""
        static final Column<Integer> HALVED = Orders.DOUBLED.div(2).cast(Integer.class);
        """);
    // javac shows a qualified name at its dot.
    assertOnlyError(compile(ShopModel.with(orders, visits)), visits, at(".DOUBLED"),
        // javac indents the continuation lines of a message by two more spaces.
        "[GrainlineCycle] Orders.DOUBLED depends on itself:\n"
            + "      Orders.DOUBLED\n"
            + "      uses Visits.HALVED\n"
            + "      uses Orders.DOUBLED");
  }
}
