package dev.grainline.internal.model.query;

import static dev.grainline.internal.model.query.Queries.*;
import static dev.grainline.internal.model.testing.Shop.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grainline.dsl.TimeGrain;
import dev.grainline.internal.model.expr.ComparisonOp;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.Windowed;
import dev.grainline.internal.model.expr.WindowFrame;
import dev.grainline.internal.model.query.QueryProblem.Subject;
import dev.grainline.internal.model.testing.Shop;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a query shows each window of its metrics: on which time attribute, partitioned by what, filtered how. */
class WindowResolverTest {
  private static final Node REVENUE = Shop.MODEL.metric("t.revenue").orElseThrow().formula();
  private static final AttributeRef DAY = ref("t.date", "date_id", "order");
  private static final AttributeRef WEEK = ref("t.date", "week", "order");
  private static final AttributeRef MONTH = ref("t.date", "month", "order");
  private static final AttributeRef YEAR = ref("t.date", "year", "order");
  private static final AttributeRef CATEGORY = ref("t.product", "category");
  private static final Windowed LAST_WEEK = new Windowed(REVENUE, WEEK, 1, new WindowFrame.Current());
  private static final Windowed THIS_WEEK = new Windowed(REVENUE, WEEK, 0, new WindowFrame.Current());

  private static List<WindowUse> uses(QuerySpec spec) {
    return resolved(spec).windows();
  }

  private static List<String> problems(QuerySpec spec) {
    return resolve(spec).problems().stream().map(QueryProblem::text).toList();
  }

  @Nested
  class Uses {
    @Test
    void aWindowIsShownOnItsTimeAttributeAndPartitionedByTheOtherDimensions() {
      assertEquals(List.of(new WindowUse(LAST_WEEK, TimeGrain.WEEK, List.of("t.sales"), WEEK, TimeGrain.WEEK,
          List.of(CATEGORY), Set.of())), uses(query(List.of("t.revenue_last_week"), List.of(CATEGORY, WEEK))));
    }

    @Test
    void onFinerRowsOfTheSameCalendarEachRowShowsItsPeriodsValue() {
      List<WindowUse> uses = uses(query(List.of("t.revenue_last_week"), List.of(YEAR, DAY, WEEK)));
      assertEquals(1, uses.size());
      assertEquals(DAY, uses.get(0).rowTime());
      assertEquals(TimeGrain.DAY, uses.get(0).rowGrain());
      // The year and the week are of the window's calendar: they do not partition it.
      assertEquals(List.of(), uses.get(0).partitions());
    }

    @Test
    void theSameCalendarThroughAnotherRolePartitionsTheWindow() {
      AttributeRef shipWeek = ref("t.date", "week", "ship");
      List<WindowUse> uses = uses(query(List.of("t.revenue_last_week"), List.of(shipWeek, WEEK)));
      assertEquals(List.of(shipWeek), uses.get(0).partitions());
    }

    @Test
    void eachWindowOnceInOrderOfAppearance() {
      List<WindowUse> uses = uses(query(List.of("t.revenue_last_week", "t.revenue_wow"), List.of(WEEK)));
      assertEquals(List.of(LAST_WEEK, THIS_WEEK), uses.stream().map(WindowUse::window).toList());
    }

    @Test
    void conditionsOnTheWindowsCalendarRestrictTheRowsShownOnly() {
      Node where = new Node.And(List.of(eq(CATEGORY, "Books"), eq(YEAR, 2024), eq(ref("t.customer", "segment"), "x"),
          eq(ref("t.date", "day_of_week", "order"), 1)));
      List<WindowUse> uses = uses(where(query(List.of("t.revenue_last_week"), List.of(WEEK)), where));
      assertEquals(Set.of(1, 3), uses.get(0).calendarConditions());
    }

    @Test
    void aWindowOverAFactsOwnTimeAttributes() {
      AttributeRef visitWeek = ref("t.visits", "visit_week");
      AttributeRef device = ref("t.visits", "device");
      WindowUse use = uses(query(List.of("t.visits_last_week"), List.of(device, ref("t.visits", "visit_day"))))
          .get(0);
      assertEquals(visitWeek, use.axis());
      assertEquals(List.of("t.visits"), use.facts());
      assertEquals(ref("t.visits", "visit_day"), use.rowTime());
      assertEquals(List.of(device), use.partitions());
    }

    @Test
    void aWindowOfAFilterOnlyMetricIsResolvedToo() {
      List<WindowUse> uses = uses(having(query(List.of("t.revenue"), List.of(WEEK)),
          gt(metric("t.revenue_last_week"), 0)));
      assertEquals(List.of(LAST_WEEK), uses.stream().map(WindowUse::window).toList());
    }

    @Test
    void aQueryWithoutWindowsHasNoUses() {
      assertEquals(List.of(), uses(query(List.of("t.revenue"), List.of(WEEK))));
    }
  }

  @Nested
  class Grains {
    @Test
    void aWindowNeedsATimeAttributeOfItsCalendar() {
      QuerySpec spec = query(List.of("t.revenue", "t.revenue_last_week"), List.of(CATEGORY, ref("t.date", "week",
          "ship")));
      assertEquals(List.of("[GrainlineWindowGrain] t.revenue_last_week compares week periods of t.date.week[order];"
          + " group by t.date.week[order] or a finer time attribute of its calendar"), problems(spec));
      assertEquals(List.of(new Subject.MetricAt(1)), resolve(spec).problems().stream().map(QueryProblem::subject)
          .toList());
    }

    @Test
    void coarserRowsAreRefusedWithTheReason() {
      assertEquals(List.of("[GrainlineWindowGrain] t.revenue_last_week compares week periods of t.date.week[order];"
          + " group by t.date.week[order] or a finer time attribute of its calendar (t.date.month[order], "
          + "t.date.year[order] are not a grain it is defined at)"),
          problems(query(List.of("t.revenue_last_week"), List.of(MONTH, YEAR))));
      assertEquals(List.of("[GrainlineWindowGrain] t.revenue_7d compares day periods of t.date.date_id[order];"
          + " group by t.date.date_id[order] or a finer time attribute of its calendar (t.date.week[order] is not a"
          + " grain it is defined at)"), problems(query(List.of("t.revenue_7d"), List.of(WEEK))));
    }

    @Test
    void aMetricsWindowsShareOneProblem() {
      assertEquals(List.of("[GrainlineWindowGrain] t.revenue_wow compares week periods of t.date.week[order]; group"
          + " by t.date.week[order] or a finer time attribute of its calendar"),
          problems(query(List.of("t.revenue_wow"), List.of(CATEGORY))));
    }

    @Test
    void aFilterOnlyWindowIsReportedForTheWholeQuery() {
      QuerySpec spec = having(query(List.of("t.revenue"), List.of(CATEGORY)), gt(metric("t.revenue_last_week"), 0));
      assertEquals(List.of(new Subject.Whole()), resolve(spec).problems().stream().map(QueryProblem::subject)
          .toList());
    }

    @Test
    void runningTotalsAndToDateValuesAreShownAtTheEndOfCoarserRows() {
      assertEquals(MONTH, uses(query(List.of("t.running_revenue"), List.of(MONTH))).get(0).rowTime());
      assertEquals(MONTH, uses(query(List.of("t.revenue_mtd"), List.of(MONTH))).get(0).rowTime());
      assertEquals(List.of("[GrainlineWindowGrain] t.revenue_mtd compares day periods of t.date.date_id[order]; group"
          + " by t.date.date_id[order] or a finer time attribute of its calendar (t.date.year[order] is not a grain"
          + " it is defined at)"), problems(query(List.of("t.revenue_mtd"), List.of(YEAR))));
    }

    /** Rows of a grain inside one axis period show that period's value; coarser ones only an end-of-period value. */
    @ParameterizedTest
    @CsvSource({
        "LAG,        WEEK,  DAY,     true",
        "LAG,        WEEK,  WEEK,    true",
        "LAG,        WEEK,  MONTH,   false",
        "LAG,        DAY,   WEEK,    false",
        "TRAILING,   DAY,   MONTH,   false",
        "CUMULATIVE, DAY,   YEAR,    true",
        "CUMULATIVE, DAY,   WEEK,    true",
        "CUMULATIVE, WEEK,  MONTH,   false",
        "MTD,        DAY,   MONTH,   true",
        "MTD,        DAY,   WEEK,    false",
        "MTD,        DAY,   QUARTER, false",
        "MTD,        MONTH, DAY,     true"})
    void definedAt(String frame, TimeGrain axis, TimeGrain row, boolean defined) {
      WindowFrame windowFrame = switch (frame) {
        case "LAG" -> new WindowFrame.Current();
        case "TRAILING" -> new WindowFrame.Trailing(7, TimeGrain.DAY);
        case "CUMULATIVE" -> new WindowFrame.Cumulative();
        case "MTD" -> new WindowFrame.ToDate(TimeGrain.MONTH);
        default -> throw new IllegalArgumentException(frame);
      };
      assertEquals(defined, WindowResolver.definedAt(windowFrame, axis, row));
    }
  }

  @Nested
  class Filters {
    @Test
    void aConditionMixingTheCalendarWithOtherDimensionsCannotBeSplit() {
      Node mixed = new Node.Or(List.of(eq(YEAR, 2024), eq(CATEGORY, "Books")));
      QuerySpec spec = where(query(List.of("t.revenue_last_week"), List.of(WEEK)),
          new Node.And(List.of(eq(CATEGORY, "Music"), mixed)));
      assertEquals(List.of("[GrainlineWindowFilter] (t.date.year[order] = 2024) OR (t.product.category = 'Books')"
          + " mixes t.date with other dimensions in one condition, so it cannot be split into the rows shown and"
          + " the periods t.revenue_last_week reads; write the time condition as its own AND-ed condition"),
          problems(spec));
      assertEquals(List.of(new Subject.InWhere(mixed)), resolve(spec).problems().stream()
          .map(QueryProblem::subject).toList());
    }

    @Test
    void aFinerConditionCouldCutTheEndOfACoarserRow() {
      Node days = new Node.Comparison(ComparisonOp.GE, DAY, literal(20240110));
      assertEquals(List.of("[GrainlineWindowGrain] t.running_revenue compares day periods of t.date.date_id[order];"
          + " shown by t.date.month[order], it is the value at the end of each month, which t.date.date_id[order] >="
          + " 20240110 could cut short; filter whole months or group by a finer time attribute"),
          problems(where(query(List.of("t.running_revenue"), List.of(MONTH)), days)));
      // Whole years keep whole months.
      assertEquals(Set.of(0), uses(where(query(List.of("t.running_revenue"), List.of(MONTH)), eq(YEAR, 2024)))
          .get(0).calendarConditions());
    }
  }
}
