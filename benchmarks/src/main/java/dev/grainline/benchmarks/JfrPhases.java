package dev.grainline.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time of a planning benchmark goes, from a JFR recording of it: the share of execution samples under each
 * phase (the first listed method found on the stack, outermost first), and the hottest methods by self time.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar 'PlanningBenchmark.a_scratch' -p scenario=WIDE20 -f 1 -wi 10 -i 10 \
 *     -jvmArgsAppend -XX:FlightRecorderOptions:stackdepth=2048 -prof jfr:dir=/tmp/prof
 * java -cp benchmarks/target/benchmarks.jar dev.grainline.benchmarks.JfrPhases /tmp/prof/.../profile.jfr
 * </pre>
 *
 * The stack depth matters: jOOQ renders recursively, and at JFR's default depth of 64 frames most samples lose the
 * frames that say which phase they belong to.
 */
public final class JfrPhases {
  private JfrPhases() {}

  /** Phases in the order they are looked for; a sample counts for the first one on its stack. */
  static final Map<String, String> PHASES = phases();

  private static Map<String, String> phases() {
    Map<String, String> phases = new LinkedHashMap<>();
    // The statement is rendered once, with named parameters, then turned into "?" in one pass (SqlRenderer.indexed).
    phases.put("org.jooq.impl.DefaultDSLContext.renderNamedParams", "jOOQ render (named parameters)");
    phases.put("dev.grainline.runtime.internal.rendering.SqlRenderer.indexed", "SqlRenderer.indexed (? and bind order)");
    phases.put("org.jooq.impl.DefaultDSLContext.render", "jOOQ render, final SQL (render only (c))");
    phases.put("dev.grainline.runtime.internal.rendering.SqlRenderer.query", "build jOOQ statement (SqlRenderer.query)");
    phases.put("dev.grainline.runtime.internal.planning.Planner.plan", "Planner.plan");
    phases.put("dev.grainline.internal.model.query.QueryResolver.resolve", "QueryResolver.resolve");
    phases.put("dev.grainline.runtime.internal.execution.Explanations.of", "Explanations.of");
    phases.put("com.github.benmanes.caffeine", "plan cache (Caffeine)");
    return phases;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: JfrPhases recording.jfr [thread-name-prefix]");
      System.exit(2);
    }
    String threadPrefix = args.length > 1 ? args[1] : "";
    List<List<String>> stacks = new ArrayList<>();
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
        continue;
      }
      var thread = event.getThread("sampledThread");
      if (thread != null && thread.getJavaName() != null && !thread.getJavaName().startsWith(threadPrefix)) {
        continue;
      }
      List<String> frames = new ArrayList<>();
      for (RecordedFrame frame : event.getStackTrace().getFrames()) {
        frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
      }
      stacks.add(frames);
    }
    Map<String, Integer> byPhase = new LinkedHashMap<>();
    PHASES.values().forEach(p -> byPhase.put(p, 0));
    byPhase.put("other", 0);
    Map<String, Integer> self = new TreeMap<>();
    for (List<String> stack : stacks) {
      String phase = "other";
      for (var entry : PHASES.entrySet()) {
        if (stack.stream().anyMatch(f -> f.startsWith(entry.getKey()))) {
          phase = entry.getValue();
          break;
        }
      }
      byPhase.merge(phase, 1, Integer::sum);
      self.merge(stack.get(0), 1, Integer::sum);
    }
    int total = stacks.size();
    System.out.printf(Locale.ROOT, "%d execution samples%n%n| phase | samples | share |%n|---|---:|---:|%n", total);
    byPhase.forEach((phase, n) -> System.out.printf(Locale.ROOT, "| %s | %d | %.1f%% |%n", phase, n,
        100.0 * n / Math.max(1, total)));
    System.out.printf(Locale.ROOT, "%n| hottest methods (self) | samples | share |%n|---|---:|---:|%n");
    self.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
        .forEach(e -> System.out.printf(Locale.ROOT, "| %s | %d | %.1f%% |%n", e.getKey(), e.getValue(),
            100.0 * e.getValue() / Math.max(1, total)));
    if (Arrays.asList(args).contains("--debug")) {
      System.out.println(stacks.get(0));
    }
  }
}
