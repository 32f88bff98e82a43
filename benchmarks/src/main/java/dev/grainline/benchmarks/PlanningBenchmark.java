package dev.grainline.benchmarks;

import dev.grainline.examples.StoreModel;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.query.QueryResolver;
import dev.grainline.internal.model.query.QuerySpec;
import dev.grainline.internal.model.query.ResolvedQuery;
import dev.grainline.runtime.CatalogSupport;
import dev.grainline.runtime.CompiledModel;
import dev.grainline.runtime.Dialect;
import dev.grainline.runtime.Explanation;
import dev.grainline.runtime.SemanticLayer;
import dev.grainline.runtime.TypedQuery;
import dev.grainline.runtime.internal.planning.Evaluation;
import dev.grainline.runtime.internal.planning.Planner;
import dev.grainline.runtime.internal.plan.Output;
import dev.grainline.runtime.internal.rendering.SqlRenderer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jooq.QueryPart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What it costs to turn a request into SQL, per scenario ({@link PlanningScenario}):
 *
 * <ul>
 *   <li>{@link #a_scratch} (a): resolve + plan + render from scratch, as on a plan-cache miss;
 *   <li>{@link #b_cached} (b): the cached path through {@link SemanticLayer}: the same shape with a new filter value,
 *       {@code sql()} then {@code bindValues()};
 *   <li>{@link #c_renderOnly} (c): jOOQ rendering alone of the prebuilt final statement: the floor.
 * </ul>
 *
 * <p>The others split the cost up: {@link #p1_resolve}, {@link #p2_plan}, {@link #p3_buildStatement} (the jOOQ
 * object tree of a plan), {@link #p4_renderWithBindOrder} (what {@code SqlRenderer.render} does: builds the statement,
 * renders it once with named parameters and turns them into {@code ?} while noting the bind order),
 * {@link #e1_layerMiss} (a plan-cache miss through the layer:
 * also resolves twice and builds the explanation) and {@link #e2_cachedOnce} (the cached path with one
 * {@code explain()}, which carries both the SQL and the values).
 *
 * <p>Warm-up is long on purpose: on a 2-core machine C2 needs about ten seconds to compile jOOQ's rendering code,
 * and before that the wide request plans 10-30 times slower than at steady state.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PlanningBenchmark} (see RESULTS.md).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "--enable-native-access=ALL-UNNAMED"})
@State(Scope.Benchmark)
public class PlanningBenchmark {
  @Param({"S1", "S5", "S7", "WIDE20", "WINDOWS4"})
  public PlanningScenario scenario;

  /** Trino renders through jOOQ's TRINO dialect, with its own date arithmetic, spines and casts. */
  @Param({"POSTGRES", "TRINO"})
  public Dialect dialect;

  private QueryResolver resolver;
  private Planner planner;
  private SqlRenderer renderer;
  private QuerySpec shape;
  private ResolvedQuery resolved;
  private Output plan;
  private QueryPart statement;
  private SemanticLayer cachedLayer;
  private int call;

  @Setup(Level.Trial)
  public void setUp() {
    CompiledModel compiled = StoreModel.model();
    Model model = CatalogSupport.modelOf(compiled);
    resolver = new QueryResolver(model);
    planner = new Planner(model);
    renderer = new SqlRenderer(dialect, Map.of());
    shape = scenario.shape();
    resolved = resolve();
    plan = planner.plan(resolved, Evaluation.TERMINAL);
    statement = renderer.query(plan);
    cachedLayer = SemanticLayer.builder(compiled).dialect(dialect).build();

    // The three paths must produce the same statement, or the ratios compare different work.
    String floor = renderer.renderSql(statement);
    String scratch = a_scratch().sql();
    TypedQuery query = scenario.query(cachedLayer, PlanningScenario.FIRST_YEAR);
    String uncached = scenario.query(SemanticLayer.offline(compiled, dialect), PlanningScenario.FIRST_YEAR + 1).sql();
    if (!floor.equals(scratch) || !floor.equals(query.sql()) || !floor.equals(uncached)) {
      throw new IllegalStateException("the paths render different SQL for " + scenario + ":\n" + floor
          + "\n---\n" + scratch + "\n---\n" + query.sql() + "\n---\n" + uncached);
    }
    // The filter is pushed into every grain group's scan: one bind value per group, all the same.
    List<Object> values = query.bindValues();
    if (values.isEmpty() || values.stream().anyMatch(v -> !v.equals(PlanningScenario.FIRST_YEAR))) {
      throw new IllegalStateException("unexpected bind values " + values);
    }
  }

  @TearDown(Level.Trial)
  public void checkCaches() {
    // The cached path must have planned once, at set-up, and reused the plan ever since.
    if (cachedLayer.planStats().planned() != 1) {
      throw new IllegalStateException("the cached layer planned more than once: " + cachedLayer.planStats());
    }
  }

  /**
   * A layer with an empty plan cache for every call, made outside the timed region. (planCacheSize(0) is no
   * substitute: Caffeine evicts asynchronously, so a size-0 cache still serves most repeated shapes.)
   */
  @State(Scope.Thread)
  public static class FreshLayer {
    SemanticLayer layer;

    @Setup(Level.Invocation)
    public void newLayer(PlanningBenchmark benchmark) {
      layer = SemanticLayer.offline(StoreModel.model(), benchmark.dialect);
      // A long-lived layer has made its renderer already: prime it with another shape, so that only the miss is timed.
      layer.query(Store.TOTAL_QUANTITY).sql();
    }
  }

  private int nextYear() {
    return PlanningScenario.FIRST_YEAR + (call++ & (PlanningScenario.YEARS - 1));
  }

  /** (a) resolve + plan + render, nothing cached: what a plan-cache miss costs at least. */
  @Benchmark
  public SqlRenderer.RenderedSql a_scratch() {
    ResolvedQuery query = resolver.resolve(shape).query().orElseThrow();
    return renderer.render(planner.plan(query, Evaluation.TERMINAL));
  }

  /** (b) a repeated shape with a new filter value, as an application calls it: {@code sql()} and {@code bindValues()}. */
  @Benchmark
  public void b_cached(Blackhole blackhole) {
    TypedQuery query = scenario.query(cachedLayer, nextYear());
    blackhole.consume(query.sql());
    blackhole.consume(query.bindValues());
  }

  /** (c) jOOQ rendering alone of the statement (a) renders: the floor. */
  @Benchmark
  public String c_renderOnly() {
    return renderer.renderSql(statement);
  }

  @Benchmark
  public ResolvedQuery p1_resolve() {
    return resolve();
  }

  @Benchmark
  public Output p2_plan() {
    return planner.plan(resolved, Evaluation.TERMINAL);
  }

  @Benchmark
  public QueryPart p3_buildStatement() {
    return renderer.query(plan);
  }

  @Benchmark
  public SqlRenderer.RenderedSql p4_renderWithBindOrder() {
    return renderer.render(plan);
  }

  /**
   * A plan-cache miss through the layer, one prepare ({@code explain()}): on top of (a) it resolves the query twice
   * (as given, for error positions, then its shape) and builds the explanation.
   */
  @Benchmark
  public Explanation e1_layerMiss(FreshLayer fresh) {
    return scenario.query(fresh.layer, nextYear()).explain();
  }

  /** The cached path with one prepare instead of two: {@code explain()} carries the SQL and the values. */
  @Benchmark
  public Explanation e2_cachedOnce() {
    return scenario.query(cachedLayer, nextYear()).explain();
  }

  private ResolvedQuery resolve() {
    return resolver.resolve(shape).query().orElseThrow();
  }
}
