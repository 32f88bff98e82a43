package dev.grainline.cli;

import dev.grainline.DatabaseException;
import dev.grainline.QueryError;
import dev.grainline.QueryException;
import java.io.PrintWriter;

/**
 * Turns what a command throws into a message on standard error and an exit status. No stack trace reaches the
 * user unless {@code --verbose}, not even of a Java {@link Error}: running out of heap or stack ends in one line.
 */
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

  /**
   * A Java {@link Error}: out of memory or stack is exit status 4 with what to do about it; any other (a class
   * the catalog needs missing from the class path, say) is an unexpected failure, 1.
   */
  static int report(Error failure, PrintWriter err, boolean verbose) {
    String detail = failure.getMessage() == null ? "" : " (" + DatabaseFailure.oneLine(failure.getMessage()) + ")";
    int status = switch (failure) {
      case OutOfMemoryError e -> {
        err.println("error: out of memory" + detail + ": the command needs more than the JVM's heap; bound the"
            + " result with --limit, or give java more memory (-Xmx)");
        yield Main.RESOURCES;
      }
      case StackOverflowError e -> {
        err.println("error: stack overflow: the input is nested too deeply for the JVM's thread stack; simplify"
            + " it (a long chain of terms in a filter, say), or give java a larger stack (-Xss)");
        yield Main.RESOURCES;
      }
      case LinkageError e -> {
        err.println("error: " + e.getClass().getSimpleName() + detail + ": a class is missing or does not match"
            + " the one compiled against; put the catalog's dependencies on the class path (-cp)"
            + (verbose ? "" : " (--verbose shows the stack trace)"));
        yield Main.UNEXPECTED;
      }
      default -> {
        err.println("error: unexpected " + failure.getClass().getSimpleName() + detail
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
