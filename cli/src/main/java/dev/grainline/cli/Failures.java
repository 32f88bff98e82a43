package dev.grainline.cli;

import dev.grainline.DatabaseException;
import dev.grainline.QueryError;
import dev.grainline.QueryException;
import java.io.PrintWriter;

/** Turns what a command throws into a message on standard error and an exit status. */
final class Failures {
  private Failures() {}

  static int report(Exception failure, PrintWriter err, boolean verbose) {
    int status = switch (failure) {
      case QueryException e -> {
        // Every problem, each with the input it is in and a caret under it.
        for (QueryError error : e.errors()) {
          err.println("error: " + error.describe());
        }
        yield Main.USAGE;
      }
      case DatabaseFailure e -> {
        err.println("error: " + e.getMessage());
        yield Main.DATABASE;
      }
      case DatabaseException e -> {
        err.println("error: " + DatabaseFailure.oneLine(e.getMessage()));
        yield Main.DATABASE;
      }
      default -> {
        err.println("error: unexpected " + failure.getClass().getSimpleName() + ": "
            + DatabaseFailure.oneLine(String.valueOf(failure.getMessage()))
            + (verbose ? "" : " (--verbose shows the stack trace)"));
        yield Main.UNEXPECTED;
      }
    };
    if (verbose) {
      failure.printStackTrace(err);
    }
    return status;
  }
}
