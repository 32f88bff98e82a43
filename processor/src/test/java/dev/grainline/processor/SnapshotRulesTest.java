package dev.grainline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.grainline.processor.ProcessorTester.assertOnlyError;
import static dev.grainline.processor.ProcessorTester.at;
import static dev.grainline.processor.ProcessorTester.compile;
import static dev.grainline.processor.ProcessorTester.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Semi-additive measures (lastValue, firstValue, minValue, maxValue, avgValue): one test per rule, each asserting the
 * message and where javac shows it. Stock counts are a fact of the shop that reaches products and the calendar (as
 * [counted]), but not customers; visits reach nothing.
 */
class SnapshotRulesTest {
  /** The calendar of the window rules' tests: a day, a week, a month, a year, and a day of the week. */
  private static final JavaFileObject CALENDAR = WindowRulesTest.calendar("");

  /** The stock fact, with {@code members} added. */
  private static JavaFileObject stock(String members) {
    return source("shop.Stock", """
        package shop;

        import static dev.grainline.dsl.Grainline.*;

        import dev.grainline.dsl.*;

        @Fact("shop.stock")
        public final class Stock {
          static final Table S = table("shop.stock_counts");
          static final Column<Integer> UNITS = S.intCol("units");
          static final Column<String> NOTE = S.textCol("note");
          public static final Attribute<Integer> PRODUCT_ID = attribute(S.intCol("product_id"));
          public static final Attribute<java.time.LocalDate> COUNTED_ON = attribute(S.dateCol("counted_on"));

          static final Link PRODUCT = link(PRODUCT_ID).to(Product.PRODUCT_ID);
          static final Link COUNTED = link(S.intCol("date_id")).to(Dates.DATE_ID).role("counted");

        """ + members.indent(2) + "}\n");
  }

  private static Compilation compileStock(JavaFileObject stock) {
    return compile(ShopModel.with(CALENDAR, stock));
  }

  @Test
  void snapshotsCompileAndAreTypedAsSums() {
    JavaFileObject stock = stock("""
        public static final Measure<Long> ON_HAND = lastValue(UNITS).per(PRODUCT).over(Dates.DATE_ID);
        public static final Measure<Long> OPENING = firstValue(UNITS).per(Product.PRODUCT_ID).over(Dates.DATE_ID);
        public static final Measure<Double> AVERAGE = avgValue(UNITS).per(PRODUCT_ID).over(COUNTED_ON);
        public static final Measure<Long> LAST_DAY = lastValue(UNITS).ofTotals().over(Dates.DATE_ID);
        public static final Metric<Long> LAST_MONTH = lag(ON_HAND).over(Dates.MONTH);
        """);
    Compilation compilation = compileStock(stock);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("shop.ShopCatalog").contentsAsUtf8String()
        .contains("MetricRef<Long> ON_HAND = MetricRef.of(\"shop.on_hand\", Long.class)");
  }

  @Test
  void snapshotOfTextIsATypeError() {
    JavaFileObject stock = stock("""
        public static final Measure<Long> NOTES = lastValue(NOTE).per(PRODUCT).over(Dates.DATE_ID);
        """);
    assertOnlyError(compileStock(stock), stock, at(".over(Dates.DATE_ID)"),
        "[GrainlineTypeMismatch]");
  }

  @Test
  void overANonTimeAttributeSuggestsATimeAttribute() {
    JavaFileObject stock = stock("""
        public static final Measure<Long> ON_HAND = lastValue(UNITS).per(PRODUCT).over(Dates.DAY_OF_WEEK);
        """);
    assertOnlyError(compileStock(stock), stock, at(".DAY_OF_WEEK"),
        "[GrainlineNotTimeAttribute] shop.on_hand is over shop.date.day_of_week, which is not a time attribute; use a"
            + " date attribute, a timestamp truncatedTo a grain, or a calendar attribute declared with periodOf; did"
            + " you mean shop.date.week?");
  }

  @Test
  void overACalendarTheFactCannotReach() {
    JavaFileObject visits = ShopModel.visits("""
        public static final Measure<Double> TIME_ON_SITE = lastValue(DURATION).ofTotals().over(Dates.DATE_ID);
        """);
    Compilation compilation = compile(ShopModel.with(CALENDAR, stock(""), visits));
    assertOnlyError(compilation, visits, at(".DATE_ID)"),
        "[GrainlineWindowUnreachable] shop.time_on_site is over shop.date.date_id, which shop.visits (read by"
            + " lastValue(visits.duration).ofTotals().over(shop.date.date_id)) does not reach");
  }

  @Test
  void perAnEntityTheFactDoesNotReach() {
    JavaFileObject stock = stock("""
        public static final Measure<Long> ON_HAND = lastValue(UNITS).per(Customer.CUSTOMER_ID).over(Dates.DATE_ID);
        """);
    assertOnlyError(compileStock(stock), stock, at(".CUSTOMER_ID"),
        "[GrainlineSnapshotEntity] shop.on_hand is per shop.customer.customer_id, which shop.stock does not reach; it"
            + " links to shop.product, shop.date");
  }

  @Test
  void perAnAttributeThatIsNoKey() {
    JavaFileObject stock = stock("""
        public static final Measure<Long> ON_HAND = lastValue(UNITS).per(Product.CATEGORY).over(Dates.DATE_ID);
        """);
    assertOnlyError(compileStock(stock), stock, at(".CATEGORY"),
        "[GrainlineSnapshotEntity] shop.on_hand is per shop.product.category, which is not a key of shop.product: an"
            + " entity is named by its key, shop.product.product_id");
  }

  @Test
  void aWindowOfSeveralPeriodsWouldAddSnapshots() {
    JavaFileObject stock = stock("""
        public static final Measure<Long> ON_HAND = lastValue(UNITS).per(PRODUCT).over(Dates.DATE_ID);
        public static final Metric<Long> RUNNING = cumulative(ON_HAND).over(Dates.MONTH);
        """);
    assertOnlyError(compileStock(stock), stock, at(".over(Dates.MONTH)"),
        "[GrainlineSnapshotWindow] shop.running: cumulative(shop.on_hand).over(shop.date.month) reads several periods"
            + " of");
  }
}
