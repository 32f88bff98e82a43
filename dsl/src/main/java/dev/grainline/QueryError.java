package dev.grainline;

import java.util.Objects;
import java.util.Optional;

/**
 * One reason a query was rejected: the stable id, the message, and where in the query's text it is, when the query
 * was given as text.
 */
public record QueryError(String id, String message, Optional<Position> position) {
  public QueryError {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(position, "position");
  }

  /**
   * A span of one part of a text query: {@code part} names the input ("metrics", "dimensions", "where", "having",
   * "order by"), {@code input} is that input's text, {@code start} and {@code end} are 0-based offsets into it.
   */
  public record Position(String part, String input, int start, int end) {
    public Position {
      Objects.requireNonNull(part, "part");
      Objects.requireNonNull(input, "input");
    }

    /** The input with a caret line under the span, as compilers show it. */
    public String excerpt() {
      int width = Math.max(1, end - start);
      return input + "\n" + " ".repeat(start) + "^" + "~".repeat(width - 1);
    }
  }

  /** "where, column 14: [GrainlineUnknownReference] ..." followed by the excerpt with a caret. */
  public String describe() {
    return position
        .map(p -> p.part() + ", column " + (p.start() + 1) + ": " + message + "\n" + indent(p.excerpt()))
        .orElse(message);
  }

  private static String indent(String text) {
    return "  " + text.replace("\n", "\n  ");
  }
}
