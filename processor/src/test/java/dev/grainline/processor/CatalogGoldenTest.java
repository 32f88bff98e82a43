package dev.grainline.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.grainline.processor.Goldens.assertMatchesGolden;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated catalogs, compared with golden files. Each compilation also compiles the catalog against the
 * runtime, with all lint warnings on.
 */
class CatalogGoldenTest {
  private static final JavaFileObject SHOP_METRICS = ShopModel.metrics("""
      @Describe(value = "Revenue per order.", unit = "EUR", format = "#,##0.00")
      public static final Metric<Double> AVG_ORDER_VALUE = Orders.REVENUE.div(Orders.ORDER_COUNT);

      /** Revenue by category, month ordered and month the buyer registered, for the monthly report. */
      public static final NamedQuery MONTHLY_REVENUE =
          query(Orders.REVENUE, Orders.ORDER_COUNT, AVG_ORDER_VALUE)
              .by(Product.CATEGORY, Dates.MONTH.via("ordered"), Dates.MONTH.via("buyer", "registered"))
              .where(Orders.STATUS.eq("completed"))
              .orderBy(Orders.REVENUE.desc())
              .limit(100);

      @Name("top_categories")
      @Describe("The three best-selling categories.")
      public static final NamedQuery TOP = query(Orders.REVENUE).by(Product.CATEGORY)
          .orderBy(Orders.REVENUE.desc())
          .limit(3);

      /** A tile with pickers: the categories' revenue from orders of one status since a day. */
      public static final NamedQuery STATUS_REVENUE = query(Orders.REVENUE).by(Product.CATEGORY)
          .where(Orders.STATUS.eq(param("status", String.class))
              .and(Dates.DAY.via("ordered").ge(param("since", java.time.LocalDate.class))))
          .having(Orders.REVENUE.ge(param("min_revenue", Double.class)));
      """);

  @Test
  void smallModel() {
    Compilation compilation = ProcessorTester.compile(ShopModel.with(SHOP_METRICS));
    assertThat(compilation).succeededWithoutWarnings();
    assertMatchesGolden(getClass(), "smallModel", "shop.ShopCatalog", catalog(compilation, "shop.ShopCatalog"));
  }

  @Test
  void storeModel() {
    Compilation compilation = ProcessorTester.compile(storeSources());
    assertThat(compilation).succeededWithoutWarnings();
    assertMatchesGolden(getClass(), "storeModel", "dev.grainline.examples.store.StoreCatalog",
        catalog(compilation, "dev.grainline.examples.store.StoreCatalog"));
  }

  /** A model with a tenant key: its catalog binds to a tenant, {@code forTenant(int accountId)}, or to all. */
  @Test
  void tenantModel() {
    Compilation compilation = ProcessorTester.compile(TenantRulesTest.model());
    assertThat(compilation).succeededWithoutWarnings();
    assertMatchesGolden(getClass(), "tenantModel", "saas.SaasCatalog", catalog(compilation, "saas.SaasCatalog"));
  }

  /**
   * The stand-in written when a definition does not compile (a misspelt field): the constants, methods and rows the
   * definitions that do compile tell, and those the failing ones' declared types tell, and a model() that throws.
   */
  @Test
  void standInCatalog(@TempDir Path output) {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final Metric<Double> AVG_ORDER_VALUE = Orders.REVENUE.div(Orders.ORDER_CONUT);
        public static final Metric<?> PER_VISIT = Orders.REVENUE.div(Visits.VISIT_COUNT);
        public static final NamedQuery BY_CATEGORY = query(Orders.REVENUE).by(Product.CATEGORY);
        public static final NamedQuery AVERAGES = query(AVG_ORDER_VALUE).by(Product.CATEGORY);
        public static final NamedQuery OF_STATUS = query(Orders.REVENUE)
            .where(Orders.STATUS.eq(param("status", Integer.class)));
        """);
    String standIn = ProcessorTester.generatedByProcessingAlone(ShopModel.with(metrics), "shop.ShopCatalog", output);
    assertMatchesGolden(getClass(), "standInCatalog", "shop.ShopCatalog", standIn);
    // It needs nothing of the definitions, and compiles warning-free on its own; run, its model() says what it is.
    Compilation compiled = ProcessorTester.compile(List.of(), List.of(),
        List.of(JavaFileObjects.forSourceString("shop.ShopCatalog", standIn)));
    assertThat(compiled).succeededWithoutWarnings();
    InvocationTargetException thrown = assertThrows(InvocationTargetException.class, () ->
        new CompiledClasses(compiled).loadClass("shop.ShopCatalog").getMethod("model")
            .invoke(null));
    assertThat(thrown).hasCauseThat().isInstanceOf(IllegalStateException.class);
    assertThat(thrown).hasCauseThat().hasMessageThat().startsWith("ShopCatalog is a stand-in that Grainline"
        + " generated because the definitions of package shop did not compile");
  }

  @Test
  void theCatalogDoesNotDependOnTheOrderJavacSeesTheSourcesIn() {
    List<JavaFileObject> sources = storeSources();
    String first = catalog(ProcessorTester.compile(sources), "dev.grainline.examples.store.StoreCatalog");
    List<JavaFileObject> reversed = new ArrayList<>(storeSources());
    Collections.reverse(reversed);
    String second = catalog(ProcessorTester.compile(reversed), "dev.grainline.examples.store.StoreCatalog");
    assertThat(second).isEqualTo(first);
  }

  /** The store model's nine sources, read from the examples module. */
  private static List<JavaFileObject> storeSources() {
    Path store = Path.of(System.getProperty("grainline.examples.sources", "../examples/src/main/java"))
        .resolve("dev/grainline/examples/store");
    try (Stream<Path> files = Files.list(store)) {
      List<JavaFileObject> sources = files.filter(f -> f.toString().endsWith(".java")).sorted()
          .map(CatalogGoldenTest::source).toList();
      assertThat(sources).hasSize(10); // the package-info and nine classes
      return sources;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JavaFileObject source(Path file) {
    try {
      return JavaFileObjects.forResource(file.toUri().toURL());
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(file.toString(), e);
    }
  }

  private static String catalog(Compilation compilation, String qualifiedName) {
    assertThat(compilation).succeeded();
    return ProcessorTester.content(compilation.generatedSourceFile(qualifiedName).orElseThrow());
  }
}
