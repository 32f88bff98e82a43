package dev.grainline.runtime.internal.execution;

import dev.grainline.internal.model.query.QueryProblem;
import java.util.List;

/** The query does not resolve against the model; the caller turns the problems into positioned errors. */
public final class QueryRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<QueryProblem> problems;

  public QueryRejectedException(List<QueryProblem> problems) {
    super(problems.toString());
    this.problems = List.copyOf(problems);
  }

  public List<QueryProblem> problems() {
    return problems;
  }
}
