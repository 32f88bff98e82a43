package dev.grainline.runtime.internal.execution;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.Tenancy;
import dev.grainline.internal.model.query.QueryProblem;
import dev.grainline.internal.model.query.QueryResolver;
import dev.grainline.internal.model.query.QuerySpec;
import dev.grainline.internal.model.query.ResolvedQuery;
import dev.grainline.internal.model.query.TenantScope;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.ValueRules;
import dev.grainline.runtime.Dialect;
import dev.grainline.runtime.Explanation;
import dev.grainline.runtime.ResultColumn;
import dev.grainline.runtime.internal.planning.Evaluation;
import dev.grainline.runtime.internal.planning.Planner;
import dev.grainline.runtime.internal.plan.Output;
import dev.grainline.runtime.internal.plan.rewrite.PlanRule;
import dev.grainline.runtime.internal.rendering.SqlRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * Plans, renders, caches and runs the queries of one model against one database. Thread-safe: the model, planner
 * and renderer are immutable, and plans live in a bounded concurrent cache keyed by the query's shape (the query
 * with its values taken out), so a dashboard that repeats a query with new filter values neither resolves nor plans
 * nor renders again.
 */
public final class QueryEngine {
  private final Optional<DataSource> dataSource;
  private final AtomicReference<Dialect> dialect = new AtomicReference<>();
  private final Model model;
  private final EngineOptions options;
  private final QueryResolver resolver;
  private final Planner planner;
  private final Evaluation evaluation;
  private final Cache<QuerySpec, Compiled> plans;
  private volatile SqlRenderer renderer;
  private final LongAdder planned = new LongAdder();
  private final LongAdder reused = new LongAdder();

  public QueryEngine(Model model, Optional<DataSource> dataSource, Optional<Dialect> dialect,
      EngineOptions options) {
    this(model, dataSource, dialect, options, Evaluation.TERMINAL);
  }

  /**
   * An engine that computes every decomposable component by rolling partial aggregates up from the entity's key
   * grain, as pre-aggregations and window roll-ups do. Tests run queries both ways to prove the combiners right.
   */
  public QueryEngine(Model model, Optional<DataSource> dataSource, Optional<Dialect> dialect,
      EngineOptions options, Evaluation evaluation) {
    this(model, dataSource, dialect, options, evaluation, PlanRule.ALL);
  }

  /**
   * An engine whose plans go through {@code rules} instead of {@link PlanRule#ALL}: for tests that show what a rule
   * changes, or that a suite catches a rule that breaks a plan (one that drops the tenant restrictions).
   */
  public QueryEngine(Model model, Optional<DataSource> dataSource, Optional<Dialect> dialect,
      EngineOptions options, Evaluation evaluation, List<PlanRule> rules) {
    this.dataSource = dataSource;
    dialect.ifPresent(this.dialect::set);
    this.model = model;
    this.options = options;
    this.resolver = new QueryResolver(model);
    this.planner = new Planner(model, rules);
    this.evaluation = evaluation;
    // Eviction runs on the calling thread: with the default asynchronous eviction a cache of size 0 kept serving
    // plans it had just been told to drop.
    this.plans = Caffeine.newBuilder().maximumSize(options.planCacheSize()).executor(Runnable::run).build();
  }

  /** A query's SQL and everything needed to bind, read and explain it, the same for every query of its shape. */
  private record Compiled(String sql, List<SqlRenderer.Bind> binds, List<ResultColumn> columns, Output plan) {}

  /** The dialect, read from the database's metadata the first time if it was not given. */
  public Dialect dialect() {
    Dialect known = dialect.get();
    if (known != null) {
      return known;
    }
    DataSource source = dataSource.orElseThrow(() -> new IllegalStateException("no dialect and no data source"));
    String product = Execution.run(new Execution.Source.Owned(source), layerLimit(), new Cancellation(),
        Execution.Activity.METADATA, (connection, run) -> connection.getMetaData().getDatabaseProductName());
    Dialect detected = Dialect.ofProductName(product).orElseThrow(() ->
        Message.QUERY_FAILED.databaseError(null, "Grainline does not render SQL for " + product));
    dialect.compareAndSet(null, detected);
    return dialect.get();
  }

  /** The time limit of the layer's queries that set none of their own, and of its metadata reads. */
  private TimeLimit limit(RunOptions run) {
    return run.timeout().map(TimeLimit::ofQuery).orElseGet(this::layerLimit);
  }

  public TimeLimit layerLimit() {
    return TimeLimit.ofLayer(options.queryTimeout());
  }

  /** The dialect if it was given or has been read already; never asks the database. */
  public Optional<Dialect> knownDialect() {
    return Optional.ofNullable(dialect.get());
  }

  private SqlRenderer renderer() {
    SqlRenderer current = renderer;
    if (current == null) {
      current = new SqlRenderer(dialect(), options.schemaMapping());
      renderer = current;
    }
    return current;
  }

  /**
   * Resolves, plans and renders the query (or takes the plan of its shape from the cache) and binds its values.
   *
   * @throws QueryRejectedException if the query does not resolve against the model
   */
  public PreparedQuery prepare(QuerySpec spec) {
    return prepare(spec, QueryObserver.SILENT);
  }

  /** {@link #prepare(QuerySpec)}, telling {@code observer} when the plan is ready and whether it was cached. */
  public PreparedQuery prepare(QuerySpec query, QueryObserver observer) {
    QuerySpec spec = withTenantDecided(query);
    Parameterizer.Parameterized parameterized = Parameterizer.of(spec);
    Compiled compiled = plans.getIfPresent(parameterized.shape());
    boolean cacheHit = compiled != null;
    if (compiled == null) {
      // Computed atomically per shape: threads that ask for a new shape at once wait for one plan.
      boolean[] computedHere = {false};
      compiled = plans.get(parameterized.shape(), shape -> {
        computedHere[0] = true;
        return compile(spec, shape);
      });
      (computedHere[0] ? planned : reused).increment();
      cacheHit = !computedHere[0];
    } else {
      reused.increment();
    }
    List<Object> values = new ArrayList<>(compiled.binds().size());
    for (SqlRenderer.Bind bind : compiled.binds()) {
      values.add(switch (bind) {
        case SqlRenderer.Bind.Value v -> parameterized.values().get(v.slot());
        case SqlRenderer.Bind.Limit l -> parameterized.limit().getAsLong();
        case SqlRenderer.Bind.Offset o -> parameterized.offset().getAsLong();
      });
    }
    if (values.size() > ValueRules.MAX_BIND_VALUES) {
      // A filter is bound once per grain group that applies it: the statement may bind more than the query has.
      throw Message.TOO_MANY_VALUES.queryError(values.size(), ValueRules.MAX_BIND_VALUES);
    }
    observer.planned(cacheHit, compiled.sql(), values);
    Compiled shape = compiled;
    return new PreparedQuery(compiled.sql(), values, compiled.columns(), () -> {
      Explanation skeleton = Explanations.of(shape.plan(), shape.sql());
      return new Explanation(skeleton.grainGroups(), skeleton.combination(), skeleton.sql(), values,
          skeleton.warnings());
    });
  }

  /**
   * The query with its tenant decided: a model without a tenant key reads every row; one whose key is optional reads
   * every tenant's rows unless the query names one; one whose key is required (the default) refuses a query that
   * names none, because a query that forgot its tenant would otherwise read every tenant's rows without a word.
   */
  private QuerySpec withTenantDecided(QuerySpec spec) {
    Optional<Tenancy> tenancy = model.tenancy();
    return switch (spec.tenant()) {
      case TenantScope.One one when tenancy.isEmpty() -> throw Message.TENANT_NONE.queryError("forTenant");
      case TenantScope.One one -> spec;
      case TenantScope.All all -> spec;
      case TenantScope.Unbound unbound when tenancy.isEmpty() -> spec;
      case TenantScope.Unbound unbound when !tenancy.get().required() -> spec.withTenant(TenantScope.ALL);
      case TenantScope.Unbound unbound -> throw new QueryRejectedException(List.of(QueryProblem.of(
          Message.TENANT_REQUIRED, new QueryProblem.Subject.Whole(), tenancy.get().column(),
          tenancy.get().column())));
    };
  }

  private Compiled compile(QuerySpec original, QuerySpec shape) {
    // Problems are reported against the query as given, whose nodes the caller can point at in its text.
    QueryResolver.Resolution checked = resolver.resolve(original);
    if (!checked.problems().isEmpty()) {
      throw new QueryRejectedException(checked.problems());
    }
    // The shape differs from the query only in its values, so the resolution carries over; the plan is of the shape.
    ResolvedQuery query = checked.query().orElseThrow();
    ResolvedQuery resolved = new ResolvedQuery(shape, query.metrics(), query.filterOnlyMetrics(), query.entities(),
        query.paths(), query.dimensionTypes(), query.windows());
    Output plan = planner.plan(resolved, evaluation);
    SqlRenderer.RenderedSql rendered = renderer().render(plan);
    List<ResultColumn> columns = new ArrayList<>();
    plan.dimensions().forEach(d -> columns.add(new ResultColumn(d.name(), ResultColumn.Kind.DIMENSION, d.type())));
    plan.metrics().stream().filter(m -> !m.hidden())
        .forEach(m -> columns.add(new ResultColumn(m.name(), ResultColumn.Kind.METRIC, m.type())));
    return new Compiled(rendered.sql(), rendered.binds(), columns, plan);
  }

  /** How many queries were planned, and how many reused the plan of their shape. */
  public dev.grainline.runtime.PlanStats stats() {
    return new dev.grainline.runtime.PlanStats(planned.sum(), reused.sum());
  }

  /**
   * Runs a prepared query and leaves its rows to be read one at a time, fetched {@code fetchSize} at a time; the
   * caller closes the cursor. Opening it is bounded by the query's time limit as {@link #execute} is, and each wait
   * for more rows by the same limit.
   */
  public JdbcCursor open(PreparedQuery query, int fetchSize, RunOptions run) {
    DataSource source = dataSource.orElseThrow(() -> Message.DATABASE_UNAVAILABLE.databaseError(null,
        "this layer was created without a data source; it can render SQL but not run it"));
    return JdbcCursor.open(source, query, dialect() == Dialect.POSTGRES, fetchSize, limit(run),
        run.cancellation());
  }

  /**
   * Runs a prepared query within its time limit, on the caller's connection or on one of the data source's, and
   * reads its rows.
   *
   * @throws dev.grainline.DatabaseException {@code [GrainlineQueryTimeout]} at the limit,
   *     {@code [GrainlineQueryCancelled]} when the waiting thread is interrupted or the run is cancelled, and what
   *     the database reported otherwise
   */
  public List<Object[]> execute(PreparedQuery query, RunOptions run) {
    TimeLimit limit = limit(run);
    Execution.Source source = run.connection().<Execution.Source>map(Execution.Source.Borrowed::new)
        .orElseGet(() -> new Execution.Source.Owned(dataSource.orElseThrow(() ->
            Message.DATABASE_UNAVAILABLE.databaseError(null,
                "this layer was created without a data source; it can render SQL but not run it"))));
    return JdbcExecutor.run(source, query, limit, run.cancellation());
  }
}
