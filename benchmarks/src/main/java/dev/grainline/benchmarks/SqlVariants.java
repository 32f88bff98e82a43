package dev.grainline.benchmarks;

import dev.grainline.examples.data.StoreSchema;
import dev.grainline.runtime.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Times hand-edited variants of a query against a baseline, as {@link SqlExecutionBenchmark} times generated against
 * hand-written SQL: every variant must first return the baseline's rows, then all run in rounds, taking turns going
 * first. It is how a slow generated shape is taken apart: each variant changes one thing. The files hold SQL over the
 * store's tables in schema {@code {s}}; the last file is the baseline.
 *
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -cp benchmarks/target/benchmarks.jar dev.grainline.benchmarks.SqlVariants \
 *     --engine postgres [--schema v3_bench] [--warmups 2] [--runs 11] [--pg-init "SET jit = off"]
 *     [--duckdb-init "SET threads = 1"] FILE... BASELINE
 * </pre>
 *
 * The schema must be loaded already (run {@link SqlExecutionBenchmark} once).
 */
public final class SqlVariants {
  private SqlVariants() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>(Map.of("engine", "postgres", "schema", "v3_bench", "warmups",
        "2", "runs", "11", "pg-url", BenchDatabase.DEFAULT_POSTGRES_URL, "duckdb-file",
        "/tmp/grainline-bench/bench.duckdb", "pg-init", "", "duckdb-init", ""));
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--")) {
        String key = args[i].substring(2);
        if (!options.containsKey(key) || i + 1 >= args.length) {
          throw new IllegalArgumentException("unknown option or missing value: " + args[i]);
        }
        options.put(key, args[++i]);
      } else {
        files.add(Path.of(args[i]));
      }
    }
    if (files.size() < 2) {
      throw new IllegalArgumentException("give at least one variant and a baseline");
    }
    Dialect engine = Dialect.ofId(options.get("engine")).orElseThrow();
    String schema = StoreSchema.checkName(options.get("schema"));
    int warmups = Integer.parseInt(options.get("warmups"));
    int runs = Integer.parseInt(options.get("runs"));
    List<String> sql = new ArrayList<>();
    for (Path file : files) {
      sql.add(Files.readString(file).replace("{s}", schema));
    }
    double[][] millis = new double[files.size()][runs];
    try (BenchDatabase database = engine == Dialect.POSTGRES
        ? BenchDatabase.postgres(options.get("pg-url"),
            Optional.of(options.get("pg-init")).filter(init -> !init.isBlank()))
        : BenchDatabase.duckdb(Path.of(options.get("duckdb-file")))) {
      if (engine == Dialect.DUCKDB && !options.get("duckdb-init").isBlank()) {
        // A setting of the database instance (e.g. SET threads = 1), so one connection sets it for all.
        try (var connection = database.dataSource().getConnection();
            var statement = connection.createStatement()) {
          statement.execute(options.get("duckdb-init"));
        }
      }
      int baseline = files.size() - 1;
      List<List<Object>> expected = SqlExecutionBenchmark.run(database.dataSource(), sql.get(baseline), List.of());
      for (int f = 0; f < baseline; f++) {
        Optional<String> difference = SqlExecutionBenchmark.Results.difference(expected,
            SqlExecutionBenchmark.run(database.dataSource(), sql.get(f), List.of()));
        if (difference.isPresent()) {
          throw new IllegalStateException(files.get(f) + " disagrees with " + files.get(baseline) + ": "
              + difference.get());
        }
      }
      for (int round = -warmups; round < runs; round++) {
        for (int turn = 0; turn < files.size(); turn++) {
          int f = Math.floorMod(round + turn, files.size());
          long start = System.nanoTime();
          SqlExecutionBenchmark.run(database.dataSource(), sql.get(f), List.of());
          if (round >= 0) {
            millis[f][round] = (System.nanoTime() - start) / 1e6;
          }
        }
      }
      StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "SqlVariants on %s (%s)%s, %d rows each,"
          + " %d warm-up and %d measured rounds, variants alternating; ms median [p25-p75]%n%n", engine.id(),
          database.version(), (options.get("pg-init") + options.get("duckdb-init")).isBlank() ? ""
              : ", after " + (options.get("pg-init") + " " + options.get("duckdb-init")).strip(),
          expected.size(), warmups, runs));
      text.append("| variant | ms | / baseline (medians) | / baseline (paired) |\n|---|---:|---:|---:|\n");
      double base = SqlExecutionBenchmark.Stats.median(millis[baseline]);
      for (int f = 0; f < files.size(); f++) {
        double[] ratios = new double[runs];
        for (int r = 0; r < runs; r++) {
          ratios[r] = millis[f][r] / millis[baseline][r];
        }
        text.append(String.format(Locale.ROOT, "| %s | %.1f [%.1f-%.1f] | %.3f | %.3f |%n",
            files.get(f).getFileName(), SqlExecutionBenchmark.Stats.median(millis[f]),
            SqlExecutionBenchmark.Stats.percentile(millis[f], 25),
            SqlExecutionBenchmark.Stats.percentile(millis[f], 75),
            SqlExecutionBenchmark.Stats.median(millis[f]) / base, SqlExecutionBenchmark.Stats.median(ratios)));
      }
      System.out.println(text);
    }
  }
}
