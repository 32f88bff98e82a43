package dev.grainline.runtime;

import static dev.grainline.dsl.Grainline.key;
import static dev.grainline.dsl.Grainline.sum;
import static dev.grainline.dsl.Grainline.table;
import static dev.grainline.runtime.shop.ShopFixture.MONTH;
import static dev.grainline.runtime.shop.ShopFixture.REGION;
import static dev.grainline.runtime.shop.ShopFixture.REVENUE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.DefinitionException;
import dev.grainline.QueryException;
import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Column;
import dev.grainline.dsl.Expr;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;
import dev.grainline.internal.model.query.QueryLimits;
import dev.grainline.runtime.shop.ShopFixture;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Long chains and deep nesting: a chain of 10,000 ORs or additions (or of the 1,000 ANDs a conjunction may have) is
 * one level deep, plans, renders and runs on both engines with the answer of an equivalent short query; nesting past {@link QueryLimits#MAX_DEPTH}
 * is one clear error before any recursive stage runs; oversized names and lists are rejected before they are read.
 */
class DepthTest {
  private static final int TERMS = 10_000;
  private static final DimensionRef<Integer> SALE_ID = DimensionRef.of("shop.sales", "sale_id", Integer.class);

  /** The sales again, with metrics whose formulas are long chains over the quantity. */
  @Fact("shop.sales")
  static final class Chains {
    static final Table S = table("shop.sales");
    public static final Attribute<Integer> SALE_ID = key(S.intCol("sale_id"));
    static final Column<Integer> QTY = S.intCol("qty");
    public static final Measure<Long> UNITS = sum(QTY);
    /** qty + 1 - 1 + 1 - 1 ...: 10,000 steps, regrouped when rendered, across subtracted groups. */
    public static final Measure<Long> CHAINED_UNITS = sum(alternating(QTY, TERMS));
    /** qty - 1 - 1 ...: 10,000 subtractions, each group's sign worked out when regrouped. */
    public static final Measure<Long> SUBTRACTED_UNITS = sum(subtracted(QTY, TERMS));
    /** qty * 1 * 1 ...: 10,000 factors. */
    public static final Measure<Long> MULTIPLIED_UNITS = sum(multiplied(QTY, TERMS));

    private static Expr<Integer> alternating(Expr<Integer> start, int steps) {
      Expr<Integer> chain = start;
      for (int i = 0; i < steps; i++) {
        chain = i % 2 == 0 ? chain.plus(1) : chain.minus(1);
      }
      return chain;
    }

    private static Expr<Integer> subtracted(Expr<Integer> start, int steps) {
      Expr<Integer> chain = start;
      for (int i = 0; i < steps; i++) {
        chain = chain.minus(1);
      }
      return chain;
    }

    private static Expr<Integer> multiplied(Expr<Integer> start, int steps) {
      Expr<Integer> chain = start;
      for (int i = 0; i < steps; i++) {
        chain = chain.times(1);
      }
      return chain;
    }
  }

  /** A metric nested 10,000 levels deep. */
  @Fact("shop.sales")
  static final class TooDeep {
    static final Table S = table("shop.sales");
    public static final Attribute<Integer> SALE_ID = key(S.intCol("sale_id"));
    public static final Measure<Long> NEGATED = sum(negated(S.intCol("qty"), TERMS));

    private static Expr<Integer> negated(Expr<Integer> start, int times) {
      Expr<Integer> expr = start;
      for (int i = 0; i < times; i++) {
        expr = expr.negate();
      }
      return expr;
    }
  }

  private static final CompiledModel CHAINS = CompiledModel.ofClasses("ChainsCatalog", "shop", Chains.class);

  static List<SemanticLayer> layers() {
    return ShopFixture.layers().map(arguments -> (SemanticLayer) arguments.get()[1]).toList();
  }

  static List<DataSource> engines() {
    return ShopFixture.engines();
  }

  private static Filter or(List<Filter> filters) {
    Filter all = filters.get(0);
    for (Filter filter : filters.subList(1, filters.size())) {
      all = all.or(filter);
    }
    return all;
  }

  private static Filter and(List<Filter> filters) {
    Filter all = filters.get(0);
    for (Filter filter : filters.subList(1, filters.size())) {
      all = all.and(filter);
    }
    return all;
  }

  private static List<Object> revenueByRegion(MetricQuery query) {
    return query.fetch().rows().stream().map(row -> (Object) (row.get(0) + "=" + row.get(1))).sorted().toList();
  }

  @Tag("slow")
  @ParameterizedTest
  @MethodSource("layers")
  void aTypedOrOfTenThousandEqualsIsTheInListOfItsValues(SemanticLayer layer) {
    // Even ids up to 20,000: of the sales, 2, 4, 6, 8 and 10.
    List<Filter> equals = IntStream.range(0, TERMS).mapToObj(i -> SALE_ID.eq(2 * i)).toList();
    List<Object> chained = revenueByRegion(layer.query(REVENUE).by(REGION).where(or(equals)));
    assertEquals(revenueByRegion(layer.query(REVENUE).by(REGION).where(SALE_ID.in(2, 4, 6, 8, 10))), chained);
    assertEquals(List.of("North=12.0", "South=5.0", "null=4.0"), chained);
  }

  /**
   * Ids at most 20,000, at most 19,999 ... and not 3: every id but 3, in the widest conjunction a query may have
   * (DuckDB 2.0 pushes each condition on a column into the scan as one more nested filter, and a few thousand of them
   * overflow its native stack, which crashes the JVM: both engines get the same bound).
   */
  @Tag("slow")
  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.grainline.runtime.shop.ShopFixture#layers")
  void aTypedAndOfAThousandConditionsIsTheShortFilterTheyAmountTo(String engine, SemanticLayer layer) {
    int terms = QueryLimits.MAX_CONJUNCTION;
    List<Filter> bounds = new ArrayList<>(IntStream.range(0, terms - 1).mapToObj(i -> SALE_ID.le(20_000 - i)).toList());
    bounds.add(SALE_ID.ne(3));
    Collections.shuffle(bounds, new java.util.Random(8));
    List<Object> chained = revenueByRegion(layer.query(REVENUE).by(REGION).where(and(bounds)));
    assertEquals(revenueByRegion(layer.query(REVENUE).by(REGION).where(SALE_ID.notIn(3))), chained);
    assertEquals(List.of("North=13.0", "South=10.0", "null=17.0"), chained);
  }

  @Test
  void aWiderConjunctionIsRejectedOnEitherEngineAndTheWidestRenders() {
    List<Filter> bounds = IntStream.range(0, TERMS).mapToObj(i -> SALE_ID.le(20_000 - i)).toList();
    List<Filter> widest = bounds.subList(0, QueryLimits.MAX_CONJUNCTION);
    for (Dialect dialect : Dialect.values()) {
      SemanticLayer layer = SemanticLayer.offline(ShopFixture.MODEL, dialect);
      QueryException e = assertThrows(QueryException.class, () -> layer.query(REVENUE).where(and(bounds)).sql());
      assertEquals("[GrainlineInputTooLarge] the where filter ANDs 10,000 conditions; one conjunction joins at most"
          + " 1,000 (a list of values is in(...) or notIn(...))", e.getMessage());
      String sql = layer.query(REVENUE).where(and(widest)).sql();
      assertEquals(QueryLimits.MAX_CONJUNCTION, sql.split(" <= ", -1).length - 1, dialect::toString);
    }
  }

  @Tag("slow")
  @ParameterizedTest
  @MethodSource("layers")
  void aTextSumAsLongAsAFilterMayBeIsItsValue(SemanticLayer layer) {
    // 2 + 1 - 1 + 1 - 1 ... is 2: within the filter's length limit, about 5,000 terms.
    StringBuilder sum = new StringBuilder("shop.day.month = 2");
    while (sum.length() + 4 <= dev.grainline.internal.model.text.QueryText.MAX_FILTER_LENGTH) {
      sum.append("+1-1");
    }
    List<Object> chained = revenueByRegion(layer.textQuery("shop.revenue").by("shop.region.name").where(sum.toString()));
    assertEquals(revenueByRegion(layer.query(REVENUE).by(REGION).where(MONTH.eq(2))), chained);
    assertEquals(List.of("South=5.0", "null=6.0"), chained);
  }

  @Tag("slow")
  @ParameterizedTest
  @MethodSource("layers")
  void aTextOrChainAsLongAsAFilterMayBeIsTheInListOfItsValues(SemanticLayer layer) {
    StringBuilder or = new StringBuilder("shop.sales.sale_id = 0");
    List<Integer> values = new ArrayList<>(List.of(0));
    for (int i = 1; or.length() + 30 <= dev.grainline.internal.model.text.QueryText.MAX_FILTER_LENGTH; i++) {
      or.append(" OR shop.sales.sale_id = ").append(2 * i);
      values.add(2 * i);
    }
    assertTrue(values.size() > 300, values::toString);
    List<Object> chained = revenueByRegion(layer.textQuery("shop.revenue").by("shop.region.name").where(or.toString()));
    assertEquals(revenueByRegion(layer.query(REVENUE).by(REGION).where(SALE_ID.in(values.toArray(Integer[]::new)))),
        chained);
  }

  @Tag("slow")
  @ParameterizedTest
  @MethodSource("engines")
  void definitionsWithChainsOfTenThousandStepsHaveTheValueOfTheirShortForm(DataSource engine) {
    SemanticLayer layer = SemanticLayer.create(CHAINS, engine);
    Row totals = layer.query(MetricRef.of("shop.units", Long.class), MetricRef.of("shop.chained_units", Long.class),
        MetricRef.of("shop.multiplied_units", Long.class), MetricRef.of("shop.subtracted_units", Long.class))
        .fetch().rows().get(0);
    assertEquals(15L, ((Number) totals.get(0)).longValue());
    assertEquals(15L, ((Number) totals.get(1)).longValue());
    assertEquals(15L, ((Number) totals.get(2)).longValue());
    // Ten sales, each 10,000 less.
    assertEquals(15L - 10 * TERMS, ((Number) totals.get(3)).longValue());
  }

  @Test
  void aDefinitionNestedTooDeeplyIsOneClearError() {
    DefinitionException e = assertThrows(DefinitionException.class,
        () -> CompiledModel.ofClasses("TooDeepCatalog", "shop", TooDeep.class));
    assertEquals(1, e.errors().size(), e::getMessage);
    assertEquals("GrainlineDefinitionTooDeep", e.id());
    assertTrue(e.getMessage().contains("nests 10,002 levels deep; at most 100 are allowed"), e.getMessage());
  }

  private static SemanticLayer offline() {
    return SemanticLayer.offline(ShopFixture.MODEL, Dialect.POSTGRES);
  }

  private static void assertTooDeep(String expected, MetricQuery query) {
    QueryException e = assertThrows(QueryException.class, query::sql);
    assertEquals("GrainlineFilterTooDeep", e.id());
    assertEquals(expected, e.errors().get(0).message());
  }

  @Test
  void typedFiltersNestedTooDeeplyAreOneClearError() {
    Filter not = MONTH.eq(1);
    Filter alternating = MONTH.eq(1);
    for (int i = 0; i < TERMS; i++) {
      not = not.not();
      alternating = i % 2 == 0 ? alternating.and(MONTH.eq(i)) : alternating.or(MONTH.eq(i));
    }
    assertTooDeep("[GrainlineFilterTooDeep] the where filter nests 10,002 levels deep; at most 100 are allowed"
        + " (a chain of ANDs, ORs, + or * is one level)", offline().query(REVENUE).where(not));
    assertTooDeep("[GrainlineFilterTooDeep] the having filter nests 10,002 levels deep; at most 100 are allowed"
        + " (a chain of ANDs, ORs, + or * is one level)", offline().query(REVENUE).having(alternating));
  }

  @Test
  void aTypedFilterAtTheDepthLimitRunsOnASmallStack() throws InterruptedException {
    // NOT NOT ... month = 1: the limit's depth; every stage recursing on it fits in a quarter of a default stack.
    Filter deep = MONTH.eq(1);
    for (int i = 0; i < QueryLimits.MAX_DEPTH - 2; i++) {
      deep = deep.not();
    }
    Filter atTheLimit = deep;
    List<Object> answer = new ArrayList<>();
    Thread small = new Thread(null, () -> answer.add(offline().query(REVENUE).by(REGION).where(atTheLimit).sql()),
        "small stack", 256 * 1024);
    small.start();
    small.join();
    assertEquals(1, answer.size(), "planning overflowed a 256 KB stack");
    assertTooDeep("[GrainlineFilterTooDeep] the where filter nests 101 levels deep; at most 100 are allowed"
        + " (a chain of ANDs, ORs, + or * is one level)", offline().query(REVENUE).where(deep.not()));
  }

  @Test
  void textFiltersNestedTooDeeplyAreOneClearError() {
    for (String filter : List.of("(".repeat(4_000) + "shop.day.month = 1" + ")".repeat(4_000),
        "NOT ".repeat(2_000) + "shop.day.month = 1", "shop.day.month = " + "-".repeat(5_000) + "1")) {
      QueryException e = assertThrows(QueryException.class,
          () -> offline().textQuery("shop.revenue").where(filter).sql());
      assertEquals("[GrainlineFilterTooDeep] the filter nests deeper than 100 levels",
          e.errors().get(0).message(), filter.substring(0, 20));
    }
  }

  @Test
  void oversizedNamesAndListsAreRejectedBeforeTheyAreRead() {
    String huge = "x".repeat(1_000_000);
    String prefix = "x".repeat(40);
    QueryException metric = assertThrows(QueryException.class, () -> offline().textQuery(huge).sql());
    assertEquals("[GrainlineInputTooLarge] a metric name is at most 256 characters long, this one has 1,000,000 ("
        + prefix + "...)", metric.errors().get(0).message());
    assertEquals(new dev.grainline.QueryError.Position("metrics", huge, 256, 1_000_000), metric.errors().get(0).position().get());
    QueryException typed = assertThrows(QueryException.class,
        () -> offline().query(MetricRef.of(huge, Double.class)).sql());
    assertEquals(metric.errors().get(0).message(), typed.errors().get(0).message());
    QueryException dimension = assertThrows(QueryException.class,
        () -> offline().textQuery("shop.revenue").by("shop.region." + huge).sql());
    assertTrue(dimension.errors().get(0).message().startsWith(
        "[GrainlineInputTooLarge] a dimension name is at most 256 characters long, this one has 1,000,012"),
        dimension::getMessage);
    QueryException typedDimension = assertThrows(QueryException.class,
        () -> offline().query(REVENUE).by(DimensionRef.of("shop.region", huge, String.class)).sql());
    assertEquals("GrainlineInputTooLarge", typedDimension.id());
    QueryException order = assertThrows(QueryException.class,
        () -> offline().textQuery("shop.revenue").orderBy("shop.revenue, " + huge).sql());
    assertEquals("[GrainlineInputTooLarge] an ORDER BY list is at most 10,000 characters long, this one has"
        + " 1,000,014", order.errors().get(0).message());
    QueryException having = assertThrows(QueryException.class,
        () -> offline().textQuery("shop.revenue").having("shop.revenue > " + huge).sql());
    assertEquals("GrainlineInputTooLarge", having.id());
  }

  @Test
  void queriesWithMoreThanAThousandPartsAreRejected() {
    List<String> metrics = Collections.nCopies(QueryLimits.MAX_PARTS + 1, "shop.revenue");
    QueryException text = assertThrows(QueryException.class, () -> offline().textQuery(metrics).sql());
    assertEquals("[GrainlineInputTooLarge] a query has at most 1,000 metrics, this one has 1,001",
        text.errors().get(0).message());
    QueryException dimensions = assertThrows(QueryException.class, () -> offline().textQuery("shop.revenue")
        .by(Collections.nCopies(QueryLimits.MAX_PARTS + 1, "shop.region.name")).sql());
    assertEquals("[GrainlineInputTooLarge] a query has at most 1,000 dimensions, this one has 1,001",
        dimensions.errors().get(0).message());
    QueryException typed = assertThrows(QueryException.class, () -> offline()
        .query(Collections.nCopies(QueryLimits.MAX_PARTS + 1, REVENUE).toArray(MetricRef<?>[]::new)).sql());
    assertEquals(text.errors().get(0).message(), typed.errors().get(0).message());
    QueryException order = assertThrows(QueryException.class, () -> offline().query(REVENUE)
        .orderBy(Collections.nCopies(QueryLimits.MAX_PARTS + 1, REVENUE.desc()).toArray(Order[]::new)).sql());
    assertEquals("[GrainlineInputTooLarge] a query has at most 1,000 ORDER BY keys, this one has 1,001",
        order.errors().get(0).message());
  }
}
