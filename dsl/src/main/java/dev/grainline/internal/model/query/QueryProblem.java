package dev.grainline.internal.model.query;

import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.validation.Message;
import java.util.Objects;

/** A reason a query cannot run, and the part of the query it is about. */
public record QueryProblem(Message message, String text, Subject subject) {
  public QueryProblem {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(subject, "subject");
  }

  /** A problem with {@code message} formatted with {@code args}, about {@code subject}. */
  public static QueryProblem of(Message message, Subject subject, Object... args) {
    return new QueryProblem(message, message.format(args), subject);
  }

  /** The part of a query a problem is about, so that callers can point at it in what the user wrote. */
  public sealed interface Subject {
    /** The query as a whole. */
    record Whole() implements Subject {}

    /** The n-th requested metric. */
    record MetricAt(int index) implements Subject {}

    /** The n-th requested dimension. */
    record DimensionAt(int index) implements Subject {}

    /** A node of the where filter. */
    record InWhere(Node node) implements Subject {}

    /** A node of the having filter. */
    record InHaving(Node node) implements Subject {}

    /** The n-th ORDER BY item. */
    record OrderAt(int index) implements Subject {}
  }

  @Override
  public String toString() {
    return text;
  }
}
