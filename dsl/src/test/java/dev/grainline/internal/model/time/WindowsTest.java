package dev.grainline.internal.model.time;

import static dev.grainline.dsl.Grainline.*;
import static dev.grainline.internal.model.testing.Shop.ref;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.grainline.SqlType;
import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Metric;
import dev.grainline.dsl.Metrics;
import dev.grainline.dsl.Table;
import dev.grainline.dsl.TimeGrain;
import dev.grainline.internal.model.assembly.ModelAssembler;
import dev.grainline.internal.model.assembly.ReflectiveDeclarations;
import dev.grainline.internal.model.expr.ArithmeticOp;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Arithmetic;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.Literal;
import dev.grainline.internal.model.expr.Node.Windowed;
import dev.grainline.internal.model.expr.WindowFrame;
import dev.grainline.internal.model.testing.Shop;
import dev.grainline.internal.model.validation.Diagnostic;
import dev.grainline.internal.model.validation.Message;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Formulas expanded down to aggregates, and nested windows composed into one, or rejected with their reason. */
class WindowsTest {
  private static final Windows WINDOWS = new Windows(Shop.MODEL);
  private static final Node REVENUE = Shop.MODEL.metric("t.revenue").orElseThrow().formula();
  private static final Node SALE_COUNT = Shop.MODEL.metric("t.sale_count").orElseThrow().formula();
  private static final AttributeRef DAY = ref("t.date", "date_id", "order");
  private static final AttributeRef WEEK = ref("t.date", "week", "order");
  private static final WindowFrame LAG = new WindowFrame.Current();

  private static Windowed window(Node metric, AttributeRef axis, int shift, WindowFrame frame) {
    return new Windowed(metric, axis, shift, frame);
  }

  private static Node percentChange(Node current, Node previous) {
    return new Arithmetic(ArithmeticOp.MULTIPLY,
        new Arithmetic(ArithmeticOp.DIVIDE, new Arithmetic(ArithmeticOp.SUBTRACT, current, previous), previous),
        new Literal(100, SqlType.INTEGER));
  }

  @Nested
  class Expansion {
    @Test
    void aMetricWithoutWindowsExpandsToItsAggregates() {
      assertEquals(new Arithmetic(ArithmeticOp.DIVIDE, REVENUE, SALE_COUNT), WINDOWS.expand("t.revenue_per_sale"));
      assertEquals(REVENUE, WINDOWS.expand("t.revenue"));
    }

    @Test
    void aWindowExpandsTheMetricItReads() {
      assertEquals(window(REVENUE, WEEK, 1, LAG), WINDOWS.expand("t.revenue_last_week"));
      assertEquals(window(REVENUE, WEEK, -1, LAG), WINDOWS.expand("t.revenue_next_week"));
      assertEquals(window(REVENUE, DAY, 0, new WindowFrame.Trailing(7, TimeGrain.DAY)), WINDOWS.expand("t.revenue_7d"));
      assertEquals(window(REVENUE, DAY, 0, new WindowFrame.Cumulative()), WINDOWS.expand("t.running_revenue"));
      assertEquals(window(REVENUE, DAY, 0, new WindowFrame.ToDate(TimeGrain.MONTH)),
          WINDOWS.expand("t.revenue_mtd"));
    }

    @Test
    void besideAWindowTheRestOfTheFormulaIsTheCurrentPeriodOfTheSameAxis() {
      // Week-over-week by day is the week's change on every day of it, never a day against a week.
      assertEquals(percentChange(window(REVENUE, WEEK, 0, LAG), window(REVENUE, WEEK, 1, LAG)),
          WINDOWS.expand("t.revenue_wow"));
    }

    @Test
    void aLagOfALaggedFormulaShiftsEveryPart() {
      assertEquals(percentChange(window(REVENUE, WEEK, 1, LAG), window(REVENUE, WEEK, 2, LAG)),
          WINDOWS.expand("t.revenue_wow_last_week"));
    }

    @Test
    void aLagOfATrailingWindowIsTheTrailingWindowEndingEarlier() {
      assertEquals(window(REVENUE, DAY, 7, new WindowFrame.Trailing(7, TimeGrain.DAY)),
          WINDOWS.expand("t.revenue_7d_week_before"));
    }

    @Test
    void aTrailingWindowOfALagIsTheTrailingWindowEndingEarlier() {
      assertEquals(window(REVENUE, DAY, 1, new WindowFrame.Trailing(7, TimeGrain.DAY)),
          WINDOWS.expand("t.revenue_7d_to_yesterday"));
    }

    @Test
    void anExpansionIsComputedOnce() {
      assertSame(WINDOWS.expand("t.revenue_wow"), WINDOWS.expand("t.revenue_wow"));
    }

    @Test
    void anUnknownMetricIsAnError() {
      assertEquals("t.nope", assertThrows(IllegalArgumentException.class, () -> WINDOWS.expand("t.nope"))
          .getMessage());
    }
  }

  @Nested
  class Composition {
    @Test
    void aFormulaWithoutWindowsIsUnchanged() {
      Node ratio = new Arithmetic(ArithmeticOp.DIVIDE, REVENUE, SALE_COUNT);
      assertSame(ratio, Windows.compose(ratio));
    }

    @Test
    void lagsAndLeadsAddUp() {
      assertEquals(window(REVENUE, WEEK, 5, LAG),
          Windows.compose(window(window(REVENUE, WEEK, 2, LAG), WEEK, 3, LAG)));
      assertEquals(window(REVENUE, WEEK, 0, LAG),
          Windows.compose(window(window(REVENUE, WEEK, -1, LAG), WEEK, 1, LAG)));
    }

    @Test
    void aSinglePeriodInsideAMultiPeriodWindowMovesIt() {
      assertEquals(window(REVENUE, DAY, 1, new WindowFrame.ToDate(TimeGrain.MONTH)),
          Windows.compose(window(window(REVENUE, DAY, 1, LAG), DAY, 0, new WindowFrame.ToDate(TimeGrain.MONTH))));
      assertEquals(window(REVENUE, DAY, 2, new WindowFrame.Cumulative()),
          Windows.compose(window(window(REVENUE, DAY, 2, LAG), DAY, 0, new WindowFrame.Cumulative())));
    }

    @Test
    void nestingsComposeInnermostFirst() {
      Windowed trailingOfLag = window(window(REVENUE, DAY, 1, LAG), DAY, 0, new WindowFrame.Trailing(7, TimeGrain.DAY));
      assertEquals(window(REVENUE, DAY, 8, new WindowFrame.Trailing(7, TimeGrain.DAY)),
          Windows.compose(window(trailingOfLag, DAY, 7, LAG)));
    }

    @Test
    void windowsInsideAFormulaComposeInPlace() {
      Node formula = new Arithmetic(ArithmeticOp.SUBTRACT, window(window(REVENUE, WEEK, 1, LAG), WEEK, 1, LAG),
          window(REVENUE, WEEK, 1, LAG));
      assertEquals(new Arithmetic(ArithmeticOp.SUBTRACT, window(REVENUE, WEEK, 2, LAG), window(REVENUE, WEEK, 1, LAG)),
          Windows.compose(formula));
    }

    @Test
    void twoMultiPeriodWindowsAreUndefined() {
      Windows.UndefinedWindow undefined = assertThrows(Windows.UndefinedWindow.class, () -> Windows.compose(
          window(window(REVENUE, DAY, 0, new WindowFrame.Cumulative()), DAY, 0,
              new WindowFrame.Trailing(7, TimeGrain.DAY))));
      assertEquals(Message.NESTED_WINDOW_UNDEFINED, undefined.message());
      assertArrayEquals(new Object[] {"t.m", "a trailing 7-day window", "a running total"},
          undefined.arguments("t.m"));

      undefined = assertThrows(Windows.UndefinedWindow.class, () -> Windows.compose(
          window(window(REVENUE, DAY, 0, new WindowFrame.ToDate(TimeGrain.MONTH)), DAY, 0,
              new WindowFrame.Cumulative())));
      assertArrayEquals(new Object[] {"t.m", "a running total", "a month-to-date window"},
          undefined.arguments("t.m"));
    }

    @Test
    void aMultiPeriodWindowOfAFormulaOfWindowsIsUndefined() {
      Node formula = new Arithmetic(ArithmeticOp.ADD, window(REVENUE, DAY, 1, LAG), REVENUE);
      Windows.UndefinedWindow undefined = assertThrows(Windows.UndefinedWindow.class, () -> Windows.compose(
          window(formula, DAY, 0, new WindowFrame.Trailing(7, TimeGrain.DAY))));
      assertEquals(Message.NESTED_WINDOW_IN_FORMULA, undefined.message());
      assertArrayEquals(new Object[] {"t.m"}, undefined.arguments("t.m"));
    }

    @Test
    void windowsOverDifferentTimeAttributesDoNotCompose() {
      Windows.UndefinedWindow undefined = assertThrows(Windows.UndefinedWindow.class, () -> Windows.compose(
          window(window(REVENUE, DAY, 1, LAG), WEEK, 1, LAG)));
      assertEquals(Message.NESTED_WINDOW_AXES, undefined.message());
      assertArrayEquals(new Object[] {"t.m", "t.date.week[order]", "t.date.date_id[order]"},
          undefined.arguments("t.m"));

      // A lag of a formula moves each window in it, and each must be over the lag's attribute.
      Node formula = new Arithmetic(ArithmeticOp.ADD, window(REVENUE, DAY, 1, LAG), REVENUE);
      assertEquals(Message.NESTED_WINDOW_AXES, assertThrows(Windows.UndefinedWindow.class,
          () -> Windows.compose(window(formula, WEEK, 1, LAG))).message());
    }

    @Test
    void aLagOfAFormulaLagsEachWindowAndEachPartBeside() {
      Node formula = new Arithmetic(ArithmeticOp.ADD, window(REVENUE, DAY, 1, LAG), SALE_COUNT);
      assertEquals(new Arithmetic(ArithmeticOp.ADD, window(REVENUE, DAY, 3, LAG), window(SALE_COUNT, DAY, 2, LAG)),
          Windows.compose(window(formula, DAY, 2, LAG)));
    }
  }

  /** Definitions whose windows do not compose are rejected when the model is assembled, each at its metric. */
  @Nested
  class Assembly {
    @Fact("u.clicks")
    static final class Clicks {
      static final Table C = table("u.clicks");
      static final Attribute<Integer> CLICK_ID = key(C.intCol("click_id"));
      static final Attribute<LocalDate> DAY = attribute(C.timestampCol("clicked_at").truncatedTo(TimeGrain.DAY));
      static final Attribute<LocalDate> WEEK = attribute(C.timestampCol("clicked_at").truncatedTo(TimeGrain.WEEK));
      static final Measure<Long> CLICKS = count();
    }

    @Metrics
    static final class NestedWindows {
      static final Metric<Long> RUNNING_7D = trailing(cumulative(Clicks.CLICKS).over(Clicks.DAY), 7, DAYS)
          .over(Clicks.DAY);
      static final Metric<Long> LAST_WEEK_YESTERDAY = lag(lag(Clicks.CLICKS).over(Clicks.DAY)).over(Clicks.WEEK);
    }

    @Test
    void eachUndefinedNestingIsAnErrorOfItsMetric() {
      List<String> errors = ModelAssembler.assemble(
          ReflectiveDeclarations.of("U", "u", Clicks.class, NestedWindows.class)).diagnostics().stream()
          .filter(Diagnostic::isError).map(Diagnostic::text).toList();
      assertEquals(List.of(
          "[GrainlineNestedWindow] u.running_7d: a trailing 7-day window of a running total is undefined: a window"
              + " is recomputed from the rows of its periods, and a set of overlapping windows is not one set of"
              + " periods",
          "[GrainlineNestedWindow] u.last_week_yesterday: a window over u.clicks.week cannot hold a window over"
              + " u.clicks.day; nest windows over the same time attribute"), errors);
    }
  }
}
