package dev.grainline.runtime;

import dev.grainline.QueryError;
import dev.grainline.QueryException;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.NamedQueryDef;
import dev.grainline.internal.model.query.QueryProblem;
import dev.grainline.internal.model.query.QuerySpec;
import dev.grainline.internal.model.schema.SchemaCheck;
import dev.grainline.internal.model.text.Suggestions;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.runtime.internal.execution.EngineOptions;
import dev.grainline.runtime.internal.execution.JdbcSchemaReader;
import dev.grainline.runtime.internal.execution.PreparedQuery;
import dev.grainline.runtime.internal.execution.QueryEngine;
import dev.grainline.runtime.internal.execution.QueryRejectedException;
import dev.grainline.runtime.internal.execution.RunOptions;
import dev.grainline.runtime.internal.planning.Evaluation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

  private SemanticLayer(CompiledModel compiled, QueryEngine engine, Optional<DataSource> dataSource,
      Map<String, String> schemaMapping) {
    this.compiled = compiled;
    this.model = compiled.model();
    this.engine = engine;
    this.dataSource = dataSource;
    this.schemaMapping = schemaMapping;
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

  /** A typed query of catalog metrics. */
  public TypedQuery query(MetricRef<?>... metrics) {
    return new TypedQuery(this, Arrays.asList(metrics), List.of(), Optional.empty(), Optional.empty(), List.of(),
        java.util.OptionalLong.empty());
  }

  /** A query by metric names, with dimensions and filters as text. */
  public TextQuery textQuery(String... metrics) {
    return textQuery(Arrays.asList(metrics));
  }

  public TextQuery textQuery(List<String> metrics) {
    return new TextQuery(this, metrics, List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
        java.util.OptionalLong.empty());
  }

  /** A query declared in the model (validated when the model was compiled). */
  public MetricQuery named(String name) {
    NamedQueryDef query = model.query(name).orElseThrow(() -> Message.UNKNOWN_REFERENCE.queryError(name,
        "named query", Suggestions.didYouMean(name, model.queries().stream().map(NamedQueryDef::name).toList())));
    return new LayerQuery(this) {
      @Override
      Bound bind() {
        return new Bound(query.spec(), QuerySource.NONE);
      }
    };
  }

  PreparedQuery prepare(QuerySpec spec, QuerySource source) {
    try {
      return engine.prepare(spec);
    } catch (QueryRejectedException e) {
      throw new QueryException(e.problems().stream().map(p -> error(p, spec, source)).toList());
    }
  }

  Result fetch(QuerySpec spec, QuerySource source, RunOptions run) {
    PreparedQuery prepared = prepare(spec, source);
    List<Object[]> rows = engine.execute(prepared, run);
    Map<String, Integer> index = new HashMap<>();
    List<ResultColumn> columns = prepared.columns();
    for (int i = 0; i < columns.size(); i++) {
      index.put(columns.get(i).name(), i);
    }
    Map<String, Integer> shared = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(index));
    List<Row> result = new ArrayList<>(rows.size());
    for (Object[] values : rows) {
      result.add(new Row(shared, values));
    }
    return new Result(columns, result);
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

  /** Options of a layer. */
  public static final class Builder {
    private final CompiledModel model;
    private DataSource dataSource;
    private Dialect dialect;
    private final Map<String, String> schemas = new LinkedHashMap<>();
    private int planCacheSize = 1_000;
    private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
    private boolean rollUpPartials;

    private Builder(CompiledModel model) {
      this.model = Objects.requireNonNull(model, "model");
    }

    public Builder dataSource(DataSource value) {
      this.dataSource = Objects.requireNonNull(value, "dataSource");
      return this;
    }

    public Builder dialect(Dialect value) {
      this.dialect = Objects.requireNonNull(value, "dialect");
      return this;
    }

    /** Reads the model's tables of schema {@code modelSchema} from {@code databaseSchema} instead. */
    public Builder mapSchema(String modelSchema, String databaseSchema) {
      schemas.put(Objects.requireNonNull(modelSchema), Objects.requireNonNull(databaseSchema));
      return this;
    }

    /** How many query shapes keep their plan; the least recently used go first. */
    public Builder planCacheSize(int size) {
      if (size < 0) {
        throw new IllegalArgumentException("plan cache size " + size);
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
      Objects.requireNonNull(limit, "limit");
      if (limit.isNegative() || limit.isZero()) {
        throw new IllegalArgumentException(Message.TIMEOUT_VALUE.format("queryTimeout", limit));
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

    public SemanticLayer build() {
      if (dataSource == null && dialect == null) {
        throw new IllegalStateException("a layer needs a data source, a dialect, or both");
      }
      EngineOptions options = new EngineOptions(Map.copyOf(schemas), planCacheSize, queryTimeout);
      return new SemanticLayer(model, new QueryEngine(model.model(), Optional.ofNullable(dataSource),
          Optional.ofNullable(dialect), options, rollUpPartials ? Evaluation.ROLLUP : Evaluation.TERMINAL),
          Optional.ofNullable(dataSource), options.schemaMapping());
    }
  }
}
