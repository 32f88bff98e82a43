package dev.grainline.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.grainline.processor.ProcessorTester.diagnostics;
import static dev.grainline.processor.ProcessorTester.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What a build that uses the catalog reports, exactly: the model's classes and a class that imports the catalog and
 * uses its constants, a named query's method and its row. A catalog is always generated, so the importing class
 * never adds "cannot find symbol" to what is wrong with the model; a plain Java mistake in a definition is reported
 * by javac itself, with nothing of Grainline's in front of it.
 */
class CompileOutcomeTest {
  private static final JavaFileObject REPORT = source("app.Report", """
      package app;

      import static shop.ShopCatalog.*;

      import java.util.List;
      import shop.ShopCatalog;

      public final class Report {
        private Report() {}

        static List<Object> use(ShopCatalog shop) {
          List<Object> used = new java.util.ArrayList<>(List.of(REVENUE, AVG_ORDER_VALUE, DATE_MONTH_ORDERED,
              PRODUCT_CATEGORY, shop.query(REVENUE, ORDER_COUNT).by(DATE_MONTH_ORDERED)));
          for (ShopCatalog.ByCategoryRow row : shop.byCategory()) {
            used.add(row.category());
            used.add(row.revenue());
          }
          return used;
        }
      }
      """);

  private static final String BY_CATEGORY =
      "public static final NamedQuery BY_CATEGORY = query(Orders.REVENUE).by(Product.CATEGORY);\n";

  @Test
  void aValidModelCompilesWithTheCodeThatUsesItsCatalog() {
    Compilation compilation = compile(ShopModel.metrics("""
        public static final Metric<Double> AVG_ORDER_VALUE = Orders.REVENUE.div(Orders.ORDER_COUNT);
        """ + BY_CATEGORY));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("shop.ShopCatalog").contentsAsUtf8String()
        .doesNotContain("stand-in");
  }

  @Test
  void aJavaMistakeInADefinitionIsReportedByJavacAloneAndTheCodeThatUsesTheCatalogStillCompiles() {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final Metric<Double> AVG_ORDER_VALUE = Orders.REVENUE.div(Orders.ORDER_CONUT);
        """ + BY_CATEGORY);
    Compilation compilation = compile(metrics);
    assertThat(diagnostics(compilation)).containsExactly("ERROR ShopMetrics.java:10 cannot find symbol");
    assertThat(compilation).hadErrorContaining("symbol:   variable ORDER_CONUT");
  }

  @Test
  void aJavaMistakeHidesNoErrorBehindGrainlineErrorsOfOtherDefinitions() {
    // Orders.STATUS is text: summing it is a Grainline error, which this compile does not report, because a
    // processor's error would stop javac before it reports the misspelt name.
    JavaFileObject metrics = ShopModel.metrics("""
        public static final Metric<Double> AVG_ORDER_VALUE = Orders.REVENUE.div(Orders.ORDER_CONUT);
        public static final Measure<Double> STATUS_TOTAL = sum(Orders.STATUS);
        """ + BY_CATEGORY);
    Compilation compilation = compile(metrics);
    assertThat(diagnostics(compilation)).containsExactly("ERROR ShopMetrics.java:10 cannot find symbol");
  }

  @Test
  void aGrainlineErrorIsTheOnlyErrorAndTheCodeThatUsesTheCatalogAddsNone() {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final Metric<Double> AVG_ORDER_VALUE = Orders.REVENUE.div(Orders.ORDER_COUNT);
        public static final Measure<Double> STATUS_TOTAL = sum(Orders.STATUS);
        """ + BY_CATEGORY);
    assertThat(diagnostics(compile(metrics))).containsExactly(
        "ERROR ShopMetrics.java:11 [GrainlineTypeMismatch] sum(orders.status): sum needs numbers, not text values");
  }

  @Test
  void aGrainlineErrorInADimensionAddsNoErrorInTheCodeThatUsesItsRolePaths() {
    // Without a key, the dimension's links fail, and the model has no role paths to tell the stand-in.
    JavaFileObject dates = source("shop.Dates", """
        package shop;

        import static dev.grainline.dsl.Grainline.*;

        import dev.grainline.dsl.*;

        @Dimension("shop.date")
        public final class Dates {
          static final Table D = table("shop.dates");

          public static final Attribute<Integer> DATE_ID = attribute(D.intCol("date_id"));
          public static final Attribute<Integer> MONTH = attribute(D.intCol("month"));
          public static final Attribute<java.time.LocalDate> DAY = attribute(D.dateCol("day"));
        }
        """);
    Compilation compilation = compile(List.of(dates, ShopModel.metrics("""
        public static final Metric<Double> AVG_ORDER_VALUE = Orders.REVENUE.div(Orders.ORDER_COUNT);
        """ + BY_CATEGORY)));
    assertThat(compilation).failed();
    assertThat(diagnostics(compilation).stream().filter(d -> d.contains("Report.java"))).isEmpty();
    assertThat(diagnostics(compilation)).contains(
        "ERROR Dates.java:8 [GrainlineDimensionKey] dimension shop.date declares no key; mark its primary key"
            + " attributes with key(...)");
  }

  @Test
  void aDefinitionMayUseATypeThatAnotherProcessorGeneratesAfterGrainlineRan() {
    JavaFileObject visits = source("shop.Visits", """
        package shop;

        import static dev.grainline.dsl.Grainline.*;

        import dev.grainline.dsl.*;
        import gen.ShopTables;

        @Fact("shop.visits")
        public final class Visits {
          static final Table V = table(ShopTables.VISITS);

          public static final Attribute<Integer> VISIT_ID = key(V.intCol("visit_id"));
        }
        """);
    // Grainline runs first: in its first round gen.ShopTables does not exist yet.
    Compilation compilation = ProcessorTester.compile(List.of(),
        List.of(new GrainlineProcessor(), new TablesProcessor()), ShopModel.with(visits));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("shop.ShopCatalog").contentsAsUtf8String()
        .contains("type.member(\"V\", Visits.V);");
  }

  /** Another processor: generates a class of table names in its first round. */
  private static final class TablesProcessor extends AbstractProcessor {
    private boolean generated;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!generated) {
        generated = true;
        try (Writer out = processingEnv.getFiler().createSourceFile("gen.ShopTables").openWriter()) {
          out.write("package gen;\n\npublic final class ShopTables {\n"
              + "  public static final String VISITS = \"shop.visits\";\n\n  private ShopTables() {}\n}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  private static Compilation compile(JavaFileObject metrics) {
    return compile(List.of(metrics));
  }

  private static Compilation compile(List<JavaFileObject> replacements) {
    List<JavaFileObject> sources = new ArrayList<>(ShopModel.with(replacements.toArray(JavaFileObject[]::new)));
    sources.add(REPORT);
    return ProcessorTester.compile(sources);
  }
}
