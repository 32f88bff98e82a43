package dev.grainline.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.runtime.bulk.StreamingExport;
import dev.grainline.testing.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 1M-row CSV export streams in a 64 MB heap, on each engine: {@link StreamingExport} runs in a JVM of its own with
 * {@code -Xmx64m} and must export and check every row. The heap is small enough to matter: fetching the same result
 * into memory runs out of it (about 100 bytes a row).
 */
@Tag("slow")
class StreamingMemoryTest {
  private static final String SCHEMA = "stream_memory";
  private static final long LINES = 1_000_000;
  private static final String HEAP = "-Xmx64m";

  @AfterAll
  static void dropSchema() throws SQLException {
    // the export drops it; this is for an export that died
    TestPostgres.drop(SCHEMA);
  }

  private record Run(int exitCode, String output) {}

  private static Run export(String engine, String mode) throws IOException, InterruptedException {
    TestPostgres.url(); // creates the database before the export connects to it
    Path log = Files.createTempFile("gm-stream-export-", ".log");
    try {
      Process process = new ProcessBuilder(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
          "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
          StreamingExport.class.getName(), engine, Long.toString(LINES), mode, SCHEMA))
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("the export did not end: " + Files.readString(log));
      }
      return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgres", "duckdb"})
  void aMillionRowExportStreamsInASmallHeap(String engine) throws IOException, InterruptedException {
    Run run = export(engine, "stream");
    assertEquals(0, run.exitCode(), run.output());
    assertTrue(run.output().contains("rows " + LINES + " bytes "), run.output());
    assertTrue(run.output().strip().endsWith(" wrong 0"), run.output());
  }

  @Test
  void fetchingTheSameRowsRunsOutOfThatHeap() throws IOException, InterruptedException {
    Run run = export("duckdb", "fetch");
    assertNotEquals(0, run.exitCode(), run.output());
    assertTrue(run.output().contains("OutOfMemoryError"), run.output());
  }
}
