package dev.grainline.benchmarks;

import dev.grainline.examples.StoreModel;
import dev.grainline.examples.data.StoreDataSet;
import dev.grainline.runtime.Dialect;
import dev.grainline.runtime.SemanticLayer;
import dev.grainline.runtime.TypedQuery;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Generated SQL against hand-written SQL of the same result, on PostgreSQL and DuckDB, over a million order lines.
 * A plain main with JMH's discipline rather than JMH itself, because the two queries must alternate to share the
 * machine's noise: for every case it first checks once that both queries return the same rows (a speed-up of a
 * wrong answer is worthless), then runs warm-up rounds, then measured rounds in which the variants take turns going
 * first, and reports the median of each and the ratio of the medians, and the median of the per-round ratios.
 *
 * <p>Both queries run through the same code: a connection from the same pool, prepareStatement, bind, execute, and
 * every column of every row read with getObject. The generated SQL is taken from {@code TypedQuery.sql()} once: planning
 * is {@link PlanningBenchmark}'s subject. With {@code --fetch}, a third variant runs the request end to end through
 * {@code SemanticLayer.fetch()} (plan cache, binding, typed reading into rows).
 *
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -cp benchmarks/target/benchmarks.jar \
 *     dev.grainline.benchmarks.SqlExecutionBenchmark [--engines postgres,duckdb] [--orders 340000] [--warmups 3]
 *     [--runs 11] [--schema v3_bench] [--duckdb-file /tmp/grainline-bench/bench.duckdb] [--reload] [--fetch]
 *     [--pg-init "SET jit = off"] [--explain DIR] [--out FILE]
 *     [--trino-url URL, with --engines trino: TrinoExecution passes it]
 * </pre>
 */
public final class SqlExecutionBenchmark {
  private SqlExecutionBenchmark() {}

  /** What is timed: the generated SQL, the hand-written SQL, or the request end to end through the layer. */
  enum Variant {
    GENERATED, HAND_WRITTEN, LAYER_FETCH
  }

  record Options(List<Dialect> engines, int orders, int warmups, int runs, String schema, Path duckdbFile,
      boolean reload, boolean fetch, String postgresUrl, Optional<String> postgresInit, Optional<String> trinoUrl,
      Optional<Path> explain, Optional<Path> out, List<ExecutionCase> cases) {
    static Options parse(String[] args) {
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (!arg.startsWith("--")) {
          throw new IllegalArgumentException("unexpected argument " + arg);
        }
        String key = arg.substring(2);
        if (key.equals("reload") || key.equals("fetch")) {
          values.put(key, "true");
        } else if (i + 1 < args.length) {
          values.put(key, args[++i]);
        } else {
          throw new IllegalArgumentException(arg + " needs a value");
        }
      }
      List<Dialect> engines = Arrays.stream(values.getOrDefault("engines", "postgres,duckdb").split(","))
          .map(s -> Dialect.ofId(s.strip()).orElseThrow(() -> new IllegalArgumentException("engine " + s)))
          .toList();
      List<ExecutionCase> cases = values.containsKey("cases")
          ? Arrays.stream(values.get("cases").split(",")).map(s -> ExecutionCase.valueOf(s.strip())).toList()
          : List.of(ExecutionCase.values());
      Options options = new Options(engines, Integer.parseInt(values.getOrDefault("orders", "340000")),
          Integer.parseInt(values.getOrDefault("warmups", "3")), Integer.parseInt(values.getOrDefault("runs", "11")),
          values.getOrDefault("schema", "v3_bench"),
          Path.of(values.getOrDefault("duckdb-file", "/tmp/grainline-bench/bench.duckdb")),
          values.containsKey("reload"), values.containsKey("fetch"),
          values.getOrDefault("pg-url", BenchDatabase.DEFAULT_POSTGRES_URL),
          Optional.ofNullable(values.get("pg-init")), Optional.ofNullable(values.get("trino-url")),
          Optional.ofNullable(values.get("explain")).map(Path::of), Optional.ofNullable(values.get("out")).map(Path::of),
          cases);
      values.keySet().removeAll(List.of("engines", "orders", "warmups", "runs", "schema", "duckdb-file", "reload",
          "fetch", "pg-url", "pg-init", "trino-url", "explain", "out", "cases"));
      if (!values.isEmpty()) {
        throw new IllegalArgumentException("unknown options " + values.keySet());
      }
      return options;
    }
  }

  /** The timings of one case on one engine, in milliseconds. */
  record Measured(Dialect engine, ExecutionCase executionCase, int rows, Map<Variant, double[]> millis) {
    double median(Variant variant) {
      return Stats.median(millis.get(variant));
    }

    /** The ratio of the medians. */
    double ratio(Variant variant) {
      return median(variant) / median(Variant.HAND_WRITTEN);
    }

    /** The median over rounds of the ratio in each round: robust to drift between rounds. */
    double pairedRatio(Variant variant) {
      double[] a = millis.get(variant);
      double[] b = millis.get(Variant.HAND_WRITTEN);
      double[] ratios = new double[a.length];
      for (int i = 0; i < a.length; i++) {
        ratios[i] = a[i] / b[i];
      }
      return Stats.median(ratios);
    }
  }

  public static void main(String[] args) throws Exception {
    run(Options.parse(args), new PrintWriter(System.out, true, StandardCharsets.UTF_8));
  }

  /** Loads, checks and times every case on every engine of {@code options}; prints and returns the figures. */
  static List<Measured> run(Options options, PrintWriter log) throws SQLException, IOException {
    StoreDataSet data = BenchDatabase.dataSet(options.orders());
    List<Measured> all = new ArrayList<>();
    List<String> versions = new ArrayList<>();
    for (Dialect engine : options.engines()) {
      try (BenchDatabase database = switch (engine) {
        case POSTGRES -> BenchDatabase.postgres(options.postgresUrl(), options.postgresInit());
        case DUCKDB -> BenchDatabase.duckdb(options.duckdbFile());
        // Trino is not a file or a local service: TrinoExecution (a test-scope entry point) starts one in its JVM.
        case TRINO -> BenchDatabase.trino(options.trinoUrl().orElseThrow(() -> new IllegalArgumentException(
            "engine trino needs --trino-url; TrinoExecution starts a server and passes it")));
      }) {
        versions.add(database.version());
        log.printf("%s (%s)%n", engine, database.version());
        database.ensureLoaded(options.schema(), data, options.reload(), log);
        long lines = database.orderLines(options.schema());
        if (lines < 1_000_000 && options.orders() >= 340_000) {
          throw new IllegalStateException("only " + lines + " order lines in " + options.schema());
        }
        log.printf("  %,d order lines%n", lines);
        SemanticLayer layer = SemanticLayer.builder(StoreModel.model()).dialect(engine)
            .mapSchema("v3", options.schema()).dataSource(database.dataSource()).build();
        for (ExecutionCase executionCase : options.cases()) {
          Measured measured = measure(database.dataSource(), layer, executionCase, options, log);
          all.add(measured);
          log.println("  " + line(measured, options.fetch()));
        }
      }
    }
    String report = report(all, options, versions);
    log.println();
    log.println(report);
    if (options.out().isPresent()) {
      Files.writeString(options.out().get(), report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
    return all;
  }

  /** Checks the answers, warms up, and times the variants taking turns. */
  static Measured measure(DataSource dataSource, SemanticLayer layer, ExecutionCase executionCase, Options options,
      PrintWriter log) throws SQLException, IOException {
    TypedQuery query = executionCase.query(layer);
    String generated = query.sql();
    List<Object> generatedValues = query.bindValues();
    String handWritten = executionCase.handWritten(options.schema());
    List<List<Object>> expected = checkSameRows(dataSource, layer, executionCase, options.schema());
    if (options.fetch()) {
      int fetched = query.fetch().rows().size();
      if (fetched != expected.size()) {
        throw new IllegalStateException("fetch() returned " + fetched + " rows, not " + expected.size());
      }
    }
    if (options.explain().isPresent()) {
      explain(dataSource, layer.dialect(), executionCase, generated, generatedValues, handWritten,
          options.explain().get());
    }

    List<Variant> variants = options.fetch()
        ? List.of(Variant.GENERATED, Variant.HAND_WRITTEN, Variant.LAYER_FETCH)
        : List.of(Variant.GENERATED, Variant.HAND_WRITTEN);
    Map<Variant, double[]> millis = new EnumMap<>(Variant.class);
    variants.forEach(v -> millis.put(v, new double[options.runs()]));
    for (int round = -options.warmups(); round < options.runs(); round++) {
      for (int turn = 0; turn < variants.size(); turn++) {
        // Each round starts with the next variant, so none is always first (or always after the same one).
        Variant variant = variants.get(Math.floorMod(round + turn, variants.size()));
        long start = System.nanoTime();
        int rows = switch (variant) {
          case GENERATED -> run(dataSource, generated, generatedValues).size();
          case HAND_WRITTEN -> run(dataSource, handWritten, List.of()).size();
          case LAYER_FETCH -> query.fetch().rows().size();
        };
        long elapsed = System.nanoTime() - start;
        if (rows != expected.size()) {
          throw new IllegalStateException(variant + " returned " + rows + " rows, not " + expected.size());
        }
        if (round >= 0) {
          millis.get(variant)[round] = elapsed / 1e6;
        }
      }
    }
    return new Measured(layer.dialect(), executionCase, expected.size(), millis);
  }

  /**
   * Runs both queries once and fails unless they return the same rows, in the same order: no figures for a wrong
   * answer. Returns the rows.
   */
  static List<List<Object>> checkSameRows(DataSource dataSource, SemanticLayer layer, ExecutionCase executionCase,
      String schema) throws SQLException {
    TypedQuery query = executionCase.query(layer);
    String generated = query.sql();
    String handWritten = executionCase.handWritten(schema);
    List<List<Object>> expected = run(dataSource, handWritten, List.of());
    List<List<Object>> actual = run(dataSource, generated, query.bindValues());
    Optional<String> difference = Results.difference(expected, actual);
    if (difference.isPresent()) {
      throw new IllegalStateException(executionCase + " on " + layer.dialect() + ": generated and hand-written SQL"
          + " disagree: " + difference.get() + "\n--- generated:\n" + generated + "\n--- hand-written:\n"
          + handWritten);
    }
    if (expected.isEmpty()) {
      throw new IllegalStateException(executionCase + " returned no rows");
    }
    return expected;
  }

  /** Runs a query the way the layer's executor does, reading every column of every row. */
  static List<List<Object>> run(DataSource dataSource, String sql, List<Object> values) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.size(); i++) {
        statement.setObject(i + 1, values.get(i));
      }
      try (ResultSet rows = statement.executeQuery()) {
        int columns = rows.getMetaData().getColumnCount();
        List<List<Object>> result = new ArrayList<>();
        while (rows.next()) {
          Object[] row = new Object[columns];
          for (int c = 0; c < columns; c++) {
            row[c] = rows.getObject(c + 1);
          }
          result.add(Arrays.asList(row));
        }
        return result;
      }
    }
  }

  private static void explain(DataSource dataSource, Dialect dialect, ExecutionCase executionCase, String generated,
      List<Object> values, String handWritten, Path directory) throws SQLException, IOException {
    Files.createDirectories(directory);
    String prefix = dialect == Dialect.POSTGRES ? "EXPLAIN (ANALYZE, BUFFERS, VERBOSE) " : "EXPLAIN ANALYZE ";
    for (var entry : Map.of("generated", List.of(generated), "hand", List.of(handWritten)).entrySet()) {
      String sql = entry.getValue().get(0);
      StringBuilder text = new StringBuilder(sql).append("\n\n");
      for (List<Object> row : run(dataSource, prefix + sql, entry.getKey().equals("generated") ? values : List.of())) {
        for (Object cell : row) {
          text.append(cell).append('\t');
        }
        text.append('\n');
      }
      Files.writeString(directory.resolve(dialect.id() + "-" + executionCase.name().toLowerCase(Locale.ROOT) + "-"
          + entry.getKey() + ".txt"), text);
    }
  }

  private static String line(Measured m, boolean fetch) {
    String text = String.format(Locale.ROOT, "%-27s rows %3d  generated %9.1f ms  hand %9.1f ms  ratio %.3f"
        + " (paired %.3f)", m.executionCase(), m.rows(), m.median(Variant.GENERATED),
        m.median(Variant.HAND_WRITTEN), m.ratio(Variant.GENERATED), m.pairedRatio(Variant.GENERATED));
    if (fetch) {
      text += String.format(Locale.ROOT, "  fetch %9.1f ms (%.3f)", m.median(Variant.LAYER_FETCH),
          m.ratio(Variant.LAYER_FETCH));
    }
    return text;
  }

  /** A Markdown table of the run. */
  static String report(List<Measured> all, Options options, List<String> versions) {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "SqlExecutionBenchmark: %d warm-up and %d measured rounds per case, "
        + "variants alternating; times are medians in ms [p25-p75]; target generated/hand <= 1.2%n",
        options.warmups(), options.runs()));
    versions.forEach(v -> text.append("  engine: ").append(v).append('\n'));
    text.append('\n');
    text.append("| engine | case | rows | generated ms | hand-written ms | ratio (medians) | ratio (paired) |");
    if (options.fetch()) {
      text.append(" layer fetch() ms | fetch / hand |");
    }
    text.append(" target <= 1.2 |\n|---|---|---:|---:|---:|---:|---:|");
    if (options.fetch()) {
      text.append("---:|---:|");
    }
    text.append("---|\n");
    for (Measured m : all) {
      double ratio = m.ratio(Variant.GENERATED);
      text.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %.3f | %.3f |", m.engine().id(),
          m.executionCase(), m.rows(), cell(m.millis().get(Variant.GENERATED)),
          cell(m.millis().get(Variant.HAND_WRITTEN)), ratio, m.pairedRatio(Variant.GENERATED)));
      if (options.fetch()) {
        text.append(String.format(Locale.ROOT, " %s | %.3f |", cell(m.millis().get(Variant.LAYER_FETCH)),
            m.ratio(Variant.LAYER_FETCH)));
      }
      text.append(ratio <= 1.2 ? " met |" : " **missed** |").append('\n');
    }
    return text.toString();
  }

  private static String cell(double[] values) {
    return String.format(Locale.ROOT, "%.1f [%.1f-%.1f]", Stats.median(values), Stats.percentile(values, 25),
        Stats.percentile(values, 75));
  }

  /** Row comparison with a relative tolerance for floating-point sums, which engines may add up in any order. */
  static final class Results {
    private static final double TOLERANCE = 1e-9;

    private Results() {}

    static Optional<String> difference(List<List<Object>> expected, List<List<Object>> actual) {
      if (expected.size() != actual.size()) {
        return Optional.of(expected.size() + " rows expected, " + actual.size() + " returned");
      }
      for (int r = 0; r < expected.size(); r++) {
        List<Object> e = expected.get(r);
        List<Object> a = actual.get(r);
        if (e.size() != a.size()) {
          return Optional.of("row " + r + ": " + e.size() + " columns expected, " + a.size() + " returned");
        }
        for (int c = 0; c < e.size(); c++) {
          if (!same(e.get(c), a.get(c))) {
            return Optional.of("row " + r + " column " + (c + 1) + ": expected " + e + ", got " + a);
          }
        }
      }
      return Optional.empty();
    }

    static boolean same(Object expected, Object actual) {
      if (expected == null || actual == null) {
        return expected == actual;
      }
      if (expected instanceof Number e && actual instanceof Number a) {
        if (integral(e) && integral(a)) {
          return e.longValue() == a.longValue();
        }
        double x = e.doubleValue();
        double y = a.doubleValue();
        return x == y || Math.abs(x - y) <= TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
      }
      return Objects.equals(expected.toString(), actual.toString());
    }

    private static boolean integral(Number n) {
      return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte
          || n instanceof java.math.BigInteger;
    }
  }

  /** Order statistics of a sample. */
  static final class Stats {
    private Stats() {}

    static double median(double[] values) {
      return percentile(values, 50);
    }

    /** Linear interpolation between closest ranks. */
    static double percentile(double[] values, double p) {
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      double rank = p / 100 * (sorted.length - 1);
      int low = (int) Math.floor(rank);
      int high = (int) Math.ceil(rank);
      return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }
  }
}
