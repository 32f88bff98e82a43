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
 * The forms of definition people write beyond DSL calls and constants: helper methods, {@code ?:} with a constant
 * condition, relative dates; and what stays out (a clock read when the class loads, a library's compiled method, a
 * count that is not a constant). One test per rule, each asserting the message and where javac shows it. What the
 * accepted forms evaluate to is checked in {@code DefinitionEvaluatorTest}.
 */
class DefinitionFormsTest {

  // --- helper methods ----------------------------------------------------------------------------------------

  @Test
  void helperMethodsOfTheSourcesAreReadLikeInitializers() {
    JavaFileObject columns = source("shop.Money", """
        package shop;

        import static dev.grainline.dsl.Grainline.*;

        import dev.grainline.dsl.*;
        import java.math.BigDecimal;

        /** Helpers that no model annotation marks: a definition may call them all the same. */
        final class Money {
          private Money() {}

          static Column<BigDecimal> cents(Table table, String column) {
            return table.decimalCol(column).times(100);
          }

          static <T> Measure<T> total(Column<?> value, boolean completedOnly) {
            return completedOnly ? sum(value).filter(Orders.STATUS.eq("completed")) : sum(value);
          }
        }
        """);
    JavaFileObject orders = ShopModel.orders("""
        static final boolean COMPLETED_ONLY = true;
        public static final Measure<java.math.BigDecimal> AMOUNT_CENTS =
            Money.total(Money.cents(O, "amount"), COMPLETED_ONLY);
        public static final Measure<Double> PRICE_TOTAL = COMPLETED_ONLY ? sum(PRICE) : sum(O.textCol("status"));
        """);
    Compilation compilation = compile(ShopModel.with(orders, columns));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("shop.ShopCatalog").contentsAsUtf8String()
        .contains("\"AMOUNT_CENTS\"");
  }

  @Test
  void aModelDiagnosticAboutWhatAHelperBuiltIsShownAtTheDefinitionsCall() {
    JavaFileObject columns = source("shop.Sums", """
        package shop;

        import static dev.grainline.dsl.Grainline.*;

        import dev.grainline.dsl.*;

        final class Sums {
          private Sums() {}

          static Measure<Double> sumOf(Table table, String column) {
            return sum(table.textCol(column));
          }
        }
        """);
    JavaFileObject orders = ShopModel.orders("""
        public static final Measure<Double> STATUS_TOTAL = Sums.sumOf(O, "status");
        """);
    // The helper is fine for a numeric column; the field being defined is where the text column was chosen.
    assertOnlyError(compile(ShopModel.with(orders, columns)), orders, at(".sumOf(O, \"status\")"),
        "[GrainlineTypeMismatch] sum(orders.status): sum needs numbers, not text values");
  }

  @Test
  void aDslErrorInsideAHelperIsShownAtTheDefinitionsCall() {
    JavaFileObject orders = ShopModel.orders("""
        static Measure<Double> pricePercentile(double fraction) {
          return percentile(PRICE, fraction);
        }

        public static final Measure<Double> WRONG = pricePercentile(90.0);
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at("pricePercentile(90.0)"),
        "[GrainlineInvalidValue] percentile(..., 90.0): the fraction is between 0 and 1");
  }

  @Test
  void unsupportedSyntaxInsideAHelperIsShownInTheHelper() {
    JavaFileObject orders = ShopModel.orders("""
        static Column<Integer> numbered(int n) {
          return O.intCol("c" + String.valueOf(n));
        }

        static final Column<Integer> C1 = numbered(1);
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at(".valueOf(n)"),
        "[GrainlineUnsupportedSyntax] String.valueOf(n): a definition may only call the Grainline DSL and use"
            + " constants and literals");
  }

  @Test
  void aHelperHasOneReturnStatement() {
    JavaFileObject orders = ShopModel.orders("""
        static Column<Integer> column(String name) {
          String trimmed = name.strip();
          return O.intCol(trimmed);
        }

        static final Column<Integer> DISCOUNT = column(" discount ");
        """);
    // javac shows a local variable declaration at its name.
    assertOnlyError(compile(ShopModel.with(orders)), orders, at("trimmed ="),
        "[GrainlineUnsupportedSyntax] String trimmed = name.strip(): a helper method that a definition calls has"
            + " exactly one statement, return <expression>;, and the expression follows the rules of a definition");
  }

  @Test
  void aLibrarysCompiledMethodIsNotReadAndTheMessageSaysSo() {
    // Guava is on the test class path as a jar: its methods have no trees.
    JavaFileObject orders = ShopModel.orders("""
        static final Column<Integer> DISCOUNT = O.intCol(com.google.common.base.Strings.nullToEmpty("discount"));
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at(".nullToEmpty(\"discount\")"),
        "[GrainlineUnsupportedSyntax] com.google.common.base.Strings.nullToEmpty(\"discount\"): Strings.nullToEmpty"
            + " is compiled code (a library's class), whose body the processor cannot read; a definition may call"
            + " the Grainline DSL and static helper methods of the sources being compiled");
  }

  @Test
  void aRecursionThatDoesNotEndIsReportedWhereItGoesTooDeep() {
    JavaFileObject orders = ShopModel.orders("""
        static Column<Integer> plusOne(Column<Integer> column) {
          return plusOne(column.plus(1));
        }

        static final Column<Integer> NEXT = plusOne(QUANTITY);
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at("plusOne(column.plus(1))"),
        "[GrainlineHelperRecursion] plusOne(column.plus(1)): helper methods call each other more than 32 deep here"
            + " (Orders.plusOne(...) calls Orders.plusOne(...) calls Orders.plusOne(...) calls ..."
            + " Orders.plusOne(...)); a recursive helper must end within a few calls, on a constant condition");
  }

  // --- conditions ---------------------------------------------------------------------------------------------

  @Test
  void aConditionThatIsNotAConstantIsReportedAtTheCondition() {
    JavaFileObject orders = ShopModel.orders("""
        static boolean net = true;
        public static final Measure<Double> AMOUNT = net ? sum(PRICE) : sum(O.doubleCol("gross"));
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at("net ?"),
        "[GrainlineUnsupportedSyntax] net: the condition of ?: in a definition is a constant (literals, static"
            + " final constants, and parameters of a helper method given constants), so that only the branch it"
            + " chooses is read");
  }

  // --- values that change from run to run -----------------------------------------------------------------------

  @Test
  void aClockReadWhenTheClassLoadsIsReportedAtTheCall() {
    JavaFileObject orders = ShopModel.orders("""
        public static final Measure<Double> RECENT_REVENUE =
            sum(PRICE).filter(O.dateCol("ordered_at").ge(java.time.LocalDate.now().minusDays(7)));
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at(".now()"),
        "[GrainlineNonDeterministic] java.time.LocalDate.now(): a definition is computed once, when its class is"
            + " initialised, so this value would stay what it was when the application started; for the date on"
            + " which a query runs, in its time zone, use today(), as in today().minusDays(7)");
  }

  @Test
  void aRandomValueIsReportedAtTheCall() {
    JavaFileObject orders = ShopModel.orders("""
        public static final Measure<Double> SAMPLED = sum(PRICE.times(Math.random()));
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at(".random()"),
        "[GrainlineNonDeterministic] Math.random(): a definition is computed once");
  }

  // --- relative dates -------------------------------------------------------------------------------------------

  @Test
  void todayIsADateInFiltersAndNamedQueries() {
    JavaFileObject orders = ShopModel.orders("""
        static final QueryDate WEEK_AGO = today().minusWeeks(1);
        public static final Measure<Double> LAST_30_DAYS_REVENUE =
            sum(PRICE).filter(O.dateCol("ordered_at").ge(today().minusDays(30)));
        public static final Measure<Double> THIS_MONTH_REVENUE =
            sum(PRICE).filter(O.timestampCol("paid_at").ge(today().truncatedTo(MONTH)));
        """);
    JavaFileObject metrics = ShopModel.metrics("""
        public static final NamedQuery LAST_WEEK = query(Orders.REVENUE).by(Dates.DAY.via("ordered"))
            .where(Dates.DAY.via("ordered").ge(Orders.WEEK_AGO).and(Dates.DAY.via("ordered").lt(today())));
        """);
    assertThat(compile(ShopModel.with(orders, metrics))).succeededWithoutWarnings();
  }

  @Test
  void todayIsTypedAsADate() {
    JavaFileObject orders = ShopModel.orders("""
        public static final Measure<Double> ODD = sum(PRICE).filter(STATUS.eq(today()));
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at(".eq(today())"),
        "[GrainlineTypeMismatch] orders.status = today(): cannot compare text with date (=)");
  }

  @Test
  void aRelativeDateMovesABoundedNumberOfUnits() {
    JavaFileObject orders = ShopModel.orders("""
        public static final Measure<Double> ANCIENT =
            sum(PRICE).filter(O.dateCol("ordered_at").ge(today().minusYears(1_000_000)));
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at(".minusYears(1_000_000)"),
        "[GrainlineInvalidValue] minusYears(1000000): a relative date moves at most 100000 years");
  }

  @Test
  void aConstantThatEnginesWouldNotCompareAlikeIsShownAtTheCall() {
    JavaFileObject orders = ShopModel.orders("""
        public static final Measure<Double> ANCIENT =
            sum(PRICE).filter(O.dateCol("ordered_at").ge(java.time.LocalDate.of(0, 1, 1)));
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at(".ge(java.time.LocalDate.of(0, 1, 1))"),
        "[GrainlineValueRange] date 0000-01-01 is outside the years 1 to 9999, the dates every engine represents"
            + " alike");
  }

  @Test
  void aLikePatternEndingWithTheEscapeCharacterIsShownAtTheCall() {
    JavaFileObject orders = ShopModel.orders("""
        public static final Measure<Double> ODD = sum(PRICE).filter(STATUS.like("50\\\\%\\\\"));
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at(".like("),
        "[GrainlineValueRange] LIKE pattern '50\\%\\' ends with the escape character \\; write \\\\ to match a"
            + " backslash");
  }

  // --- window counts ----------------------------------------------------------------------------------------------

  @Test
  void aWindowCountReadFromAFieldThatIsNotAConstantIsShownAtTheCount() {
    JavaFileObject metrics = ShopModel.metrics("""
        static final int N = Integer.parseInt("7");

        public static final Metric<Double> REVENUE_N_MONTHS_AGO = lag(Orders.REVENUE, N).over(Dates.MONTH);
        """);
    assertOnlyError(compile(ShopModel.with(metrics)), metrics, at("N).over"),
        "[GrainlineWindowOffset] lag(...): the number of periods is a positive constant, not N, whose value comes"
            + " from ShopMetrics.N = Integer.parseInt(\"7\"); initialise ShopMetrics.N with a literal or a constant"
            + " expression");
  }
}
