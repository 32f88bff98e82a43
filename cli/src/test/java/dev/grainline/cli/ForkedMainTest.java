package dev.grainline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Main.main} in a JVM of its own, as a user runs it: a Java error that really happens there (the stack or the
 * heap exhausted) ends in one line on standard error and exit status 4, through System.exit.
 */
class ForkedMainTest {
  @TempDir
  Path directory;

  private record Outcome(int status, String out, String err) {}

  private Outcome main(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
    Path out = directory.resolve("out.txt");
    Path err = directory.resolve("err.txt");
    List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the JVM did not exit");
    return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void aRealStackOverflowIsOneLineAndStatus4() throws Exception {
    Outcome outcome = main(List.of("-Xss256k"), "--catalog", "dev.grainline.cli.broken.OverflowingCatalog", "list");
    assertEquals(new Outcome(4, "", "error: stack overflow: the input is nested too deeply for the JVM's thread"
        + " stack; simplify it (a long chain of terms in a filter, say), or give java a larger stack (-Xss)\n"),
        outcome);
  }

  @Test
  void aRealOutOfMemoryIsOneLineAndStatus4() throws Exception {
    Outcome outcome = main(List.of("-Xmx64m"), "--catalog", "dev.grainline.cli.broken.HugeCatalog", "list");
    assertEquals(4, outcome.status(), outcome.err());
    assertEquals("", outcome.out());
    assertTrue(outcome.err().startsWith("error: out of memory"), outcome.err());
    assertEquals(1, outcome.err().lines().count(), outcome.err());
  }

  /**
   * A million rows exported through the command line in a 64 MB heap, in every format: rows stream from the
   * database to standard output, so the heap holds a fetch's rows (and the table format its first batch), never
   * the result. Buffered, the same export needs several times that heap.
   */
  @Test
  @Tag("slow")
  void aMillionRowsExportInA64MegabyteHeap() throws Exception {
    int rows = 1_000_000;
    Path database = directory.resolve("million.duckdb");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA tiny");
      statement.execute("CREATE TABLE tiny.regions (region_id INTEGER, name VARCHAR)");
      statement.execute("CREATE TABLE tiny.visits (visit_id INTEGER)");
      statement.execute("CREATE TABLE tiny.sales AS SELECT CAST(i AS INTEGER) AS sale_id, CAST(i % 7 AS INTEGER)"
          + " AS region_id, CAST(i % 100 AS DOUBLE) AS amount, CAST(NULL AS VARCHAR) AS note"
          + " FROM range(1, " + (rows + 1) + ") t(i)");
    }
    for (String format : List.of("csv", "jsonl", "table")) {
      Outcome outcome = main(List.of("-Xmx64m", "--enable-native-access=ALL-UNNAMED"), "--catalog",
          "dev.grainline.cli.tiny.TinyCatalog", "--jdbc-url", "jdbc:duckdb:" + database, "query", "--metrics",
          "tiny.revenue", "--dimensions", "tiny.sales.sale_id", "--format", format);
      assertEquals(0, outcome.status(), format + ": " + outcome.err());
      long lines = outcome.out().lines().count();
      // csv: a header; table: a header, its rule and the row count; jsonl: none.
      long expected = rows + switch (format) {
        case "csv" -> 1;
        case "table" -> 3;
        default -> 0;
      };
      assertEquals(expected, lines, format);
    }
  }
}
