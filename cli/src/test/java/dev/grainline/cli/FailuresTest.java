package dev.grainline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FailuresTest {
  @Test
  void unexpectedFailuresAreOneLineWithoutStackTrace() {
    StringWriter err = new StringWriter();
    int status = Failures.report(new IllegalStateException("boom\nsecond line"), new PrintWriter(err), false);
    assertEquals(1, status);
    assertEquals("error: unexpected IllegalStateException: boom second line (--verbose shows the stack trace)\n",
        err.toString());
  }

  @Test
  void verboseShowsTheStackTrace() {
    StringWriter err = new StringWriter();
    int status = Failures.report(new IllegalStateException("boom"), new PrintWriter(err), true);
    assertEquals(1, status);
    assertTrue(err.toString().startsWith("error: unexpected IllegalStateException: boom\n"
        + "java.lang.IllegalStateException: boom\n\tat "), err.toString());
  }

  @Test
  void reasonIsTheFirstLineOfTheInnermostCause() {
    assertEquals("connection refused", DatabaseFailure.reason(
        new SQLException("Connection to 127.0.0.1:1 refused. Check that...", new ConnectException("Connection refused"))));
    assertEquals("ERROR: relation \"v3.orders\" does not exist",
        DatabaseFailure.reason(new SQLException("ERROR: relation \"v3.orders\" does not exist\n  Position: 42")));
  }

  @Test
  void javaErrorsAreOneLine() {
    StringWriter err = new StringWriter();
    assertEquals(4, Failures.report(new OutOfMemoryError("Java heap space"), new PrintWriter(err), false));
    assertEquals(4, Failures.report(new StackOverflowError(), new PrintWriter(err), false));
    assertEquals(1, Failures.report(new NoClassDefFoundError("com/example/Orders"), new PrintWriter(err), false));
    assertEquals("""
        error: out of memory (Java heap space): the command needs more than the JVM's heap; bound the result with \
        --limit, or give java more memory (-Xmx)
        error: stack overflow: the input is nested too deeply for the JVM's thread stack; simplify it (a long chain \
        of terms in a filter, say), or give java a larger stack (-Xss)
        error: NoClassDefFoundError (com/example/Orders): a class is missing or does not match the one compiled \
        against; put the catalog's dependencies on the class path (-cp) (--verbose shows the stack trace)
        """, err.toString());
  }

  @Test
  void aMissingTableGetsTheToolsHint() {
    String url = "jdbc:duckdb:/tmp/x.duckdb";
    assertEquals("the database at " + url + " failed to run the query: Catalog Error: Table with name orders does not"
        + " exist!; run load", DatabaseFailure.failed(url, "run the query",
        new SQLException("Catalog Error: Table with name orders does not exist!"), "run load").getMessage());
    assertEquals("the database at " + url + " failed to run the query: ERROR: permission denied",
        DatabaseFailure.failed(url, "run the query", new SQLException("ERROR: permission denied"), "run load")
            .getMessage());
  }
}
