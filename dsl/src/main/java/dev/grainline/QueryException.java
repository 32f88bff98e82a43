package dev.grainline;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A query that cannot run as asked: unknown names, unreachable or ambiguous dimensions, malformed or ill-typed
 * filters; nothing was sent to the database. Also an argument that a method of the runtime's API cannot take (a
 * null, no metric, a name given twice, a column a result does not have), id {@code GrainlineInvalidValue}.
 */
public final class QueryException extends GrainlineException {
  private static final long serialVersionUID = 1L;

  private final transient List<QueryError> errors;

  public QueryException(List<QueryError> errors) {
    super(errors.stream().map(QueryError::describe).collect(Collectors.joining("\n")), null);
    this.errors = List.copyOf(errors);
  }

  public List<QueryError> errors() {
    return errors;
  }

  @Override
  public String id() {
    return errors.get(0).id();
  }
}
