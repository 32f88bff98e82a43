package dev.grainline.runtime;

import dev.grainline.QueryError;
import dev.grainline.QueryException;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.NamedQueryDef;
import dev.grainline.internal.model.Tenancy;
import dev.grainline.internal.model.expr.Node.Literal;
import dev.grainline.internal.model.query.QueryLimits;
import dev.grainline.internal.model.query.QueryProblem;
import dev.grainline.internal.model.query.QuerySpec;
import dev.grainline.internal.model.query.TenantScope;
import dev.grainline.internal.model.schema.SchemaCheck;
import dev.grainline.internal.model.text.Suggestions;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.runtime.internal.execution.EngineOptions;
import dev.grainline.runtime.internal.execution.JdbcSchemaReader;
import dev.grainline.runtime.internal.execution.Observability;
import dev.grainline.runtime.internal.execution.PreparedQuery;
import dev.grainline.runtime.internal.execution.QueryEngine;
import dev.grainline.runtime.internal.execution.QueryObserver;
import dev.grainline.runtime.internal.execution.QueryRejectedException;
import dev.grainline.runtime.internal.execution.RunOptions;
import dev.grainline.runtime.internal.planning.Evaluation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A semantic model bound to a database: the entry point for queries. Thread-safe; plans are cached per query shape,
 * so a repeated dashboard query with new filter values is bound and run without planning again.
 *
 * <pre>{@code
 * SemanticLayer layer = SemanticLayer.create(StoreCatalog.model(), dataSource);
 * Result result = layer.textQuery("v3.total_revenue").by("v3.product.category").fetch();
 * }</pre>
 */
public final class SemanticLayer {
  private final CompiledModel compiled;
  private final Model model;
  private final QueryEngine engine;
  private final Optional<DataSource> dataSource;
  private final Map<String, String> schemaMapping;
  /** How many rows a cursor asks the driver for at a time. */
  private final int fetchSize;

  private final Observability observability;
  /** Whose rows this layer's queries read: decided by the engine when unbound, or bound by forTenant/allTenants. */
  private final TenantScope tenant;

  private SemanticLayer(CompiledModel compiled, QueryEngine engine, Optional<DataSource> dataSource,
      Map<String, String> schemaMapping, int fetchSize, Observability observability, TenantScope tenant) {
    this.compiled = compiled;
    this.model = compiled.model();
    this.engine = engine;
    this.dataSource = dataSource;
    this.schemaMapping = schemaMapping;
    this.fetchSize = fetchSize;
    this.observability = observability;
    this.tenant = tenant;
  }

  /**
   * This layer bound to one tenant of the model's tenant key: every query built from it reads only that tenant's
   * rows, each read of a tenant-scoped table restricted to it inside the SQL (the tenant is a bind value, so every
   * tenant's queries share their plans). The bound layer shares this one's database, plans and options, costs nothing
   * to make, and cannot be rebound: code handed a tenant's layer cannot step out of it.
   *
   * @param tenant the tenant's key value, of the key's type: an {@code Integer}, {@code Long} (an {@code Integer} is
   *     widened) or {@code String}
   * @throws QueryException {@code [GrainlineTenantNone]} if the model declares no tenant key,
   *     {@code [GrainlineTenantRebind]} if this layer is already bound, {@code [GrainlineTenantValue]} if the value
   *     is not of the key's type, {@code [GrainlineInvalidValue]} if it is null
   */
  public SemanticLayer forTenant(Object tenant) {
    Tenancy tenancy = bindable("forTenant");
    Arguments.present(tenant, "forTenant()", "tenant");
    Object value = switch (tenancy.type()) {
      case INTEGER -> tenant instanceof Integer ? tenant : null;
      case BIGINT -> tenant instanceof Long ? tenant : tenant instanceof Integer i ? Long.valueOf(i) : null;
      case TEXT -> tenant instanceof String ? tenant : null;
      case BOOLEAN, DECIMAL, DOUBLE, DATE, TIMESTAMP -> null;
    };
    if (value == null) {
      throw Message.TENANT_VALUE.queryError(tenant, tenancy.column(), tenancy.type().javaType().getSimpleName(),
          javaType(tenancy), tenant.getClass().getSimpleName());
    }
    return bound(new TenantScope.One(new Literal(value, tenancy.type())));
  }

  /**
   * This layer reading every tenant's rows: the operator's view, asked for by name because a model with a tenant
   * key refuses unbound queries unless its key is {@code optional()}. Such a query that groups by a key of
   * tenant-scoped rows must group by a tenant column too ({@code [GrainlineTenantGrain]}).
   *
   * @throws QueryException {@code [GrainlineTenantNone]} if the model declares no tenant key,
   *     {@code [GrainlineTenantRebind]} if this layer is already bound
   */
  public SemanticLayer allTenants() {
    bindable("allTenants");
    return bound(TenantScope.ALL);
  }

  private Tenancy bindable(String method) {
    Tenancy tenancy = model.tenancy().orElseThrow(() -> Message.TENANT_NONE.queryError(method));
    return switch (tenant) {
      case TenantScope.Unbound unbound -> tenancy;
      case TenantScope.All all -> throw Message.TENANT_REBIND.queryError(method, "every tenant (allTenants())");
      case TenantScope.One one -> throw Message.TENANT_REBIND.queryError(method,
          "tenant " + ((Literal) one.value()).value());
    };
  }

  private SemanticLayer bound(TenantScope scope) {
    return new SemanticLayer(compiled, engine, dataSource, schemaMapping, fetchSize, observability, scope);
  }

  private static String javaType(Tenancy tenancy) {
    return switch (tenancy.type()) {
      case INTEGER -> "an Integer";
      case BIGINT -> "a Long";
      case TEXT -> "a String";
      case BOOLEAN, DECIMAL, DOUBLE, DATE, TIMESTAMP -> tenancy.type().javaType().getSimpleName();
    };
  }

  /** A layer over a database whose dialect is read from the JDBC metadata on first use. */
  public static SemanticLayer create(CompiledModel model, DataSource dataSource) {
    return builder(model).dataSource(dataSource).build();
  }

  public static SemanticLayer create(CompiledModel model, DataSource dataSource, Dialect dialect) {
    return builder(model).dataSource(dataSource).dialect(dialect).build();
  }

  /** A layer without a database: it renders SQL and explains plans, and refuses to fetch. */
  public static SemanticLayer offline(CompiledModel model, Dialect dialect) {
    return builder(model).dialect(dialect).build();
  }

  public static Builder builder(CompiledModel model) {
    return new Builder(model);
  }

  /** The model this layer serves. */
  public CompiledModel model() {
    return compiled;
  }

  Model internalModel() {
    return model;
  }

  /** The dialect SQL is rendered in (read from the database if it was not given). */
  public Dialect dialect() {
    return engine.dialect();
  }

  /** How many queries were planned and how many reused a cached plan. */
  public PlanStats planStats() {
    return engine.stats();
  }

  /**
   * Checks the model against the database it queries: reads the tables and columns of the schemas the model reads
   * (after {@link Builder#mapSchema}) from the JDBC metadata, and compares every table, column and column type the
   * model reads with them, by the same rule as the processor's check of DDL files. Every mismatch is in the report;
   * none is thrown.
   *
   * @throws dev.grainline.DatabaseException {@code [GrainlineDatabaseUnavailable]} if the database cannot be reached
   *     (as fast as the data source gives up connecting) or the layer has no data source;
   *     {@code [GrainlineQueryTimeout]} if reading the metadata takes longer than the layer's query timeout
   */
  public SchemaReport verifySchema() {
    DataSource source = dataSource.orElseThrow(() -> Message.DATABASE_UNAVAILABLE.databaseError(null,
        "this layer was created without a data source; it cannot read the database's schema"));
    return new SchemaReport(SchemaCheck.check(model,
        JdbcSchemaReader.read(source, dialect(), SchemaCheck.databaseSchemas(model, schemaMapping),
        engine.layerLimit()), schemaMapping));
  }

  /**
   * A typed query of catalog metrics.
   *
   * @throws QueryException {@code [GrainlineInvalidValue]} if no metric is given, one is null or one is given twice
   */
  public TypedQuery query(MetricRef<?>... metrics) {
    List<MetricRef<?>> requested = Arguments.elements(metrics, "query()", "metrics");
    Arguments.nonEmpty(requested, "query()", "metrics");
    QueryLimits.count(requested, "metrics");
    Arguments.distinct(requested, "query()", "metric");
    return new TypedQuery(this, requested, List.of(), Optional.empty(), Optional.empty(), List.of(),
        java.util.OptionalLong.empty(), java.util.OptionalLong.empty());
  }

  /**
   * A query by metric names, with dimensions and filters as text. Names are checked when the query runs, each
   * problem with its position.
   *
   * @throws QueryException {@code [GrainlineInvalidValue]} if {@code metrics} is or holds null
   */
  public TextQuery textQuery(String... metrics) {
    return textQuery(Arguments.elements(metrics, "textQuery()", "metrics"));
  }

  /** {@link #textQuery(String...)} of a list. */
  public TextQuery textQuery(List<String> metrics) {
    Arguments.elements(metrics, "textQuery()", "metrics");
    return new TextQuery(this, metrics, List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
        java.util.OptionalLong.empty(), java.util.OptionalLong.empty());
  }

  /**
   * A query declared in the model (validated when the model was compiled), by its namespaced name
   * ({@code v3.revenue_by_category}); give its parameters values with {@link NamedMetricQuery#bind}.
   *
   * @throws QueryException {@code [GrainlineUnknownReference]} if the model has no such query (with the name it
   *     has if {@code name} is a definition's field name, such as {@code REVENUE_BY_CATEGORY}),
   *     {@code [GrainlineInvalidValue]} if it is null
   */
  public NamedMetricQuery named(String name) {
    Arguments.present(name, "named()", "name");
    NamedQueryDef query = model.query(name).orElseThrow(() -> Message.UNKNOWN_REFERENCE.queryError(name,
        "named query", namedQuerySuggestion(name)));
    return new NamedLayerQuery(this, query);
  }

  /** The query a field name (REVENUE_BY_CATEGORY) declares, or the names nearest to a misspelt one. */
  private String namedQuerySuggestion(String name) {
    List<String> declaredBy = model.queries().stream().filter(q -> q.origin().member().equals(name))
        .map(NamedQueryDef::name).toList();
    if (!declaredBy.isEmpty()) {
      return "; did you mean " + Suggestions.orList(declaredBy) + "? (named queries are named like metrics)";
    }
    return Suggestions.didYouMean(name, model.queries().stream().map(NamedQueryDef::name).toList());
  }

  PreparedQuery prepare(QuerySpec spec, QuerySource source) {
    return prepare(spec, source, QueryObserver.SILENT);
  }

  private PreparedQuery prepare(QuerySpec spec, QuerySource source, QueryObserver observer) {
    try {
      return engine.prepare(tenant instanceof TenantScope.Unbound ? spec : spec.withTenant(tenant), observer);
    } catch (QueryRejectedException e) {
      throw new QueryException(e.problems().stream().map(p -> error(p, spec, source)).toList());
    }
  }

  /** The query's spec; a text that does not parse is still seen by the listeners, as a failed query. */
  LayerQuery.Bound bindObserved(LayerQuery query) {
    try {
      return query.bind();
    } catch (QueryException e) {
      observability.rejected(e, engine.knownDialect());
      throw e;
    }
  }

  Result fetch(QuerySpec spec, QuerySource source, RunOptions run) {
    QueryObserver observer = observability.start(spec, engine.knownDialect());
    try {
      Result result = fetch(spec, source, run, observer);
      observer.succeeded(result.size());
      return result;
    } catch (RuntimeException | Error e) {
      observer.failed(e);
      throw e;
    }
  }

  private Result fetch(QuerySpec spec, QuerySource source, RunOptions run, QueryObserver observer) {
    PreparedQuery prepared = prepare(spec, source, observer);
    List<Object[]> rows = engine.execute(prepared, run);
    List<ResultColumn> columns = prepared.columns();
    Map<String, Integer> shared = Row.index(columns);
    List<Row> result = new ArrayList<>(rows.size());
    for (Object[] values : rows) {
      result.add(new Row(shared, values));
    }
    return new Result(columns, result);
  }

  /** A cursor over the query's rows; its listeners hear of it when it is closed, with the rows read by then. */
  Cursor cursor(QuerySpec spec, QuerySource source, RunOptions run) {
    QueryObserver observer = observability.start(spec, engine.knownDialect());
    try {
      PreparedQuery prepared = prepare(spec, source, observer);
      return new Cursor(prepared.columns(), engine.open(prepared, fetchSize, run), observer);
    } catch (RuntimeException | Error e) {
      observer.failed(e);
      throw e;
    }
  }

  private static QueryError error(QueryProblem problem, QuerySpec spec, QuerySource source) {
    Optional<QueryError.Position> position = switch (problem.subject()) {
      case QueryProblem.Subject.Whole w -> Optional.empty();
      case QueryProblem.Subject.MetricAt m -> source.metrics().size() > m.index()
          ? Optional.of(whole("metrics", source.metrics().get(m.index())))
          : Optional.empty();
      case QueryProblem.Subject.DimensionAt d -> source.dimensions().size() > d.index()
          ? Optional.of(whole("dimensions", source.dimensions().get(d.index())))
          : Optional.empty();
      case QueryProblem.Subject.InWhere w -> QuerySource.locate(source.where(), w.node());
      case QueryProblem.Subject.InHaving h -> QuerySource.locate(source.having(), h.node());
      case QueryProblem.Subject.OrderAt o -> QuerySource.locate(source.orderBy(), spec.orderBy().get(o.index()));
    };
    return new QueryError(problem.message().id(), problem.text(), position);
  }

  private static QueryError.Position whole(String part, String text) {
    return new QueryError.Position(part, text, 0, text.length());
  }

  /**
   * How long a query may take when neither the layer nor the query sets a limit: long enough for any dashboard
   * query, short enough that a database that stopped answering frees the caller's thread.
   */
  public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);

  /**
   * Options of a layer. Every option rejects an argument it cannot take (null, a negative size) with a
   * {@link QueryException} {@code [GrainlineInvalidValue]} naming it, at the call.
   */
  public static final class Builder {
    private final CompiledModel model;
    private DataSource dataSource;
    private Dialect dialect;
    private final Map<String, String> schemas = new LinkedHashMap<>();
    private int planCacheSize = 1_000;
    private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
    private boolean rollUpPartials;
    private int fetchSize = 1_000;
    private final List<QueryListener> listeners = new ArrayList<>();
    private boolean logBindValues;

    private Builder(CompiledModel model) {
      this.model = Arguments.present(model, "builder()", "model");
    }

    public Builder dataSource(DataSource value) {
      this.dataSource = Arguments.present(value, "dataSource()", "value");
      return this;
    }

    public Builder dialect(Dialect value) {
      this.dialect = Arguments.present(value, "dialect()", "value");
      return this;
    }

    /** Reads the model's tables of schema {@code modelSchema} from {@code databaseSchema} instead. */
    public Builder mapSchema(String modelSchema, String databaseSchema) {
      schemas.put(Arguments.present(modelSchema, "mapSchema()", "modelSchema"),
          Arguments.present(databaseSchema, "mapSchema()", "databaseSchema"));
      return this;
    }

    /** How many query shapes keep their plan; the least recently used go first. 0 plans every query. */
    public Builder planCacheSize(int size) {
      if (size < 0) {
        throw Message.ARGUMENT_NEGATIVE.queryError("planCacheSize()", "size", size);
      }
      this.planCacheSize = size;
      return this;
    }

    /**
     * How long a query may take unless it sets its own {@link MetricQuery#timeout}: getting a connection, running the
     * statement and reading its rows, and reading the database's metadata (its dialect, {@link #verifySchema}). At
     * the limit the statement is cancelled on the database and the caller gets a
     * {@code [GrainlineQueryTimeout]} {@link dev.grainline.DatabaseException}. By default 30 seconds; there is no
     * "no limit" (a very long duration is one).
     *
     * @throws IllegalArgumentException if the duration is zero or negative
     */
    public Builder queryTimeout(Duration limit) {
      Arguments.present(limit, "queryTimeout()", "limit");
      if (limit.isNegative() || limit.isZero()) {
        throw Message.TIMEOUT_VALUE.queryError("queryTimeout", limit);
      }
      this.queryTimeout = limit;
      return this;
    }

    /**
     * Computes every decomposable component from partial aggregates at its fact's key grain, then merges and
     * combines them to the query grain: the path pre-aggregations take. Slower than aggregating directly; use it to
     * check that decompositions give the same numbers.
     */
    public Builder rollUpPartials(boolean value) {
      this.rollUpPartials = value;
      return this;
    }

    /**
     * How many rows a {@link Cursor} (and {@link MetricQuery#stream()}, {@link MetricQuery#forEach}) asks the
     * database for at a time: the rows held in memory while streaming. 1,000 unless set. PostgreSQL's driver honours
     * it (cursors read in a read-only transaction for that); DuckDB's driver ignores it and reads 2,048 rows at a
     * time.
     */
    public Builder fetchSize(int rows) {
      if (rows < 1) {
        throw Message.ARGUMENT_NOT_POSITIVE.queryError("fetchSize()", "rows", rows);
      }
      this.fetchSize = rows;
      return this;
    }

    /**
     * Tells {@code listener} of every query that {@link MetricQuery#fetch()} or a {@link Cursor} runs (see
     * {@link QueryListener}); a cursor's query finishes when its last row is read or it is closed, with the rows read
     * by then. Listeners are called in the order they were added.
     */
    public Builder listener(QueryListener listener) {
      listeners.add(Arguments.present(listener, "listener()", "listener"));
      return this;
    }

    /**
     * Whether the SQL log (logger {@code dev.grainline.sql}, DEBUG) shows each query's bind values. Off by default:
     * they are the values users filter on, which can be personal data, and the log then says only how many there
     * are. Turn it on where logs may hold such data (development, tests).
     */
    public Builder logBindValues(boolean value) {
      this.logBindValues = value;
      return this;
    }

    /**
     * The layer.
     *
     * @throws QueryException {@code [GrainlineInvalidValue]} if neither a data source nor a dialect was given
     */
    public SemanticLayer build() {
      if (dataSource == null && dialect == null) {
        throw Message.LAYER_WITHOUT_DATABASE.queryError();
      }
      EngineOptions options = new EngineOptions(Map.copyOf(schemas), planCacheSize, queryTimeout);
      return new SemanticLayer(model, new QueryEngine(model.model(), Optional.ofNullable(dataSource),
          Optional.ofNullable(dialect), options, rollUpPartials ? Evaluation.ROLLUP : Evaluation.TERMINAL),
          Optional.ofNullable(dataSource), options.schemaMapping(), fetchSize,
          new Observability(listeners, logBindValues), TenantScope.UNBOUND);
    }
  }
}
