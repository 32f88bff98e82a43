package dev.grainline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the JVM did not exit");
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
}
