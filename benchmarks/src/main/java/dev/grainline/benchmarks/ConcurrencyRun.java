package dev.grainline.benchmarks;

import static dev.grainline.benchmarks.Store.AVG_ORDER_VALUE;
import static dev.grainline.benchmarks.Store.CATEGORY;
import static dev.grainline.benchmarks.Store.CONVERSION_RATE;
import static dev.grainline.benchmarks.Store.CUSTOMER_COUNT;
import static dev.grainline.benchmarks.Store.DATE_ID;
import static dev.grainline.benchmarks.Store.MONTH;
import static dev.grainline.benchmarks.Store.ORDER_COUNT;
import static dev.grainline.benchmarks.Store.PAGE_VIEW_COUNT;
import static dev.grainline.benchmarks.Store.STATUS;
import static dev.grainline.benchmarks.Store.TOTAL_REVENUE;
import static dev.grainline.benchmarks.Store.TRAILING_7D_REVENUE;
import static dev.grainline.benchmarks.Store.YEAR;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.grainline.examples.StoreModel;
import dev.grainline.runtime.Dialect;
import dev.grainline.runtime.MetricQuery;
import dev.grainline.runtime.Row;
import dev.grainline.runtime.SemanticLayer;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.IntStream;
import javax.sql.DataSource;

/**
 * Many threads sharing one layer and one connection pool, as in a service: {@code --threads} threads each run
 * {@code --queries} queries drawn from a mix of one-fact, two-fact, distinct-count, window and text queries with
 * varying filter values. Every answer is compared with the answer of the same query run alone, single-threaded,
 * before the concurrent phase; the run reports errors, mismatches, throughput and latency percentiles per engine.
 * Exits with status 1 if any query failed or disagreed.
 */
public final class ConcurrencyRun {
  private ConcurrencyRun() {}

  private static final List<String> CATEGORIES = List.of("Books", "Electronics", "Toys", "Garden", "Clothing");

  /** One query of the mix: how to build it on a layer, and a label for reports. */
  record MixedQuery(String label, Function<SemanticLayer, MetricQuery> build) {}

  /** The mix: each template with each of its filter values. */
  static List<MixedQuery> mix() {
    List<MixedQuery> mix = new ArrayList<>();
    for (int year : new int[] {2023, 2024}) {
      mix.add(new MixedQuery("revenue by status, year " + year,
          layer -> layer.query(TOTAL_REVENUE).by(STATUS).where(YEAR.eq(year))));
      mix.add(new MixedQuery("revenue, page views, conversion by category, year " + year,
          layer -> layer.query(TOTAL_REVENUE, PAGE_VIEW_COUNT, CONVERSION_RATE).by(CATEGORY).where(YEAR.eq(year))));
    }
    for (int month = 1; month <= 12; month++) {
      int m = month;
      mix.add(new MixedQuery("revenue, orders, average order value by category, month " + m,
          layer -> layer.query(TOTAL_REVENUE, ORDER_COUNT, AVG_ORDER_VALUE).by(CATEGORY).where(MONTH.eq(m))));
      mix.add(new MixedQuery("customers by year and month, month >= " + m,
          layer -> layer.query(CUSTOMER_COUNT).by(YEAR, MONTH).where(MONTH.ge(m))));
    }
    for (String category : CATEGORIES) {
      mix.add(new MixedQuery("text: revenue by month for " + category,
          layer -> layer.textQuery("v3.total_revenue", "v3.order_count").by("v3.date.month")
              .where("v3.product.category = '" + category.replace("'", "''") + "'")
              .orderBy("v3.date.month")));
    }
    for (int month : new int[] {1, 3}) {
      mix.add(new MixedQuery("trailing 7-day revenue by day and category, month " + month,
          layer -> layer.query(TRAILING_7D_REVENUE).by(DATE_ID, CATEGORY).where(YEAR.eq(2024).and(MONTH.eq(month)))));
    }
    return List.copyOf(mix);
  }

  record Options(int threads, int queries, int pool, int orders, List<Dialect> engines, String schema,
      String postgresUrl, Path duckdbFile, long seed) {
    static Options parse(String[] args) {
      Map<String, String> values = new HashMap<>();
      for (int i = 0; i + 1 < args.length; i += 2) {
        if (!args[i].startsWith("--")) {
          throw new IllegalArgumentException("expected --option value, got " + args[i]);
        }
        values.put(args[i].substring(2), args[i + 1]);
      }
      return new Options(
          Integer.parseInt(values.getOrDefault("threads", "64")),
          Integer.parseInt(values.getOrDefault("queries", "200")),
          Integer.parseInt(values.getOrDefault("pool", "16")),
          Integer.parseInt(values.getOrDefault("orders", "20000")),
          Arrays.stream(values.getOrDefault("engines", "postgres,duckdb").split(","))
              .map(e -> Dialect.valueOf(e.strip().toUpperCase(Locale.ROOT))).toList(),
          values.getOrDefault("schema", "v3_concurrency"),
          values.getOrDefault("pg-url", BenchDatabase.DEFAULT_POSTGRES_URL),
          Path.of(values.getOrDefault("duckdb", "/tmp/grainline-bench/concurrency.duckdb")),
          Long.parseLong(values.getOrDefault("seed", "20261203")));
    }
  }

  /** What one engine's run gave. */
  record Outcome(Dialect dialect, int queries, int errors, int mismatches, double seconds, double p50Millis,
      double p99Millis, Optional<String> firstProblem) {
    double throughput() {
      return queries / seconds;
    }

    String line(Options options) {
      return String.format(Locale.ROOT, "| %s | %d × %d | %d | %d | %d | %.0f | %.1f | %.1f |", dialect,
          options.threads(), options.queries(), options.pool(), errors, mismatches, throughput(), p50Millis,
          p99Millis);
    }
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    PrintWriter log = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    List<Outcome> outcomes = new ArrayList<>();
    for (Dialect engine : options.engines()) {
      try (BenchDatabase database = engine == Dialect.POSTGRES
          ? BenchDatabase.postgres(options.postgresUrl(), Optional.empty(), options.pool())
          : BenchDatabase.duckdb(options.duckdbFile())) {
        log.printf("%s (%s)%n", engine, database.version());
        database.ensureLoaded(options.schema(), BenchDatabase.dataSet(options.orders()), false, log);
        if (engine == Dialect.POSTGRES) {
          outcomes.add(run(engine, database.dataSource(), options, log));
        } else {
          // DuckDB's connections are duplicates of one instance; the pool bounds them as it would in a service.
          HikariConfig config = new HikariConfig();
          config.setDataSource(database.dataSource());
          config.setMaximumPoolSize(options.pool());
          config.setPoolName("grainline-concurrency-duckdb");
          try (HikariDataSource pool = new HikariDataSource(config)) {
            outcomes.add(run(engine, pool, options, log));
          }
        }
      }
    }
    log.println();
    log.println("| engine | threads × queries | pool | errors | mismatches | queries/s | p50 ms | p99 ms |");
    log.println("|---|---|---:|---:|---:|---:|---:|---:|");
    outcomes.forEach(o -> log.println(o.line(options)));
    outcomes.forEach(o -> o.firstProblem().ifPresent(p -> log.println(o.dialect() + ": first problem: " + p)));
    if (outcomes.stream().anyMatch(o -> o.errors() > 0 || o.mismatches() > 0)) {
      System.exit(1);
    }
  }

  static Outcome run(Dialect engine, DataSource dataSource, Options options, PrintWriter log) throws Exception {
    SemanticLayer layer = SemanticLayer.builder(StoreModel.model()).dialect(engine)
        .mapSchema("v3", options.schema()).dataSource(dataSource).build();
    List<MixedQuery> mix = mix();
    // The oracle: each query of the mix alone, on one thread, before any concurrency.
    List<List<List<Object>>> expected = new ArrayList<>();
    for (MixedQuery query : mix) {
      expected.add(values(query.build().apply(layer).fetch().rows()));
    }
    log.printf("  %d distinct queries answered single-threaded; %d threads × %d queries, pool %d ...%n",
        mix.size(), options.threads(), options.queries(), options.pool());
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger mismatches = new AtomicInteger();
    AtomicReference<String> firstProblem = new AtomicReference<>();
    long[][] latencies = new long[options.threads()][options.queries()];
    ExecutorService threads = Executors.newFixedThreadPool(options.threads());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < options.threads(); t++) {
      int thread = t;
      running.add(threads.submit(() -> {
        Random random = new Random(options.seed() + thread);
        start.await();
        for (int q = 0; q < options.queries(); q++) {
          int pick = random.nextInt(mix.size());
          long began = System.nanoTime();
          try {
            List<List<Object>> rows = values(mix.get(pick).build().apply(layer).fetch().rows());
            latencies[thread][q] = System.nanoTime() - began;
            // Doubles within rounding: DuckDB aggregates in parallel, so a sum of doubles can differ in its last
            // bits from one run to the next even on one thread.
            Optional<String> difference = SqlExecutionBenchmark.Results.difference(expected.get(pick), rows);
            if (difference.isPresent()) {
              mismatches.incrementAndGet();
              firstProblem.compareAndSet(null, mix.get(pick).label() + ": " + difference.get());
            }
          } catch (RuntimeException e) {
            latencies[thread][q] = System.nanoTime() - began;
            errors.incrementAndGet();
            firstProblem.compareAndSet(null, mix.get(pick).label() + ": " + e);
          }
        }
        return null;
      }));
    }
    long began = System.nanoTime();
    start.countDown();
    for (Future<?> future : running) {
      future.get();
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    threads.shutdown();
    double[] millis = Arrays.stream(latencies).flatMapToLong(Arrays::stream).mapToDouble(n -> n / 1e6).toArray();
    Outcome outcome = new Outcome(engine, options.threads() * options.queries(), errors.get(), mismatches.get(),
        seconds, SqlExecutionBenchmark.Stats.percentile(millis, 50), SqlExecutionBenchmark.Stats.percentile(millis, 99),
        Optional.ofNullable(firstProblem.get()));
    log.println("  " + outcome.line(options));
    log.printf("  planned %s%n", layer.planStats());
    return outcome;
  }

  private static List<List<Object>> values(List<Row> rows) {
    return IntStream.range(0, rows.size()).mapToObj(i -> rows.get(i).values()).toList();
  }
}
