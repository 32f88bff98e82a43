package dev.grainline.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.grainline.processor.ProcessorTester.assertOnlyError;
import static dev.grainline.processor.ProcessorTester.at;
import static dev.grainline.processor.ProcessorTester.classFiles;
import static dev.grainline.processor.ProcessorTester.diagnostics;
import static dev.grainline.processor.ProcessorTester.source;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds that hand the processor part of a model: an incremental build recompiles one file and finds the rest as
 * class files (IntelliJ's build; Gradle also hands the unchanged annotated classes over as class files), and a
 * library brings DSL constants. The processor reads the whole model package either way, and the catalog is the
 * one a full build writes.
 *
 * <p>A class file carries no javadoc, so the catalog of an incremental build describes the definitions of classes
 * it did not recompile by their {@code @Describe} only; the model here uses {@code @Describe}, as most do.
 */
class IncrementalBuildTest {
  private static final JavaFileObject METRICS = ShopModel.metrics("""
      @Describe(value = "Revenue per order.", unit = "EUR")
      public static final Metric<Double> AVG_ORDER_VALUE = Orders.REVENUE.div(Orders.ORDER_COUNT);
      public static final NamedQuery BY_MONTH =
          query(Orders.REVENUE, AVG_ORDER_VALUE).by(Product.CATEGORY, Dates.MONTH.via("ordered"));
      """);

  @TempDir
  Path temp;

  @Test
  void recompilingTheFactAloneGivesTheCatalogOfTheFullBuild() {
    assertRecompilingGivesTheFullCatalog(ShopModel.orders());
  }

  @Test
  void recompilingADimensionThatClassFilesLinkToGivesTheCatalogOfTheFullBuild() {
    // Orders.class and Customer.class link to Dates.DATE_ID: loading them reads the Dates.class of the full build,
    // whose DATE_ID is another object than the one evaluated from Dates.java.
    assertRecompilingGivesTheFullCatalog(ShopModel.dates());
  }

  @Test
  void recompilingTheMetricsAloneGivesTheCatalogOfTheFullBuild() {
    assertRecompilingGivesTheFullCatalog(METRICS);
  }

  @Test
  void gradlesReprocessingOfTheUnchangedClassesAsClassFilesGivesTheCatalogOfTheFullBuild() {
    Compilation full = ProcessorTester.compile(ShopModel.with(METRICS));
    assertThat(full).succeededWithoutWarnings();
    File classes = classFiles(full, temp.resolve("full"));
    String catalog = ProcessorTester.generatedByProcessingAlone(List.of(classes),
        List.of("shop.Customer", "shop.Dates", "shop.Product", "shop.ShopMetrics", "shop.Visits"),
        List.of(ShopModel.orders()), "shop.ShopCatalog", temp.resolve("generated"));
    assertThat(catalog).isEqualTo(catalog(full));
  }

  @Test
  void aChangeToARecompiledClassIsValidatedAgainstTheClassFilesOfTheOthers() {
    File classes = fullBuild();
    JavaFileObject metrics = ShopModel.metrics("""
        public static final Metric<Double> AVG_ORDER_VALUE = Orders.REVENUE.div(Orders.ORDER_COUNT);
        public static final NamedQuery BY_MONTH = query(Orders.REVENUE).by(Visits.VISIT_ID);
        """);
    Compilation compilation = ProcessorTester.compile(List.of(classes), List.of(new GrainlineProcessor()),
        List.of(metrics));
    assertOnlyError(compilation, metrics, at(".VISIT_ID)"),
        "[GrainlineNoJoinPath] shop.visits.visit_id is not reachable from shop.orders");
  }

  @Test
  void dslConstantsFromALibraryJarAreReadFromTheCompileClassPath() {
    File library = jar("library.jar", ProcessorTester.compile(source("lib.Shared", """
        package lib;

        import static dev.grainline.dsl.Grainline.*;

        import dev.grainline.dsl.*;

        public final class Shared {
          private Shared() {}

          public static final Table VISITS = table("shop.visits");
          public static final Column<Double> DURATION = VISITS.doubleCol("duration");
        }
        """)));
    JavaFileObject visits = source("shop.Visits", """
        package shop;

        import static dev.grainline.dsl.Grainline.*;

        import dev.grainline.dsl.*;

        @Fact("shop.visits")
        public final class Visits {
          static final Table V = lib.Shared.VISITS;

          public static final Attribute<Integer> VISIT_ID = key(V.intCol("visit_id"));
          public static final Measure<Double> TIME_SPENT = sum(lib.Shared.DURATION);
        }
        """);
    Compilation compilation = ProcessorTester.compile(List.of(library), List.of(new GrainlineProcessor()),
        ShopModel.with(visits, METRICS));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("shop.ShopCatalog").contentsAsUtf8String()
        .contains("MetricRef<Double> TIME_SPENT = MetricRef.of(\"shop.time_spent\", Double.class);");
  }

  @Test
  void aModelClassThatCannotBeLoadedIsReportedAsAnIncompleteModel() {
    File helper = classFiles(ProcessorTester.compile(source("lib.Helper", """
        package lib;

        import static dev.grainline.dsl.Grainline.*;

        import dev.grainline.dsl.*;

        public final class Helper {
          private Helper() {}

          public static final Table VISITS = table("shop.visits");
        }
        """)), temp.resolve("helper"));
    JavaFileObject visits = source("shop.Visits", """
        package shop;

        import static dev.grainline.dsl.Grainline.*;

        import dev.grainline.dsl.*;

        @Fact("shop.visits")
        public final class Visits {
          static final Table V = lib.Helper.VISITS;

          public static final Attribute<Integer> VISIT_ID = key(V.intCol("visit_id"));
        }
        """);
    Compilation full = ProcessorTester.compile(List.of(helper), List.of(new GrainlineProcessor()),
        ShopModel.with(visits, METRICS));
    assertThat(full).succeededWithoutWarnings();
    File classes = classFiles(full, temp.resolve("model"));

    // Recompiled without the library: javac needs no lib.Helper to compile Orders, but Visits.class cannot load.
    Compilation incremental = ProcessorTester.compile(List.of(classes), List.of(new GrainlineProcessor()),
        List.of(ShopModel.orders()));
    assertThat(diagnostics(incremental)).containsExactly("ERROR - [GrainlineIncompleteModel] shop.Visits belongs"
        + " to model ShopCatalog but cannot be read from the class path (NoClassDefFoundError: lib/Helper);"
        + " rebuild the module from clean, or put what the class needs on the compile class path");
  }

  @Test
  void aDslOfAnotherVersionOnTheClassPathIsTheOnlyError() {
    File fake = fakeDsl("fake-dsl.jar", "public static final String VERSION = \"0.0.1-other\";");
    Compilation compilation = ProcessorTester.compile(List.of(fake), List.of(new GrainlineProcessor()),
        ShopModel.with(METRICS));
    JavaFileObject packageInfo = ShopModel.packageInfo();
    assertOnlyError(compilation, packageInfo, at("package shop"),
        "[GrainlineVersionMismatch] the Grainline processor is version " + dev.grainline.dsl.Grainline.VERSION
            + ", but the Grainline DSL on the compile class path is version 0.0.1-other; use one version for both,"
            + " for example by importing the BOM dev.grainline:grainline-bom:" + dev.grainline.dsl.Grainline.VERSION
            + " in dependencyManagement");
  }

  @Test
  void aDslWithoutAVersionOnTheClassPathIsTheOnlyError() {
    File fake = fakeDsl("old-dsl.jar", "");
    Compilation compilation = ProcessorTester.compile(List.of(fake), List.of(new GrainlineProcessor()),
        ShopModel.with(METRICS));
    assertOnlyError(compilation, ShopModel.packageInfo(), at("package shop"),
        "[GrainlineVersionMismatch] the Grainline processor is version " + dev.grainline.dsl.Grainline.VERSION
            + ", but the Grainline DSL on the compile class path is older (it has no Grainline.VERSION)");
  }

  @Test
  void aLinkToAnAttributeOfAClassThatIsNoDimensionSaysSo() {
    JavaFileObject regions = source("shop.Regions", """
        package shop;

        import static dev.grainline.dsl.Grainline.*;

        import dev.grainline.dsl.*;

        public final class Regions {
          private Regions() {}

          static final Table R = table("shop.regions");
          public static final Attribute<Integer> REGION_ID = key(R.intCol("region_id"));
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
          static final Link REGION = link(C.intCol("region_id")).to(Regions.REGION_ID);
        }
        """);
    assertOnlyError(ProcessorTester.compile(ShopModel.with(regions, customer)), customer, at(".to(Regions"),
        "[GrainlineLinkTarget] link REGION targets Regions.REGION_ID, but Regions is not annotated @Dimension; a"
            + " link targets the key of a dimension of the model");
  }

  // --- helpers ---------------------------------------------------------------------------------------------------

  private File fullBuild() {
    Compilation full = ProcessorTester.compile(ShopModel.with(METRICS));
    assertThat(full).succeededWithoutWarnings();
    return classFiles(full, temp.resolve("full"));
  }

  private void assertRecompilingGivesTheFullCatalog(JavaFileObject changed) {
    Compilation full = ProcessorTester.compile(ShopModel.with(METRICS));
    assertThat(full).succeededWithoutWarnings();
    File classes = classFiles(full, temp.resolve("full"));

    Compilation incremental = ProcessorTester.compile(List.of(classes), List.of(new GrainlineProcessor()),
        List.of(changed));
    assertThat(incremental).succeededWithoutWarnings();
    assertThat(catalog(incremental)).isEqualTo(catalog(full));
  }

  private static String catalog(Compilation compilation) {
    return ProcessorTester.content(compilation.generatedSourceFile("shop.ShopCatalog").orElseThrow());
  }

  /** A jar with only {@code dev.grainline.dsl.Grainline}, whose body is {@code members}: another DSL's version. */
  private File fakeDsl(String name, String members) {
    Compilation fake = ProcessorTester.compile(List.of(), List.<Processor>of(), List.of(
        source("dev.grainline.dsl.Grainline", "package dev.grainline.dsl;\n\npublic final class Grainline {\n  "
            + members + "\n\n  private Grainline() {}\n}\n")));
    assertThat(fake).succeeded();
    return jar(name, fake);
  }

  private File jar(String name, Compilation compilation) {
    assertThat(compilation).succeeded();
    Path classes = classFiles(compilation, temp.resolve(name + "-classes")).toPath();
    Path jar = temp.resolve(name);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
        Files.copy(file, out);
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jar.toFile();
  }
}
