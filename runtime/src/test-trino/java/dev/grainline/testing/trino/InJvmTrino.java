package dev.grainline.testing.trino;

import io.airlift.log.Level;
import io.airlift.log.Logging;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.trino.Session;
import io.trino.plugin.memory.MemoryPlugin;
import io.trino.testing.StandaloneQueryRunner;
import io.trino.testing.TestingSession;
import java.io.PrintStream;
import java.net.URI;
import java.util.Map;

/**
 * Starts Trino in this JVM for {@code dev.grainline.testing.TestTrino}, which finds this class by name: it is
 * compiled only on the JDK Trino needs. One server, coordinator and worker at once, with the {@code memory} catalog;
 * tests reach it over HTTP with trino-jdbc, as applications reach a cluster.
 */
public final class InJvmTrino {
  private InJvmTrino() {}

  /** Starts the server and returns its JDBC URL; the server stops when the JVM exits. */
  public static String start() throws Exception {
    return start(Map.of(), Map.of());
  }

  /**
   * The same with more server properties (e.g. {@code query.max-memory}) and properties of the {@code memory}
   * catalog (e.g. {@code memory.max-data-per-node}, 128 MB by default): the benchmarks load a million order lines.
   */
  public static String start(Map<String, String> serverProperties, Map<String, String> memoryCatalogProperties)
      throws Exception {
    long started = System.nanoTime();
    // Trino's logging takes over System.out and System.err when it starts; the tests' output stays theirs.
    PrintStream out = System.out;
    PrintStream err = System.err;
    Session session = TestingSession.testSessionBuilder().setCatalog("memory").setSchema("default").build();
    StandaloneQueryRunner runner = new StandaloneQueryRunner(session, server -> {
      server
          // The runner keeps every span of every query in memory, for tests of Trino's tracing: millions of objects
          // and gigabytes over a test run. A processor that records nothing.
          .setSpanProcessor(SpanProcessor.composite())
          // Likewise the information of finished queries beyond a few.
          .addProperty("query.max-history", "20");
      serverProperties.forEach(server::addProperty);
    });
    Runtime.getRuntime().addShutdownHook(new Thread(runner::close, "grainline-trino-shutdown"));
    runner.installPlugin(new MemoryPlugin());
    runner.createCatalog("memory", "memory", memoryCatalogProperties);
    System.setOut(out);
    System.setErr(err);
    // A line per query and per task at INFO would bury the tests' own output.
    Logging.initialize().setLevel("io.trino", Level.WARN);
    URI base = runner.getCoordinator().getBaseUrl();
    String url = "jdbc:trino://" + base.getHost() + ":" + base.getPort() + "/memory/default?user=grainline";
    System.out.printf("Trino started in this JVM in %d ms: %s%n", (System.nanoTime() - started) / 1_000_000, url);
    return url;
  }
}
