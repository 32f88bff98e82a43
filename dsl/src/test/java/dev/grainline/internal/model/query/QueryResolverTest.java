package dev.grainline.internal.model.query;

import static dev.grainline.internal.model.query.Queries.*;
import static dev.grainline.internal.model.testing.Shop.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grainline.SqlType;
import dev.grainline.internal.model.SortKey;
import dev.grainline.internal.model.expr.ArithmeticOp;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.graph.JoinPath;
import dev.grainline.internal.model.MetricDef;
import dev.grainline.internal.model.query.QueryProblem.Subject;
import dev.grainline.internal.model.testing.Shop;
import dev.grainline.internal.model.validation.Message;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Names, reachability, filter levels and ORDER BY of queries on the {@link Shop} model. */
class QueryResolverTest {
  private static final AttributeRef CATEGORY = ref("t.product", "category");
  private static final AttributeRef COUNTRY = ref("t.location", "country");
  private static final AttributeRef STORE_COUNTRY = ref("t.location", "country", "store");
  private static final AttributeRef ORDER_WEEK = ref("t.date", "week", "order");

  private static List<String> problems(QuerySpec spec) {
    return resolve(spec).problems().stream().map(QueryProblem::text).toList();
  }

  private static List<Subject> subjects(QuerySpec spec) {
    return resolve(spec).problems().stream().map(QueryProblem::subject).toList();
  }

  private static String path(ResolvedQuery query, String entity, AttributeRef ref) {
    return query.path(entity, ref).describe();
  }

  @Nested
  class Names {
    @Test
    void aQueryRequestsAMetric() {
      QuerySpec spec = query(List.of(), List.of(CATEGORY));
      assertEquals(List.of("[GrainlineEmptyQuery] the query requests no metric"), problems(spec));
      assertEquals(List.of(new Subject.Whole()), subjects(spec));
    }

    @Test
    void anUnknownMetricGetsTheNearestNames() {
      QuerySpec spec = query(List.of("t.revenue", "t.visit_cuont"), List.of());
      assertEquals(List.of("[GrainlineUnknownReference] t.visit_cuont: no such metric; did you mean t.visit_count?"),
          problems(spec));
      assertEquals(List.of(new Subject.MetricAt(1)), subjects(spec));
    }

    @Test
    void anUnknownDimensionIsLookedUpWithoutItsRolePath() {
      QuerySpec spec = query(List.of("t.revenue"), List.of(ORDER_WEEK, ref("t.product", "categroy", "x")));
      assertEquals(List.of("[GrainlineUnknownReference] t.product.categroy[x]: no such dimension; did you mean"
          + " t.product.category?"), problems(spec));
      assertEquals(List.of(new Subject.DimensionAt(1)), subjects(spec));
    }

    @Test
    void aNameFarFromEveryOtherGetsNoSuggestion() {
      assertEquals(List.of("[GrainlineUnknownReference] t.zzzzzzzz: no such metric"),
          problems(query(List.of("t.zzzzzzzz"), List.of())));
    }

    @Test
    void aMetricOrDimensionRequestedTwiceIsReportedAtItsSecondPlace() {
      QuerySpec spec = query(List.of("t.revenue", "t.revenue"), List.of(CATEGORY, ref("t.product", "category")));
      assertEquals(List.of("[GrainlineDuplicateRequest] t.revenue is requested twice",
          "[GrainlineDuplicateRequest] t.product.category is requested twice"), problems(spec));
      assertEquals(List.of(new Subject.MetricAt(1), new Subject.DimensionAt(1)), subjects(spec));
    }

    @Test
    void theSameAttributeThroughTwoRolesIsTwoDimensions() {
      ResolvedQuery query = resolved(query(List.of("t.revenue"), List.of(ORDER_WEEK, ref("t.date", "week", "ship"))));
      assertEquals("t.sales -[order]-> t.date", path(query, "t.sales", ORDER_WEEK));
      assertEquals("t.sales -[ship]-> t.date", path(query, "t.sales", ref("t.date", "week", "ship")));
    }
  }

  @Nested
  class Paths {
    @Test
    void eachFactGetsItsPathToEachDimension() {
      ResolvedQuery query = resolved(query(List.of("t.revenue", "t.visit_count"), List.of(STORE_COUNTRY)));
      assertEquals(List.of("t.sales", "t.visits"), query.entities());
      assertEquals("t.sales -[store]-> t.location", path(query, "t.sales", STORE_COUNTRY));
      assertEquals("t.visits -[store]-> t.location", path(query, "t.visits", STORE_COUNTRY));
      assertEquals(Map.of(STORE_COUNTRY, SqlType.TEXT), query.dimensionTypes());
    }

    @Test
    void withoutARoleTheNearestPathWinsAndARoleChoosesAFartherOne() {
      AttributeRef home = ref("t.location", "country", "customer", "home");
      ResolvedQuery query = resolved(query(List.of("t.revenue"), List.of(COUNTRY, home)));
      assertEquals("t.sales -[store]-> t.location", path(query, "t.sales", COUNTRY));
      assertEquals("t.sales -[customer]-> t.customer -[home]-> t.location", path(query, "t.sales", home));
    }

    @Test
    void aFactsOwnAttributesNeedNoPath() {
      AttributeRef device = ref("t.visits", "device");
      ResolvedQuery query = resolved(query(List.of("t.visit_count"), List.of(device)));
      assertEquals(JoinPath.local("t.visits"), query.path("t.visits", device));
    }

    @Test
    void whereFilterAttributesAreResolvedToo() {
      AttributeRef segment = ref("t.customer", "segment");
      ResolvedQuery query = resolved(where(query(List.of("t.revenue"), List.of(CATEGORY)), eq(segment, "retail")));
      assertEquals("t.sales -[customer]-> t.customer", path(query, "t.sales", segment));
      assertEquals("t.sales --> t.product", path(query, "t.sales", CATEGORY));
    }

    @Test
    void aDimensionOneFactCannotReachNamesTheMetricThatNeedsIt() {
      QuerySpec spec = query(List.of("t.revenue", "t.visit_count"), List.of(STORE_COUNTRY, CATEGORY));
      assertEquals(List.of("[GrainlineNoJoinPath] t.product.category is not reachable from t.visits (needed by"
          + " t.visit_count)"), problems(spec));
      assertEquals(List.of(new Subject.DimensionAt(1)), subjects(spec));
    }

    @Test
    void anUnreachableFilterAttributeIsReportedInTheFilter() {
      QuerySpec spec = where(query(List.of("t.visit_count"), List.of()), eq(CATEGORY, "Books"));
      assertEquals(List.of("[GrainlineNoJoinPath] t.product.category is not reachable from t.visits (needed by"
          + " t.visit_count)"), problems(spec));
      assertEquals(List.of(new Subject.InWhere(CATEGORY)), subjects(spec));
    }

    @Test
    void equallyNearPathsNeedARole() {
      QuerySpec spec = query(List.of("t.revenue"), List.of(ref("t.date", "week")));
      assertEquals(List.of("[GrainlineAmbiguousJoinPath] t.date.week is reachable from t.sales only as [order],"
          + " [ship] or [customer->signup]; name the role path, as in t.date.week[order]"), problems(spec));
      assertEquals(List.of(new Subject.DimensionAt(0)), subjects(spec));
    }

    @Test
    void anUnknownRoleListsTheRolesThereAreAndTheNearestOne() {
      assertEquals(List.of("[GrainlineUnknownRole] t.date.week[odrer]: t.sales reaches t.date only as [order],"
          + " [ship] or [customer->signup]; did you mean [order]?"),
          problems(query(List.of("t.revenue"), List.of(ref("t.date", "week", "odrer")))));
      // Visits reach the calendar over a link without a role.
      assertEquals(List.of("[GrainlineUnknownRole] t.date.week[order]: t.visits reaches t.date only without a"
          + " role"), problems(query(List.of("t.visit_count"), List.of(ORDER_WEEK))));
    }

    @Test
    void aDimensionAmbiguousForOneFactIsReportedForThatFactOnly() {
      QuerySpec spec = query(List.of("t.revenue", "t.visit_count"), List.of(ref("t.date", "week")));
      assertEquals(List.of("[GrainlineAmbiguousJoinPath] t.date.week is reachable from t.sales only as [order],"
          + " [ship] or [customer->signup]; name the role path, as in t.date.week[order]"), problems(spec));
    }
  }

  /** Metrics the having filter uses without requesting them are computed, and their facts must reach the query. */
  @Nested
  class FilterOnlyMetrics {
    @Test
    void aHavingMetricNotRequestedIsFilterOnly() {
      ResolvedQuery query = resolved(having(query(List.of("t.revenue"), List.of(STORE_COUNTRY)),
          gt(metric("t.visit_count"), 10)));
      assertEquals(List.of("t.visit_count"), query.filterOnlyMetrics().stream().map(MetricDef::name).toList());
      assertEquals(List.of("t.revenue"), query.metrics().stream().map(MetricDef::name).toList());
      assertEquals(List.of("t.sales", "t.visits"), query.entities());
      assertEquals("t.visits -[store]-> t.location", path(query, "t.visits", STORE_COUNTRY));
    }

    @Test
    void aRequestedMetricOrOneUsedTwiceIsNotAddedAgain() {
      Node twice = new Node.And(List.of(gt(metric("t.revenue"), 1), gt(metric("t.sale_count"), 2),
          gt(metric("t.sale_count"), 3)));
      ResolvedQuery query = resolved(having(query(List.of("t.revenue"), List.of(CATEGORY)), twice));
      assertEquals(List.of("t.sale_count"), query.filterOnlyMetrics().stream().map(MetricDef::name).toList());
      assertEquals(List.of("t.sales"), query.entities());
    }

    @Test
    void aFilterOnlyMetricsFactMustReachTheDimensions() {
      QuerySpec spec = having(query(List.of("t.revenue"), List.of(CATEGORY)), gt(metric("t.visit_count"), 10));
      assertEquals(List.of("[GrainlineNoJoinPath] t.product.category is not reachable from t.visits (needed by"
          + " t.visit_count)"), problems(spec));
    }

    @Test
    void anUnknownHavingMetricGetsTheNearestNames() {
      Node condition = gt(metric("t.revenu"), 10);
      QuerySpec spec = having(query(List.of("t.sale_count"), List.of()), condition);
      assertEquals(List.of("[GrainlineUnknownReference] t.revenu: no such metric; did you mean t.revenue?"),
          problems(spec));
      assertEquals(List.of(new Subject.InHaving(metric("t.revenu"))), subjects(spec));
    }
  }

  @Nested
  class FilterLevels {
    @Test
    void theWhereFilterIsAboutRowsNotMetrics() {
      QuerySpec spec = where(query(List.of("t.revenue"), List.of()), gt(metric("t.sale_count"), 1));
      assertEquals(List.of("[GrainlineFilterLevel] t.sale_count: the where filter applies to rows before"
          + " aggregation, so it cannot use a metric; use having"), problems(spec));
      assertEquals(List.of(new Subject.InWhere(metric("t.sale_count"))), subjects(spec));
    }

    @Test
    void anUnknownFilterAttributeGetsTheNearestNames() {
      QuerySpec spec = where(query(List.of("t.revenue"), List.of()), eq(ref("t.customer", "segmnt"), "retail"));
      assertEquals(List.of("[GrainlineUnknownReference] t.customer.segmnt: no such dimension; did you mean"
          + " t.customer.segment?"), problems(spec));
    }

    @Test
    void theHavingFilterOnlySeesRequestedDimensions() {
      QuerySpec spec = having(query(List.of("t.revenue"), List.of(CATEGORY)), eq(ref("t.customer", "segment"), "x"));
      assertEquals(List.of("[GrainlineFilterLevel] t.customer.segment: the having filter applies to result rows, so"
          + " it can only use requested dimensions; filter on t.customer.segment with where"), problems(spec));
      // A requested one is fine.
      resolved(having(query(List.of("t.revenue"), List.of(CATEGORY)), eq(CATEGORY, "Books")));
    }

    @Test
    void aFilterIsACondition() {
      Node sum = new Node.Arithmetic(ArithmeticOp.ADD, ref("t.date", "year", "order"), literal(1));
      QuerySpec spec = where(query(List.of("t.revenue"), List.of()), sum);
      assertEquals(List.of("[GrainlineTypeMismatch] (t.date.year[order] + 1): a filter is a condition, not a"
          + " integer value"), problems(spec));
      assertEquals(List.of(new Subject.InWhere(sum)), subjects(spec));
    }

    @Test
    void orderByNamesARequestedColumn() {
      QuerySpec spec = orderBy(query(List.of("t.revenue"), List.of(CATEGORY)),
          new SortKey(metric("t.revenue"), true, false), new SortKey(metric("t.sale_count"), false, false),
          new SortKey(COUNTRY, false, false));
      assertEquals(List.of(
          "[GrainlineOrderBy] ORDER BY t.sale_count is not a requested metric or dimension; use one of t.revenue,"
              + " t.product.category",
          "[GrainlineOrderBy] ORDER BY t.location.country is not a requested metric or dimension; use one of"
              + " t.revenue, t.product.category"), problems(spec));
      assertEquals(List.of(new Subject.OrderAt(1), new Subject.OrderAt(2)), subjects(spec));
    }
  }

  /** Gap filling fills the finest requested time attribute between two dates. */
  @Nested
  class GapFilling {
    private static final GapFill JANUARY =
        new GapFill(literal(LocalDate.parse("2024-01-01")), new Node.Param(0, SqlType.DATE));

    @Test
    void theFilledAttributeIsTheFinestRequestedTimeAttribute() {
      QuerySpec spec = query(List.of("t.revenue"),
          List.of(ref("t.date", "year", "order"), CATEGORY, ref("t.date", "date_id", "order"), ORDER_WEEK));
      assertEquals(Optional.of(ref("t.date", "date_id", "order")), QueryResolver.fillAttribute(Shop.MODEL, spec));
      assertEquals(Optional.of(ORDER_WEEK), QueryResolver.fillAttribute(Shop.MODEL,
          query(List.of("t.revenue"), List.of(ref("t.date", "month", "order"), ORDER_WEEK))));
      resolved(spec.withFill(JANUARY));
    }

    @Test
    void aDayOfTheWeekIsNoPeriodToFill() {
      QuerySpec spec = query(List.of("t.revenue"), List.of(ref("t.date", "day_of_week", "order"), CATEGORY));
      assertEquals(Optional.empty(), QueryResolver.fillAttribute(Shop.MODEL, spec));
      assertEquals(List.of("[GrainlineGapFill] filling gaps needs a time attribute among the dimensions (a date, a"
          + " truncated timestamp or a calendar period such as v3.date.week)"), problems(spec.withFill(JANUARY)));
    }

    @Test
    void theBoundsAreDates() {
      QuerySpec spec = query(List.of("t.revenue"), List.of(ORDER_WEEK))
          .withFill(new GapFill(literal("2024-01-01"), new Node.Param(1, SqlType.INTEGER)));
      assertEquals(List.of("[GrainlineGapFill] the range of filled periods is two dates, not '2024-01-01'",
          "[GrainlineGapFill] the range of filled periods is two dates, not ?1"), problems(spec));
    }
  }
}
