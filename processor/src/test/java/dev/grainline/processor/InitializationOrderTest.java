package dev.grainline.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.grainline.processor.ProcessorTester.assertOnlyError;
import static dev.grainline.processor.ProcessorTester.at;
import static dev.grainline.processor.ProcessorTester.compile;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.grainline.DefinitionException;
import dev.grainline.runtime.CompiledModel;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Class initialisation order: a definition that the evaluator computes fine can read null at run time, when the JVM
 * initialises the classes in an order that reads a field before it is assigned. The processor rejects those at the
 * read ({@code [GrainlineInitOrder]}), and only those. The run-time tests load the compiled classes in fresh class
 * loaders: the rejected models really fail to load in the order the message names (compiled without the processor,
 * which would refuse them), and accepted models load in every order.
 */
class InitializationOrderTest {
  private static final List<String> SHOP_CLASSES = List.of("shop.Product", "shop.Dates", "shop.Customer",
      "shop.Orders", "shop.Visits", "shop.ShopMetrics");

  /**
   * Orders reads ShopMetrics before it declares ITEMS, which a metric of ShopMetrics reads: when Orders is touched
   * first, ShopMetrics is initialised in the middle of Orders and reads ITEMS before Orders assigns it.
   */
  private static final JavaFileObject ORDERS_READING_METRICS_EARLY = ShopModel.orders("""
      public static final Metric<Long> DOUBLE_VISITS = ShopMetrics.VISITS.times(2);
      public static final Measure<Long> ITEMS = sum(QUANTITY);
      """);
  private static final JavaFileObject METRICS_READING_ITEMS = ShopModel.metrics("""
      public static final Metric<Long> VISITS = Visits.VISIT_COUNT.plus(0);
      public static final Metric<Double> AVG = Orders.REVENUE.div(Orders.ITEMS);
      """);

  /** A metric that reads, qualified, a metric of its own class declared after it. */
  private static final JavaFileObject METRICS_READING_A_LATER_FIELD = ShopModel.metrics("""
      public static final Metric<Double> DOUBLE_AVG = ShopMetrics.AVG.times(2);
      public static final Metric<Double> AVG = Orders.REVENUE.div(Orders.ORDER_COUNT);
      """);

  /** The same through a helper method, where a field declared later is legal Java even unqualified. */
  private static final JavaFileObject METRICS_READING_A_LATER_FIELD_IN_A_HELPER = ShopModel.metrics("""
      static Metric<Double> perOrder(Metric<?> metric) {
        return metric.div(ORDERS);
      }

      public static final Metric<Double> REVENUE_PER_ORDER = perOrder(Orders.REVENUE);
      public static final Metric<Long> ORDERS = Orders.ORDER_COUNT.plus(0);
      """);

  /**
   * Each class reads the other, and every order works: Orders reads a metric that ShopMetrics declares before it
   * reads Orders, and ShopMetrics reads only fields that Orders declares before it reads ShopMetrics. (Had Orders read
   * AVG, loading ShopMetrics first would hand Orders a null AVG: AVG is what ShopMetrics is computing then.)
   */
  private static final JavaFileObject ORDERS_READING_METRICS = ShopModel.orders("""
      public static final Metric<Long> DOUBLE_VISITS = ShopMetrics.VISITS.times(2);
      """);
  private static final JavaFileObject METRICS_READING_ORDERS = ShopModel.metrics("""
      public static final Metric<Long> VISITS = Visits.VISIT_COUNT.plus(0);
      public static final Metric<Double> AVG = Orders.REVENUE.div(Orders.ORDER_COUNT);
      """);

  /** Each class reads the metric the other one is computing when it is touched: broken in both orders. */
  private static final JavaFileObject ORDERS_READING_AVG = ShopModel.orders("""
      public static final Metric<Double> DOUBLE_AVG = ShopMetrics.AVG.times(2);
      """);

  // --- compile time ---------------------------------------------------------------------------------------------

  @Test
  void aFieldReadBeforeItIsAssignedInSomeOrderIsAnErrorAtTheRead() {
    Compilation compilation = compile(ShopModel.with(ORDERS_READING_METRICS_EARLY, METRICS_READING_ITEMS));
    assertOnlyError(compilation, METRICS_READING_ITEMS, at(".ITEMS"),
        "[GrainlineInitOrder] ShopMetrics.AVG reads Orders.ITEMS before it is assigned when the classes are"
            + " initialised in the order Orders (at DOUBLE_VISITS), then ShopMetrics (at AVG): Orders.ITEMS is"
            + " still null then, and loading the classes would fail with ExceptionInInitializerError; move"
            + " Orders.DOUBLE_VISITS into ShopMetrics, or declare it after ITEMS");
  }

  @Test
  void classesThatReadWhatTheOtherIsComputingAreRejectedForEitherOrder() {
    Compilation compilation = compile(ShopModel.with(ORDERS_READING_AVG, METRICS_READING_ORDERS));
    assertThat(compilation).hadErrorCount(1);
    // Touching ShopMetrics first initialises Orders while AVG is being computed; touching Orders first is fine
    // for this pair, but ShopMetrics first is enough to fail.
    ProcessorTester.assertError(compilation, ORDERS_READING_AVG, at(".AVG.times(2)"),
        "[GrainlineInitOrder] Orders.DOUBLE_AVG reads ShopMetrics.AVG before it is assigned when the classes are"
            + " initialised in the order ShopMetrics (at AVG), then Orders (at DOUBLE_AVG)");
  }

  @Test
  void aQualifiedReadOfALaterFieldOfTheSameClassIsAnErrorAtTheRead() {
    assertOnlyError(compile(ShopModel.with(METRICS_READING_A_LATER_FIELD)), METRICS_READING_A_LATER_FIELD,
        at(".AVG.times(2)"),
        "[GrainlineInitOrder] ShopMetrics.DOUBLE_AVG reads ShopMetrics.AVG, which is declared after it: static"
            + " fields are assigned in declaration order, so the value is still null when ShopMetrics.DOUBLE_AVG is"
            + " initialised, and loading ShopMetrics would fail with ExceptionInInitializerError; declare DOUBLE_AVG"
            + " after AVG");
  }

  @Test
  void aReadInsideAHelperIsShownAtTheDefinitionsCallOfTheHelper() {
    assertOnlyError(compile(ShopModel.with(METRICS_READING_A_LATER_FIELD_IN_A_HELPER)),
        METRICS_READING_A_LATER_FIELD_IN_A_HELPER, at("perOrder(Orders.REVENUE)"),
        "[GrainlineInitOrder] ShopMetrics.REVENUE_PER_ORDER reads ShopMetrics.ORDERS, which is declared after it");
  }

  @Test
  void classesThatReadEachOtherInAnOrderThatAlwaysWorksAreAccepted() {
    assertThat(compile(ShopModel.with(ORDERS_READING_METRICS, METRICS_READING_ORDERS))).succeededWithoutWarnings();
  }

  // --- run time -------------------------------------------------------------------------------------------------

  @Test
  void theRejectedModelsFailToLoadInTheOrderTheirMessageNames() {
    // Compiled without the processor, which refuses them: this is what the build produced before the check.
    assertFailsToLoadFirst(withoutProcessor(ShopModel.with(ORDERS_READING_METRICS_EARLY, METRICS_READING_ITEMS)),
        "shop.Orders");
    assertFailsToLoadFirst(withoutProcessor(ShopModel.with(METRICS_READING_A_LATER_FIELD)), "shop.ShopMetrics");
    assertFailsToLoadFirst(withoutProcessor(ShopModel.with(METRICS_READING_A_LATER_FIELD_IN_A_HELPER)),
        "shop.ShopMetrics");
    assertFailsToLoadFirst(withoutProcessor(ShopModel.with(ORDERS_READING_AVG, METRICS_READING_ORDERS)),
        "shop.ShopMetrics");
  }

  @Test
  void theFirstRejectedModelLoadsWhenItsMetricsComeFirst() throws ClassNotFoundException {
    // The order matters, which is why a model that happens to load in the catalog's order is still rejected.
    CompiledClasses classes = withoutProcessor(ShopModel.with(ORDERS_READING_METRICS_EARLY, METRICS_READING_ITEMS));
    ClassLoader loader = classes.loader();
    Class.forName("shop.ShopMetrics", true, loader);
    Class.forName("shop.Orders", true, loader);
  }

  @Test
  void anAcceptedModelWhoseClassesReadEachOtherLoadsInEveryOrder() throws ReflectiveOperationException {
    Compilation compilation = compile(ShopModel.with(ORDERS_READING_METRICS, METRICS_READING_ORDERS));
    assertThat(compilation).succeeded();
    CompiledClasses classes = new CompiledClasses(compilation);
    List<List<String>> orders = permutations(SHOP_CLASSES);
    assertThat(orders).hasSize(720);
    for (List<String> order : orders) {
      loadsInOrder(classes, order, "shop.ShopCatalog");
    }
  }

  @Test
  void theStoreModelLoadsWithEachClassFirst() throws ReflectiveOperationException, IOException {
    Path store = Path.of(System.getProperty("grainline.examples.sources", "../examples/src/main/java"))
        .resolve("dev/grainline/examples/store");
    List<JavaFileObject> sources = new ArrayList<>();
    List<String> classNames = new ArrayList<>();
    try (Stream<Path> files = Files.list(store)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        sources.add(source(file));
        String simple = file.getFileName().toString().replace(".java", "");
        if (!simple.equals("package-info")) {
          classNames.add("dev.grainline.examples.store." + simple);
        }
      }
    }
    assertThat(classNames).hasSize(9);
    Compilation compilation = compile(sources);
    assertThat(compilation).succeeded();
    CompiledClasses classes = new CompiledClasses(compilation);
    // Starting from each class with nothing loaded is what can go wrong (see InitializationOrder); after it, the
    // others in declaration order and in reverse.
    for (String first : classNames) {
      List<String> rest = new ArrayList<>(classNames);
      rest.remove(first);
      List<String> forward = new ArrayList<>(List.of(first));
      forward.addAll(rest);
      loadsInOrder(classes, forward, "dev.grainline.examples.store.StoreCatalog");
      List<String> backward = new ArrayList<>(List.of(first));
      backward.addAll(rest.reversed());
      loadsInOrder(classes, backward, "dev.grainline.examples.store.StoreCatalog");
    }
  }

  // --- helpers --------------------------------------------------------------------------------------------------

  private static void loadsInOrder(CompiledClasses classes, List<String> order, String catalog)
      throws ReflectiveOperationException {
    ClassLoader loader = classes.loader();
    for (String name : order) {
      try {
        Class.forName(name, true, loader);
      } catch (ExceptionInInitializerError e) {
        throw new AssertionError("loading " + order + " failed at " + name, e);
      }
    }
    CompiledModel model = (CompiledModel) Class.forName(catalog, true, loader).getMethod("model").invoke(null);
    assertWithMessage("metrics after loading %s", order).that(model.metrics()).isNotEmpty();
  }

  private static void assertFailsToLoadFirst(CompiledClasses classes, String first) {
    ExceptionInInitializerError error = assertThrows(ExceptionInInitializerError.class,
        () -> Class.forName(first, true, classes.loader()));
    // The null of a field that is not assigned yet: the DSL refuses it as an argument, the JVM as a receiver.
    Throwable cause = error.getCause();
    assertWithMessage("cause %s", cause)
        .that(cause instanceof DefinitionException || cause instanceof NullPointerException).isTrue();
  }

  private static CompiledClasses withoutProcessor(List<JavaFileObject> sources) {
    Compilation compilation = Compiler.javac()
        .withClasspath(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(File::new).toList())
        .withOptions("-proc:none")
        .compile(sources);
    assertThat(compilation).succeeded();
    return new CompiledClasses(compilation);
  }

  private static List<List<String>> permutations(List<String> items) {
    if (items.isEmpty()) {
      return List.of(List.of());
    }
    List<List<String>> all = new ArrayList<>();
    for (String head : items) {
      List<String> rest = new ArrayList<>(items);
      rest.remove(head);
      for (List<String> tail : permutations(rest)) {
        List<String> permutation = new ArrayList<>(List.of(head));
        permutation.addAll(tail);
        all.add(permutation);
      }
    }
    return all;
  }

  private static JavaFileObject source(Path file) {
    try {
      return JavaFileObjects.forResource(file.toUri().toURL());
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(file.toString(), e);
    }
  }

  /** The class files a compilation wrote; each {@link #loader()} is a fresh loader over them, nothing initialised. */
  private static final class CompiledClasses {
    private final Map<String, byte[]> classes = new HashMap<>();

    CompiledClasses(Compilation compilation) {
      for (JavaFileObject file : compilation.generatedFiles()) {
        String path = file.toUri().getPath();
        if (file.getKind() == JavaFileObject.Kind.CLASS && path.contains("/CLASS_OUTPUT/")) {
          String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
              path.length() - ".class".length()).replace('/', '.');
          try (InputStream in = file.openInputStream()) {
            classes.put(name, in.readAllBytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }

    ClassLoader loader() {
      return new ClassLoader(InitializationOrderTest.class.getClassLoader()) {
        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
          byte[] bytes = classes.get(name);
          if (bytes == null) {
            throw new ClassNotFoundException(name);
          }
          return defineClass(name, bytes, 0, bytes.length);
        }
      };
    }
  }
}
