package dev.grainline.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.grainline.cli.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** One in-process run of the command line: its exit status and what it printed. */
record CliRun(int status, String out, String err) {
  /** Runs with the demo database at {@code demoDatabase} and the home directory next to it. */
  static CliRun run(Path demoDatabase, String... args) {
    Environment environment = new Environment(Map.of("GRAINLINE_DEMO_DB", demoDatabase.toString()),
        demoDatabase.toAbsolutePath().getParent());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(environment, new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(status, out.toString(), err.toString());
  }

  /** Asserts success, with nothing on standard error, and returns standard output. */
  String succeeded() {
    assertEquals("", err, "standard error");
    assertEquals(0, status, "exit status; stderr: " + err);
    return out;
  }

  /** Asserts failure with this status, nothing on standard output and no stack trace; returns standard error. */
  String failed(int expectedStatus) {
    assertEquals(expectedStatus, status, "exit status; stderr: " + err);
    assertEquals("", out, "standard output");
    assertFalse(err.contains("\tat ") || err.contains("Exception in thread"), "no stack trace:\n" + err);
    return err;
  }
}
