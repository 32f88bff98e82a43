package dev.grainline.dsl;

import dev.grainline.SqlType;
import dev.grainline.internal.model.aggregate.SemiAdditive;
import dev.grainline.internal.model.assembly.AttributeDecl;
import dev.grainline.internal.model.aggregate.AggFunction;
import dev.grainline.internal.model.aggregate.CountDistinct;
import dev.grainline.internal.model.expr.Node.DslAggregate;
import dev.grainline.internal.model.expr.Node.When;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.WindowFrame;
import dev.grainline.internal.model.validation.Message;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The entry point of the definition DSL; import its methods statically.
 *
 * <pre>{@code
 * import static dev.grainline.dsl.Grainline.*;
 *
 * @Fact("v3.page_views_enriched")
 * public final class PageViews {
 *   static final Table PV = table("v3.page_views");
 *   static final Column<String> SESSION_ID = PV.textCol("session_id");
 *   public static final Attribute<Integer> VIEW_ID = key(PV.intCol("view_id"));
 *   public static final Measure<Long> SESSION_COUNT = countDistinct(SESSION_ID);
 * }
 * }</pre>
 */
public final class Grainline {
  /**
   * The version of this DSL. Generated catalogs and the annotation processor follow the DSL of their own version,
   * so the processor refuses to compile against a DSL whose {@code VERSION} differs from its own.
   */
  public static final String VERSION = GrainlineVersion.VERSION;

  private Grainline() {}

  // --- sources -----------------------------------------------------------------------------------------------------

  /** A physical table, "schema.table" or "table". */
  public static Table table(String qualifiedName) {
    return TableImpl.named(qualifiedName);
  }

  /**
   * The model's tenant key: the column of {@code type} ({@code Integer}, {@code Long} or {@code String}) that says
   * which tenant a row belongs to, as in {@code tenantKey("account_id", Integer.class)}. A model has at most one;
   * once it has one, every table a source reads says {@link Table#scopedBy scopedBy(key)} or {@link Table#shared
   * shared()}. Queries must name a tenant unless the key is {@link TenantKey#optional() optional()}.
   */
  public static <T> TenantKey<T> tenantKey(String column, Class<T> type) {
    return TenantKeyImpl.of(column, type);
  }

  /** The rows of a fact, starting from one table; join further tables with {@link Source#join}. */
  public static Source from(Table table) {
    return SourceImpl.from(table);
  }

  // --- attributes and links ----------------------------------------------------------------------------------------

  /** A groupable attribute, named after the field it is assigned to. */
  public static <T> Attribute<T> attribute(Column<T> column) {
    return new AttributeImpl<>(new AttributeDecl(Arguments.of(column), false), Optional.empty());
  }

  /** A key attribute: together, an entity's key attributes identify one of its rows. */
  public static <T> Attribute<T> key(Column<T> column) {
    return new AttributeImpl<>(new AttributeDecl(Arguments.of(column), true), Optional.empty());
  }

  /**
   * A derived attribute's value: the measure over the rows of its fact that link to this row, for use in an
   * attribute of a {@code @Dimension} only. A customer's lifetime order count is {@code attribute(perEntity(count()))},
   * its first order month {@code attribute(perEntity(min(Orders.ORDERED_AT)).truncatedTo(MONTH))}. The fact is the
   * one whose columns the measure reads, or, for a measure that reads none ({@code count()}), the one fact that links
   * to the dimension; {@link PerEntity#via} picks the link when the fact has several to it.
   *
   * <p>The value is per entity, over all the fact's rows: a query's filters do not change it (a dashboard filtered to
   * last month still shows each customer's first order month), and a tenant-bound query computes it from its
   * tenant's rows, which are all of its entities' rows. Restrict the rows it reads in the measure instead:
   * {@code perEntity(count().filter(Orders.STATUS.eq("paid")))}. An entity no fact row links to has the measure's
   * value over no rows: 0 for a count, NULL for the others; the values of keys without a dimension row are computed
   * all the same, since the fact's link columns, not the dimension's table, hold the key.
   */
  public static <T> PerEntity<T> perEntity(Measure<T> measure) {
    if (!(Arguments.notNull("the measure", measure) instanceof MeasureImpl<T> impl)) {
      throw Message.FOREIGN_EXPRESSION.definitionError(measure.getClass().getName());
    }
    return new PerEntityImpl<>(new Node.DslEntityAggregate(impl.aggregate(), Optional.empty()));
  }

  /** A link from these columns to a dimension's key: {@code link(PRODUCT_ID).to(Product.PRODUCT_ID)}. */
  public static Link.From link(Column<?>... columns) {
    return LinkImpl.from(columns);
  }

  /** A constant as an expression, where a method takes expressions only. */
  public static <T> Column<T> val(T value) {
    return new ColumnImpl<>(Arguments.literal(value));
  }

  // --- aggregates ------------------------------------------------------------------------------------------------

  private static <T> Measure<T> aggregate(AggFunction function, Expr<?>... args) {
    List<Node> nodes =
        java.util.Arrays.stream(args).<Node>map(Arguments::of).toList();
    return new MeasureImpl<>(new DslAggregate(function, nodes, Optional.empty()));
  }

  /** The number of rows. */
  public static Measure<Long> count() {
    return aggregate(AggFunction.COUNT_STAR);
  }

  /** The number of rows where the value is not NULL. */
  public static Measure<Long> count(Expr<?> value) {
    return aggregate(AggFunction.COUNT, value);
  }

  /** The number of distinct non-NULL values. */
  public static Measure<Long> countDistinct(Expr<?> value) {
    return aggregate(AggFunction.COUNT_DISTINCT, value);
  }

  /**
   * The number of distinct entities the rows link to: the link's from-columns counted as tuples,
   * {@code countDistinct(USER)} for {@code link(E.intCol("account_id"), E.longCol("user_id")).to(...)}. A row
   * counts when every component is non-NULL; two rows are the same entity when every component is equal (as the
   * link's join matches them). Counting one column of such a key would merge entities that share it.
   */
  public static Measure<Long> countDistinct(Link entity) {
    if (!(Arguments.notNull("the entity's link", entity) instanceof LinkImpl link)) {
      throw new IllegalArgumentException("not a Grainline link: " + entity);
    }
    List<Node> from = link.fromColumns();
    return new MeasureImpl<>(new DslAggregate(new CountDistinct(false, from.size()), from, Optional.empty()));
  }

  /**
   * An estimate of the number of distinct values where the engine has a fast estimator (DuckDB's HyperLogLog); the
   * exact count where it has none (PostgreSQL).
   */
  public static Measure<Long> approxCountDistinct(Expr<?> value) {
    return aggregate(AggFunction.APPROX_COUNT_DISTINCT, value);
  }

  /** The sum: {@code Long} for integers, {@code Double} for doubles, {@code BigDecimal} for decimals. */
  public static <T> Measure<T> sum(Expr<?> value) {
    return aggregate(AggFunction.SUM, value);
  }

  /** The sum of the distinct values. */
  public static <T> Measure<T> sumDistinct(Expr<?> value) {
    return aggregate(AggFunction.SUM_DISTINCT, value);
  }

  /** The mean: {@code Double}, or {@code BigDecimal} for decimals. */
  public static <T> Measure<T> avg(Expr<?> value) {
    return aggregate(AggFunction.AVG, value);
  }

  public static <T> Measure<T> min(Expr<T> value) {
    return aggregate(AggFunction.MIN, value);
  }

  public static <T> Measure<T> max(Expr<T> value) {
    return aggregate(AggFunction.MAX, value);
  }

  /** Sample variance (n - 1 in the denominator); NULL for fewer than two values. */
  public static Measure<Double> varSamp(Expr<?> value) {
    return aggregate(AggFunction.VAR_SAMP, value);
  }

  /** Population variance. */
  public static Measure<Double> varPop(Expr<?> value) {
    return aggregate(AggFunction.VAR_POP, value);
  }

  /** Sample standard deviation; NULL for fewer than two values. */
  public static Measure<Double> stddevSamp(Expr<?> value) {
    return aggregate(AggFunction.STDDEV_SAMP, value);
  }

  /** Population standard deviation. */
  public static Measure<Double> stddevPop(Expr<?> value) {
    return aggregate(AggFunction.STDDEV_POP, value);
  }

  /** The median, interpolated between the two middle values. Not decomposable: computed from raw rows. */
  public static Measure<Double> median(Expr<?> value) {
    return aggregate(AggFunction.MEDIAN, value);
  }

  /** The continuous percentile at {@code fraction} (0 to 1). Not decomposable: computed from raw rows. */
  public static Measure<Double> percentile(Expr<?> value, double fraction) {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw Message.PERCENTILE_FRACTION.definitionError(fraction);
    }
    return aggregate(AggFunction.PERCENTILE, value, val(fraction));
  }

  /**
   * {@code value} on the row with the greatest {@code by}, ignoring rows where {@code by} is NULL; among rows with
   * the same greatest {@code by}, the greatest value. Not decomposable.
   */
  public static <T> Measure<T> maxBy(Expr<T> value, Expr<?> by) {
    return aggregate(AggFunction.MAX_BY, value, by);
  }

  /**
   * {@code value} on the row with the least {@code by}, ignoring rows where {@code by} is NULL; among rows with the
   * same least {@code by}, the least value. Not decomposable.
   */
  public static <T> Measure<T> minBy(Expr<T> value, Expr<?> by) {
    return aggregate(AggFunction.MIN_BY, value, by);
  }

  // --- snapshots (semi-additive measures) -------------------------------------------------------------------------

  /**
   * A semi-additive measure: the value at the last snapshot of each period, added up across entities but never
   * across time, as stock, balances and open tickets are. Choose the rule, then the time attribute:
   * {@code lastValue(UNITS).per(PRODUCT).over(Dates.DATE_ID)} is, by month, every product's last count of the month
   * summed (the month-end stock); {@code lastValue(UNITS).ofTotals().over(Dates.DATE_ID)} is the total counted on
   * the month's last day that has any count. Summed like {@link #sum}: {@code Long} for integers.
   */
  public static Snapshot lastValue(Expr<?> value) {
    return new SnapshotImpl(SemiAdditive.Pick.LAST, value);
  }

  /** The value at the first snapshot of each period (the opening stock), added up across entities. */
  public static Snapshot firstValue(Expr<?> value) {
    return new SnapshotImpl(SemiAdditive.Pick.FIRST, value);
  }

  /** The least snapshot of each period (per entity, or the least total), added up across entities. */
  public static Snapshot minValue(Expr<?> value) {
    return new SnapshotImpl(SemiAdditive.Pick.MIN, value);
  }

  /** The greatest snapshot of each period (per entity, or the greatest total), added up across entities. */
  public static Snapshot maxValue(Expr<?> value) {
    return new SnapshotImpl(SemiAdditive.Pick.MAX, value);
  }

  /**
   * The mean of the snapshots of each period (per entity, or the mean total over the times counted), added up
   * across entities: {@code Double}, or {@code BigDecimal} for decimals. Snapshots count once each, however long
   * they were valid: with daily counts it is the average daily stock.
   */
  public static Snapshot avgValue(Expr<?> value) {
    return new SnapshotImpl(SemiAdditive.Pick.AVG, value);
  }

  // --- time -------------------------------------------------------------------------------------------------------

  public static final TimeGrain DAY = TimeGrain.DAY;
  public static final TimeGrain WEEK = TimeGrain.WEEK;
  public static final TimeGrain MONTH = TimeGrain.MONTH;
  public static final TimeGrain QUARTER = TimeGrain.QUARTER;
  public static final TimeGrain YEAR = TimeGrain.YEAR;
  /** The same grains in the plural, for window sizes: {@code trailing(REVENUE, 7, DAYS)}. */
  public static final TimeGrain DAYS = TimeGrain.DAY;
  public static final TimeGrain WEEKS = TimeGrain.WEEK;
  public static final TimeGrain MONTHS = TimeGrain.MONTH;
  public static final TimeGrain QUARTERS = TimeGrain.QUARTER;
  public static final TimeGrain YEARS = TimeGrain.YEAR;

  /**
   * The date on which a query runs, in the query's time zone ({@code inTimeZone}, UTC by default), read from the
   * engine's clock when the query runs: {@code ORDER_DATE.ge(today().minusDays(30))} in a measure's filter or a named
   * query's conditions is the last 30 days of whichever day it is. A {@code LocalDate.now()} in a definition would
   * be the day the class was loaded, and is rejected.
   */
  public static QueryDate today() {
    return new QueryDateImpl(new Node.Today());
  }

  /**
   * The metric in the previous period of the time attribute given to {@code over}: its calendar predecessor, NULL
   * (a count: 0) when that period has no rows, never an older period that happens to have some.
   */
  public static <T> Window<T> lag(Metric<T> metric) {
    return lag(metric, 1);
  }

  /** The metric {@code periods} periods before the current one. */
  public static <T> Window<T> lag(Metric<T> metric, int periods) {
    return new WindowImpl<>(metric, positive(periods, "lag", "number of periods"), new WindowFrame.Current());
  }

  /** The metric in the next period. */
  public static <T> Window<T> lead(Metric<T> metric) {
    return lead(metric, 1);
  }

  /** The metric {@code periods} periods after the current one. */
  public static <T> Window<T> lead(Metric<T> metric, int periods) {
    return new WindowImpl<>(metric, -positive(periods, "lead", "number of periods"), new WindowFrame.Current());
  }

  /**
   * The metric recomputed over the trailing {@code count} {@code unit}s, up to and including the current period:
   * {@code trailing(REVENUE, 7, DAYS).over(DATE)}. Calendar units, not rows: days without rows count as empty. A
   * distinct count counts the distinct values of the whole window; a ratio divides the window's totals.
   */
  public static <T> Window<T> trailing(Metric<T> metric, int count, TimeGrain unit) {
    return new WindowImpl<>(metric, 0,
        new WindowFrame.Trailing(positive(count, "trailing", "window size"), Arguments.notNull("the unit", unit)));
  }

  /** The metric recomputed over every period up to and including the current one: a running total. */
  public static <T> Window<T> cumulative(Metric<T> metric) {
    return new WindowImpl<>(metric, 0, new WindowFrame.Cumulative());
  }

  /**
   * The metric from the start of the current {@code grain} period up to and including the current period:
   * {@code toDate(REVENUE, MONTH)} is month-to-date. Grouped by a whole {@code grain} period, it is the value of the
   * whole period so far.
   */
  public static <T> Window<T> toDate(Metric<T> metric, TimeGrain grain) {
    return new WindowImpl<>(metric, 0, new WindowFrame.ToDate(Arguments.notNull("the grain", grain)));
  }

  /**
   * {@code (current - previous) / previous * 100}: NULL where the previous value is NULL or zero, never a division
   * error.
   */
  public static Metric<Double> percentChange(Metric<?> current, Metric<?> previous) {
    return current.minus(previous).div(previous).times(100);
  }

  /** The most periods a window may span or look back: more than a lifetime of days, far from int overflow. */
  private static final int MAX_PERIODS = 100_000;

  private static int positive(int value, String function, String what) {
    if (value < 1 || value > MAX_PERIODS) {
      throw Message.WINDOW_OFFSET.definitionError(function + "(..., " + value + ")", what,
          value + (value > MAX_PERIODS ? " (at most " + MAX_PERIODS + ")" : ""));
    }
    return value;
  }

  // --- conditional values ----------------------------------------------------------------------------------------

  /** A row-level CASE: {@code when(STATUS.eq("completed"), LINE_TOTAL).otherwise(0.0)}. */
  public static <T> ColumnCase<T> when(Condition condition, Expr<T> value) {
    return new ColumnCaseImpl<>(List.of(new When(Arguments.of(condition), Arguments.of(value))));
  }

  /** A row-level CASE with a constant result. */
  public static <T> ColumnCase<T> when(Condition condition, T value) {
    return new ColumnCaseImpl<>(List.of(new When(Arguments.of(condition), Arguments.ofValue(value))));
  }

  /** A metric-level CASE: {@code when(max(QUANTITY).isNotNull(), minBy(PRODUCT_ID, ORDER_DATE))}. */
  public static <T> MetricCase<T> when(Condition condition, Metric<T> value) {
    return new MetricCaseImpl<>(List.of(new When(Arguments.of(condition), Arguments.of(value))));
  }

  /**
   * A metric that stands for the metric declared at {@code place}: how the annotation processor shows a metric used
   * while its own definition is still being read (a cycle), so that the model assembler reports the cycle with
   * metric names. Not for definitions; the processor calls it reflectively.
   */
  @SuppressWarnings("unused")
  private static Metric<Object> metricStandingFor(Node.Declaration place) {
    return new MetricImpl<>(new Node.DeclRef(place, Optional.empty()));
  }

  // --- named queries -----------------------------------------------------------------------------------------------

  /** A named query of these metrics; continue with {@link NamedQuery#by}, {@link NamedQuery#where}... */
  public static NamedQuery query(Metric<?>... metrics) {
    return NamedQueryImpl.of(metrics);
  }

  private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /**
   * A parameter of a named query: a value that every call of the query gives, used where a condition of its
   * {@link NamedQuery#where} or {@link NamedQuery#having} takes a value, as in
   * {@code .where(Dates.YEAR.eq(param("year", Integer.class)))}. The catalog's method for the query takes the
   * parameters in the order they first appear (where, then having), and the query is planned once for all values.
   * {@code type} is the Java type of what it is compared with ({@code Integer} for an {@code Attribute<Integer>});
   * anything else is a compile error, and so is a parameter anywhere but in a named query's conditions. A name used
   * twice in one query is one parameter.
   */
  public static <T> Expr<T> param(String name, Class<T> type) {
    if (name == null || !PARAMETER_NAME.matcher(name).matches()) {
      throw Message.PARAM_NAME.definitionError(name);
    }
    Arguments.notNull("the parameter's type", type);
    SqlType sqlType = SqlType.ofJavaType(type)
        .orElseThrow(() -> Message.PARAM_CLASS.definitionError(name, type.getSimpleName()));
    return new ColumnImpl<>(new Node.Parameter(name, sqlType));
  }
}
