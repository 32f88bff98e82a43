package dev.grainline.benchmarks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link PlanningBenchmark} through JMH and prints its figures as a Markdown table: the median and tail of each
 * path per scenario, and the ratios to jOOQ rendering alone measured in the same run, against the targets.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.grainline.benchmarks.PlanningReport [JMH options, e.g. -f 2 -rf json]
 * </pre>
 *
 * Without a benchmark pattern it runs the three paths of the brief and the two layer variants; give a pattern (e.g.
 * {@code 'PlanningBenchmark.p'}) to run others.
 */
public final class PlanningReport {
  private PlanningReport() {}

  /** Targets: (a) per scenario ({@link PlanningScenario#scratchTargetMicros}); (b) < 50 µs; (a) within 3× of (c). */
  private static final double CACHED_TARGET_US = 50;
  private static final double RATIO_TARGET = 3;

  public static void main(String[] args) throws Exception {
    CommandLineOptions cli = new CommandLineOptions(args);
    ChainedOptionsBuilder options = new OptionsBuilder().parent(cli);
    if (cli.getIncludes().isEmpty()) {
      options.include(PlanningBenchmark.class.getName() + "\\.(a_scratch|b_cached|c_renderOnly|e1_layerMiss"
          + "|e2_cachedOnce)$");
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    System.out.println();
    System.out.println(table(results));
  }

  static String table(Collection<RunResult> results) {
    // "scenario dialect" -> method -> statistics
    Map<String, Map<String, Statistics>> byScenario = new TreeMap<>();
    for (RunResult result : results) {
      String dialect = result.getParams().getParam("dialect");
      String scenario = result.getParams().getParam("scenario") + (dialect == null ? "" : " " + dialect);
      String label = result.getParams().getBenchmark();
      String method = label.substring(label.lastIndexOf('.') + 1);
      byScenario.computeIfAbsent(scenario, s -> new LinkedHashMap<>())
          .put(method, result.getPrimaryResult().getStatistics());
    }
    StringBuilder text = new StringBuilder();
    text.append("Medians (p50) in µs, [p90 / p99] in brackets, from JMH SampleTime\n\n");
    text.append("| scenario | (a) scratch | (b) cached sql()+bindValues() | (c) render only | (a)/(c) | (b)/(c) |"
        + " layer miss (1 prepare) | cached, 1 prepare | (a) target | (a)/(c) <= 3 | (b) < 50 µs |\n");
    text.append("|---|---:|---:|---:|---:|---:|---:|---:|---|---|---|\n");
    for (var entry : byScenario.entrySet()) {
      Map<String, Statistics> m = entry.getValue();
      double a = median(m.get("a_scratch"));
      double b = median(m.get("b_cached"));
      double c = median(m.get("c_renderOnly"));
      Double target = scratchTarget(entry.getKey());
      text.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
          entry.getKey(), cell(m.get("a_scratch")), cell(m.get("b_cached")), cell(m.get("c_renderOnly")),
          ratio(a, c), ratio(b, c), cell(m.get("e1_layerMiss")), cell(m.get("e2_cachedOnce")),
          target == null || Double.isNaN(a) ? "-" : verdict(a < target, "< " + format(target)),
          Double.isNaN(a / c) ? "-" : verdict(a / c <= RATIO_TARGET, String.format(Locale.ROOT, "%.2f", a / c)),
          Double.isNaN(b) ? "-" : verdict(b < CACHED_TARGET_US, format(b))));
    }
    // Any other methods (the phase split), as plain medians.
    StringBuilder others = new StringBuilder();
    for (var entry : byScenario.entrySet()) {
      for (var method : entry.getValue().entrySet()) {
        if (!method.getKey().matches("a_scratch|b_cached|c_renderOnly|e1_layerMiss|e2_cachedOnce")) {
          others.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", entry.getKey(), method.getKey(),
              cell(method.getValue())));
        }
      }
    }
    if (!others.isEmpty()) {
      text.append("\n| scenario | benchmark | p50 [p90 / p99] µs |\n|---|---|---:|\n").append(others);
    }
    return text.toString();
  }

  private static Double scratchTarget(String scenario) {
    try {
      return PlanningScenario.valueOf(scenario.split(" ")[0]).scratchTargetMicros();
    } catch (IllegalArgumentException | NullPointerException e) {
      return null;
    }
  }

  private static double median(Statistics statistics) {
    return statistics == null ? Double.NaN : statistics.getPercentile(50);
  }

  private static String cell(Statistics s) {
    if (s == null) {
      return "-";
    }
    return format(s.getPercentile(50)) + " [" + format(s.getPercentile(90)) + " / " + format(s.getPercentile(99))
        + "]";
  }

  private static String ratio(double x, double y) {
    return Double.isNaN(x) || Double.isNaN(y) ? "-" : String.format(Locale.ROOT, "%.2f", x / y);
  }

  private static String verdict(boolean met, String value) {
    return (met ? "met (" : "**missed** (") + value + ")";
  }

  private static String format(double micros) {
    return micros >= 100 ? String.format(Locale.ROOT, "%.0f", micros) : String.format(Locale.ROOT, "%.2f", micros);
  }
}
