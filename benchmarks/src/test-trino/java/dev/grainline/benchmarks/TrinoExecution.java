package dev.grainline.benchmarks;

import dev.grainline.testing.trino.InJvmTrino;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@link SqlExecutionBenchmark} on Trino: starts a Trino server in this JVM (the tests' starter, {@link InJvmTrino}:
 * coordinator and worker in one, with the {@code memory} catalog), loads the bench data into it, and for every
 * {@link ExecutionCase} checks that generated and hand-written SQL return the same rows, then times them in
 * alternation. It lives in test scope (src/test-trino, Maven profile {@code trino-jdk}) because Trino 483 needs Java
 * 25.0.1 and 178 jars that benchmarks.jar should not carry; the build writes the class path to
 * {@code benchmarks/target/trino-classpath.txt}. From {@code benchmarks/}, after a build on JDK 25.0.1+:
 *
 * <pre>
 * java -Xmx6g --add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
 *     -cp target/test-classes:target/classes:$(cat target/trino-classpath.txt) \
 *     dev.grainline.benchmarks.TrinoExecution [--orders 340000] [--warmups 3] [--runs 11] [--cases ...]
 *     [--explain DIR] [--out FILE] [--memory 4GB]
 * </pre>
 *
 * <p>The other options are {@link SqlExecutionBenchmark}'s; {@code --engines trino --trino-url} are set here.
 * {@code --memory} (default 4GB) bounds both the memory catalog's data ({@code memory.max-data-per-node}, 128 MB by
 * default, a tenth of the data set) and a query's memory ({@code query.max-memory}, {@code
 * query.max-memory-per-node}); the heap must hold both, hence -Xmx6g.
 */
public final class TrinoExecution {
  private TrinoExecution() {}

  public static void main(String[] args) throws Exception {
    run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    // Trino's threads are not daemons: exit, and the shutdown hook stops the server.
    System.exit(0);
  }

  /** Starts Trino, then runs the execution benchmark on it; returns its figures. */
  static List<SqlExecutionBenchmark.Measured> run(String[] args, PrintWriter log) throws Exception {
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    String memory = "4GB";
    int at = rest.indexOf("--memory");
    if (at >= 0) {
      if (at + 1 >= rest.size()) {
        throw new IllegalArgumentException("--memory needs a value, e.g. 4GB");
      }
      memory = rest.remove(at + 1);
      rest.remove(at);
    }
    if (rest.contains("--engines") || rest.contains("--trino-url")) {
      throw new IllegalArgumentException("TrinoExecution runs on the Trino server it starts: no --engines or"
          + " --trino-url");
    }
    // query.max-length: the bulk load sends 20,000 rows as one JSON bind value, which reaches the server inside the
    // statement's text; 20,000 page views are 1.27 million characters, over the default of 1,000,000.
    String url = InJvmTrino.start(
        Map.of("query.max-memory", memory, "query.max-memory-per-node", memory, "query.max-length", "20000000"),
        Map.of("memory.max-data-per-node", memory));
    rest.addAll(List.of("--engines", "trino", "--trino-url", url));
    return SqlExecutionBenchmark.run(SqlExecutionBenchmark.Options.parse(rest.toArray(String[]::new)), log);
  }
}
