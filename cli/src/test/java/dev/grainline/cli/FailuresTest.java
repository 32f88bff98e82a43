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
}
