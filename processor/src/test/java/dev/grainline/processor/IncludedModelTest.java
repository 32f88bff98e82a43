package dev.grainline.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.grainline.processor.ProcessorTester.assertOnlyError;
import static dev.grainline.processor.ProcessorTester.at;
import static dev.grainline.processor.ProcessorTester.classFiles;
import static dev.grainline.processor.ProcessorTester.diagnostics;
import static dev.grainline.processor.ProcessorTester.source;

import com.google.testing.compile.Compilation;
import dev.grainline.runtime.CompiledModel;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model split across modules: the shop's facts and dimensions in one, a support model that includes them in
 * another, with a fact of its own that links to a shop dimension, and metrics and a dashboard query over both.
 */
class IncludedModelTest {
  private static final String IMPORTS = """
      package support;

      import static dev.grainline.dsl.Grainline.*;

      import dev.grainline.dsl.*;
      import shop.*;
      """;

  private static final JavaFileObject PACKAGE_INFO = source("support.package-info", """
      @SemanticModel(catalog = "SupportDashboards", namespace = "support", includes = ShopCatalog.class)
      package support;

      import dev.grainline.dsl.SemanticModel;
      import shop.ShopCatalog;
      """);

  private static final JavaFileObject TICKETS = source("support.Tickets", IMPORTS + """

      @Fact("support.tickets")
      public final class Tickets {
        static final Table T = table("support.tickets");

        public static final Attribute<Integer> TICKET_ID = key(T.intCol("ticket_id"));
        static final Link CUSTOMER = link(T.intCol("customer_id")).to(Customer.CUSTOMER_ID);

        public static final Measure<Long> TICKET_COUNT = count(TICKET_ID);
      }
      """);

  private static final JavaFileObject METRICS = source("support.SupportMetrics", IMPORTS + """

      @Metrics
      public final class SupportMetrics {
        public static final Metric<Double> REVENUE_PER_ORDER = Orders.REVENUE.div(Orders.ORDER_COUNT);
        public static final NamedQuery TICKETS_BY_COUNTRY = query(Tickets.TICKET_COUNT).by(Customer.COUNTRY);
        public static final NamedQuery REVENUE_BY_CATEGORY =
            query(Orders.REVENUE, REVENUE_PER_ORDER).by(Product.CATEGORY);
      }
      """);

  @TempDir
  Path temp;

  @Test
  void aModelIncludesTheModelOfAnotherModuleThroughItsCatalog() throws ReflectiveOperationException {
    Compilation shop = ProcessorTester.compile(ShopModel.with());
    assertThat(shop).succeededWithoutWarnings();
    File shopClasses = classFiles(shop, temp.resolve("shop"));

    Compilation support = ProcessorTester.compile(List.of(shopClasses), List.of(new GrainlineProcessor()),
        List.of(PACKAGE_INFO, TICKETS, METRICS));
    assertThat(support).succeededWithoutWarnings();
    assertThat(support).generatedSourceFile("support.SupportDashboards").contentsAsUtf8String()
        .contains("model.include(ShopCatalog.model());");
    File supportClasses = classFiles(support, temp.resolve("support"));

    try (URLClassLoader application = new URLClassLoader(urls(supportClasses, shopClasses),
        IncludedModelTest.class.getClassLoader())) {
      CompiledModel model = (CompiledModel) application.loadClass("support.SupportDashboards")
          .getMethod("model").invoke(null);
      assertThat(model.name()).isEqualTo("SupportDashboards");
      // The shop's metrics keep the names the shop's model gives them.
      assertThat(model.metrics().stream().map(CompiledModel.MetricInfo::name).toList()).containsExactly(
          "shop.revenue", "shop.order_count", "shop.visit_count", "support.revenue_per_order",
          "support.ticket_count").inOrder();
      assertThat(model.namedQueries()).containsExactly("support.tickets_by_country", "support.revenue_by_category");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aModelIncludesTheModelOfAnotherPackageOfTheSameCompilation() {
    List<JavaFileObject> sources = new ArrayList<>(ShopModel.with());
    sources.addAll(List.of(PACKAGE_INFO, TICKETS, METRICS));
    Compilation compilation = ProcessorTester.compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("shop.ShopCatalog");
    assertThat(compilation).generatedSourceFile("support.SupportDashboards").contentsAsUtf8String()
        .contains("public List<RevenueByCategoryRow> revenueByCategory() {");
  }

  @Test
  void aDefinitionThatUsesAModelItsModelDoesNotIncludeIsToldToIncludeIt() {
    JavaFileObject packageInfo = source("support.package-info", """
        @SemanticModel(catalog = "SupportDashboards", namespace = "support")
        package support;

        import dev.grainline.dsl.SemanticModel;
        """);
    JavaFileObject metrics = source("support.SupportMetrics", IMPORTS + """

        @Metrics
        public final class SupportMetrics {
          public static final Metric<Double> REVENUE_PER_ORDER = Orders.REVENUE.div(Orders.ORDER_COUNT);
        }
        """);
    List<JavaFileObject> sources = new ArrayList<>(ShopModel.with());
    sources.addAll(List.of(packageInfo, metrics));
    Compilation compilation = ProcessorTester.compile(sources);
    // The definition is abandoned at its first such field.
    assertThat(diagnostics(compilation)).hasSize(1);
    assertError(compilation, metrics, at(".REVENUE.div"), "Orders.REVENUE");
  }

  @Test
  void anIncludeOfAClassThatIsNoCatalogIsReportedAtThePackage() {
    JavaFileObject packageInfo = source("support.package-info", """
        @SemanticModel(catalog = "SupportDashboards", namespace = "support", includes = shop.Orders.class)
        package support;

        import dev.grainline.dsl.SemanticModel;
        """);
    List<JavaFileObject> sources = new ArrayList<>(ShopModel.with());
    sources.addAll(List.of(packageInfo, TICKETS));
    assertOnlyError(ProcessorTester.compile(sources), packageInfo, at("package support"),
        "[GrainlineInvalidValue] @SemanticModel(includes = Orders.class): shop.Orders is not the catalog of a"
            + " semantic model; include the class Grainline generates for a model, the one its"
            + " @SemanticModel(catalog = ...) names");
  }

  @Test
  void modelsThatIncludeEachOtherAreReported() {
    JavaFileObject first = source("one.package-info", """
        @SemanticModel(catalog = "OneCatalog", includes = two.TwoCatalog.class)
        package one;

        import dev.grainline.dsl.SemanticModel;
        """);
    JavaFileObject second = source("two.package-info", """
        @SemanticModel(catalog = "TwoCatalog", includes = one.OneCatalog.class)
        package two;

        import dev.grainline.dsl.SemanticModel;
        """);
    Compilation compilation = ProcessorTester.compile(List.of(first, second, metricsOf("one"), metricsOf("two")));
    assertThat(diagnostics(compilation)).containsExactly(
        "ERROR package-info.java:2 [GrainlineIncludeCycle] model one.OneCatalog includes itself: one.OneCatalog"
            + " includes two.TwoCatalog includes one.OneCatalog; a model can include only models that do not"
            + " include it",
        "ERROR package-info.java:2 [GrainlineIncludeCycle] model two.TwoCatalog includes itself: two.TwoCatalog"
            + " includes one.OneCatalog includes two.TwoCatalog; a model can include only models that do not"
            + " include it");
  }

  private static JavaFileObject metricsOf(String packageName) {
    return source(packageName + ".Definitions", "package " + packageName + ";\n\n"
        + "@dev.grainline.dsl.Metrics\npublic final class Definitions {\n  private Definitions() {}\n}\n");
  }

  private static void assertError(Compilation compilation, JavaFileObject file, ProcessorTester.Place place,
      String field) {
    ProcessorTester.assertError(compilation, file, place, "[GrainlineNotIncluded] " + field + " belongs to model"
        + " shop.ShopCatalog, which model SupportDashboards does not include; add includes = ShopCatalog.class to"
        + " the @SemanticModel of package support");
  }

  private static URL[] urls(File... directories) {
    try {
      List<URL> urls = new ArrayList<>();
      for (File directory : directories) {
        urls.add(directory.toURI().toURL());
      }
      return urls.toArray(URL[]::new);
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
