package dev.grainline.benchmarks;

import dev.grainline.runtime.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The ratios of {@link PlanningBenchmark}'s paths measured interleaved, so that they share the machine's noise.
 * JMH measures one benchmark after another; on a shared 2-core machine a burst of someone else's work can slow
 * (a) and not (c), and the ratio is then noise. Here one JVM warms every path of every scenario, then runs rounds:
 * in each round every path of every scenario runs for a short slice, in an order that rotates from round to round.
 * Reported: per path the median of individual call times (sampled), and per ratio the median over rounds of the
 * ratio of the slices' mean times (paired). It also times the phases of (a) the same way, to show where (a) goes.
 *
 * <p>With several dialects ({@code --dialects POSTGRES,TRINO}) every scenario runs once per dialect in the same
 * rounds, and a last table gives each further dialect's time per path divided by the first dialect's: paired (the
 * median over rounds of the two slices' mean times in the same round) and as a ratio of the medians.
 *
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -cp benchmarks/target/benchmarks.jar dev.grainline.benchmarks.PlanningRatios
 *     [--scenarios S1,S5,S7,WIDE20,WINDOWS4] [--dialects POSTGRES,TRINO] [--warmup-seconds 20] [--rounds 40]
 *     [--slice-ms 50]
 * </pre>
 */
public final class PlanningRatios {
  private PlanningRatios() {}

  /** The paths: (a), (b), (c), the two layer variants, and the phases of (a). */
  enum Step {
    A_SCRATCH, B_CACHED, C_RENDER_ONLY, E1_LAYER_MISS, E2_CACHED_ONCE, P1_RESOLVE, P2_PLAN, P3_BUILD_STATEMENT,
    P4_RENDER_WITH_BIND_ORDER
  }

  private static final int SAMPLES_PER_SLICE = 1_000;

  public static void main(String[] args) {
    System.out.println(run(args));
  }

  /** Warms up, runs the rounds, and returns the report. */
  static String run(String[] args) {
    Map<String, String> options = new LinkedHashMap<>(Map.of("scenarios", "S1,S5,S7,WIDE20,WINDOWS4", "dialects",
        "POSTGRES", "warmup-seconds", "20", "rounds", "40", "slice-ms", "50"));
    for (int i = 0; i + 1 < args.length; i += 2) {
      String key = args[i].replaceFirst("^--", "");
      if (!options.containsKey(key)) {
        throw new IllegalArgumentException("unknown option " + args[i]);
      }
      options.put(key, args[i + 1]);
    }
    List<PlanningScenario> scenarios = Arrays.stream(options.get("scenarios").split(","))
        .map(s -> PlanningScenario.valueOf(s.strip())).toList();
    List<Dialect> dialects = Arrays.stream(options.get("dialects").split(","))
        .map(d -> Dialect.valueOf(d.strip().toUpperCase(Locale.ROOT))).distinct().toList();
    long warmupNanos = Long.parseLong(options.get("warmup-seconds")) * 1_000_000_000L;
    int rounds = Integer.parseInt(options.get("rounds"));
    long sliceNanos = Long.parseLong(options.get("slice-ms")) * 1_000_000L;

    Blackhole blackhole = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    // Dialect-major: the tables list one dialect's scenarios together; the rounds rotate over all of them.
    List<Runner> runners = new ArrayList<>();
    for (Dialect dialect : dialects) {
      for (PlanningScenario scenario : scenarios) {
        runners.add(new Runner(scenario, dialect, blackhole, rounds));
      }
    }
    String loadBefore = loadAverage();

    // Warm-up: every path of every scenario, until C2 has compiled jOOQ's rendering and the planner.
    long warmupEnd = System.nanoTime() + warmupNanos;
    while (System.nanoTime() < warmupEnd) {
      for (Runner runner : runners) {
        for (Step path : Step.values()) {
          runner.slice(path, sliceNanos / 5, -1);
        }
      }
    }
    List<Runner> order = runners;
    Step[] paths = Step.values();
    for (int round = 0; round < rounds; round++) {
      for (int s = 0; s < order.size(); s++) {
        Runner runner = order.get((s + round) % order.size());
        for (int p = 0; p < paths.length; p++) {
          runner.slice(paths[(p + round) % paths.length], sliceNanos, round);
        }
      }
    }
    String loadAfter = loadAverage();
    blackhole.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");

    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "PlanningRatios: %s, %d s warm-up, %d rounds of %d ms slices per path,"
        + " interleaved; load average before %s, after %s%n",
        dialects.stream().map(Dialect::name).collect(Collectors.joining(", ")), warmupNanos / 1_000_000_000L, rounds,
        sliceNanos / 1_000_000L, loadBefore, loadAfter));
    text.append("Times: median of sampled single calls in µs [p90 / p99]. Ratios: median over rounds of"
        + " (slice mean of X) / (slice mean of (c)) in the same round.\n\n");
    text.append("| scenario | (a) scratch | (b) cached sql()+bindValues() | (c) render only | layer miss | cached,"
        + " 1 prepare | (a)/(c) paired | (b)/(c) paired | layer miss/(c) | (a) target | (a)/(c) <= 3 |"
        + " (b) < 50 µs |\n");
    text.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|\n");
    for (Runner runner : runners) {
      double a = runner.median(Step.A_SCRATCH);
      double b = runner.median(Step.B_CACHED);
      double ac = runner.pairedRatio(Step.A_SCRATCH, Step.C_RENDER_ONLY);
      double target = runner.scenario.scratchTargetMicros();
      text.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %.2f | %.3f | %.2f | %s | %s | %s |%n",
          runner.label(dialects.size()), runner.cell(Step.A_SCRATCH), runner.cell(Step.B_CACHED),
          runner.cell(Step.C_RENDER_ONLY), runner.cell(Step.E1_LAYER_MISS), runner.cell(Step.E2_CACHED_ONCE), ac,
          runner.pairedRatio(Step.B_CACHED, Step.C_RENDER_ONLY),
          runner.pairedRatio(Step.E1_LAYER_MISS, Step.C_RENDER_ONLY),
          (a < target ? "met (" : "**missed** (") + format(a) + " < " + format(target) + ")",
          (ac <= 3 ? "met (" : "**missed** (") + String.format(Locale.ROOT, "%.2f", ac) + ")",
          (b < 50 ? "met (" : "**missed** (") + format(b) + ")"));
    }
    text.append("\nThe phases of (a): median µs, and the median over rounds of (slice mean of the phase) / (slice mean"
        + " of (a)) in the same round. SqlRenderer.render = build + one rendering with named"
        + " parameters + the pass that turns them into ? and notes the bind order.\n\n");
    text.append("| scenario | resolve | plan | build jOOQ statement | SqlRenderer.render | render only (c) |"
        + " resolve/(a) | plan/(a) | build/(a) | render/(a) | (c)/(a) |\n");
    text.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Runner runner : runners) {
      text.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
          runner.label(dialects.size()), format(runner.median(Step.P1_RESOLVE)), format(runner.median(Step.P2_PLAN)),
          format(runner.median(Step.P3_BUILD_STATEMENT)), format(runner.median(Step.P4_RENDER_WITH_BIND_ORDER)),
          format(runner.median(Step.C_RENDER_ONLY)), runner.pairedRatio(Step.P1_RESOLVE, Step.A_SCRATCH),
          runner.pairedRatio(Step.P2_PLAN, Step.A_SCRATCH), runner.pairedRatio(Step.P3_BUILD_STATEMENT, Step.A_SCRATCH),
          runner.pairedRatio(Step.P4_RENDER_WITH_BIND_ORDER, Step.A_SCRATCH),
          runner.pairedRatio(Step.C_RENDER_ONLY, Step.A_SCRATCH)));
    }
    for (Dialect other : dialects.subList(Math.min(1, dialects.size()), dialects.size())) {
      text.append(dialectTable(runners, dialects.get(0), other));
    }
    return text.toString();
  }

  /** Per scenario and path, {@code other}'s time divided by {@code base}'s: paired, and (ratio of the medians). */
  private static String dialectTable(List<Runner> runners, Dialect base, Dialect other) {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "%n%s ÷ %s per path: the median over rounds of (slice mean on %s) /"
        + " (slice mean on %s) in the same round, and in parentheses the ratio of the medians of single calls.%n%n",
        other, base, other, base));
    text.append("| scenario | (a) scratch | (b) cached sql()+bindValues() | (c) render only | layer miss | cached,"
        + " 1 prepare | resolve | plan | build jOOQ statement | SqlRenderer.render |\n");
    text.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    List<Step> columns = List.of(Step.A_SCRATCH, Step.B_CACHED, Step.C_RENDER_ONLY, Step.E1_LAYER_MISS,
        Step.E2_CACHED_ONCE, Step.P1_RESOLVE, Step.P2_PLAN, Step.P3_BUILD_STATEMENT, Step.P4_RENDER_WITH_BIND_ORDER);
    for (Runner runner : runners) {
      if (runner.dialect != other) {
        continue;
      }
      Runner baseRunner = runners.stream()
          .filter(r -> r.dialect == base && r.scenario == runner.scenario).findFirst().orElseThrow();
      text.append("| ").append(runner.scenario);
      for (Step path : columns) {
        text.append(String.format(Locale.ROOT, " | %.2f (%.2f)", runner.pairedRatio(path, baseRunner, path),
            runner.median(path) / baseRunner.median(path)));
      }
      text.append(" |\n");
    }
    return text.toString();
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }

  static String format(double micros) {
    return micros >= 100 ? String.format(Locale.ROOT, "%.0f", micros) : String.format(Locale.ROOT, "%.2f", micros);
  }

  /** One scenario's benchmark state, and what its paths measured. */
  private static final class Runner {
    final PlanningScenario scenario;
    final Dialect dialect;
    private final PlanningBenchmark benchmark = new PlanningBenchmark();
    private final PlanningBenchmark.FreshLayer fresh = new PlanningBenchmark.FreshLayer();
    private final Blackhole blackhole;
    private final Map<Step, double[]> sliceMeans = new EnumMap<>(Step.class);
    private final Map<Step, long[]> samples = new EnumMap<>(Step.class);
    private final Map<Step, Integer> sampleCount = new EnumMap<>(Step.class);
    private final Map<Step, Long> stride = new EnumMap<>(Step.class);

    Runner(PlanningScenario scenario, Dialect dialect, Blackhole blackhole, int rounds) {
      this.scenario = scenario;
      this.dialect = dialect;
      this.blackhole = blackhole;
      benchmark.scenario = scenario;
      benchmark.dialect = dialect;
      benchmark.setUp();
      for (Step path : Step.values()) {
        sliceMeans.put(path, new double[rounds]);
        samples.put(path, new long[rounds * SAMPLES_PER_SLICE]);
        sampleCount.put(path, 0);
        stride.put(path, 1L);
      }
    }

    /** Runs a path for about {@code nanos}; records its mean and sampled call times when {@code round >= 0}. */
    void slice(Step path, long nanos, int round) {
      long spent = 0;
      long calls = 0;
      long every = stride.get(path);
      long[] sampled = samples.get(path);
      int count = sampleCount.get(path);
      int recordedHere = 0;
      while (spent < nanos) {
        if (path == Step.E1_LAYER_MISS) {
          fresh.newLayer(benchmark); // not timed: a new layer has an empty plan cache
        }
        long start = System.nanoTime();
        switch (path) {
          case A_SCRATCH -> blackhole.consume(benchmark.a_scratch());
          case B_CACHED -> benchmark.b_cached(blackhole);
          case C_RENDER_ONLY -> blackhole.consume(benchmark.c_renderOnly());
          case E1_LAYER_MISS -> blackhole.consume(benchmark.e1_layerMiss(fresh));
          case E2_CACHED_ONCE -> blackhole.consume(benchmark.e2_cachedOnce());
          case P1_RESOLVE -> blackhole.consume(benchmark.p1_resolve());
          case P2_PLAN -> blackhole.consume(benchmark.p2_plan());
          case P3_BUILD_STATEMENT -> blackhole.consume(benchmark.p3_buildStatement());
          case P4_RENDER_WITH_BIND_ORDER -> blackhole.consume(benchmark.p4_renderWithBindOrder());
        }
        long elapsed = System.nanoTime() - start;
        spent += elapsed;
        if (round >= 0 && calls % every == 0 && recordedHere < SAMPLES_PER_SLICE && count < sampled.length) {
          sampled[count++] = elapsed;
          recordedHere++;
        }
        calls++;
      }
      // Sample about SAMPLES_PER_SLICE calls of the next slice, spread over it.
      stride.put(path, Math.max(1, calls / SAMPLES_PER_SLICE));
      if (round >= 0) {
        sliceMeans.get(path)[round] = spent / 1e3 / calls;
        sampleCount.put(path, count);
      }
    }

    double median(Step path) {
      return percentile(path, 50);
    }

    double percentile(Step path, double p) {
      long[] values = Arrays.copyOf(samples.get(path), sampleCount.get(path));
      double[] micros = Arrays.stream(values).mapToDouble(v -> v / 1e3).toArray();
      return SqlExecutionBenchmark.Stats.percentile(micros, p);
    }

    String cell(Step path) {
      return format(median(path)) + " [" + format(percentile(path, 90)) + " / " + format(percentile(path, 99))
          + "]";
    }

    /** The scenario, and the dialect when the run has more than one. */
    String label(int dialects) {
      return dialects > 1 ? scenario + " " + dialect : scenario.name();
    }

    double pairedRatio(Step x, Step y) {
      return pairedRatio(x, this, y);
    }

    /** The median over rounds of this runner's slice mean of {@code x} over {@code other}'s of {@code y}. */
    double pairedRatio(Step x, Runner other, Step y) {
      double[] a = sliceMeans.get(x);
      double[] b = other.sliceMeans.get(y);
      double[] ratios = new double[a.length];
      for (int i = 0; i < a.length; i++) {
        ratios[i] = a[i] / b[i];
      }
      return SqlExecutionBenchmark.Stats.median(ratios);
    }
  }
}
