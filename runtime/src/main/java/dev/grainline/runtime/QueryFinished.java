package dev.grainline.runtime;

import dev.grainline.GrainlineException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A query that finished, as {@link QueryListener}s see it: how it ended, whether its plan came from the plan cache,
 * and how long planning and execution took.
 *
 * @param queryId the id of the {@link QueryStarted} event of the same query
 * @param outcome the rows it returned, or why it failed
 * @param planCache whether planning reused the plan of a query of the same shape
 * @param planning from the start to a plan and its SQL (resolving, planning and rendering, or the cache lookup)
 * @param execution from the plan to the last row read (taking a connection, running the SQL, reading the rows);
 *     zero if the query failed before it reached the database
 * @param shape the query's SQL and a short id of it, the same for every query of the same shape (the same query with
 *     other values); empty if it failed before it was planned
 */
public record QueryFinished(long queryId, Outcome outcome, PlanCache planCache, Duration planning,
    Duration execution, Optional<Shape> shape) {
  public QueryFinished {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(planCache, "planCache");
    Objects.requireNonNull(planning, "planning");
    Objects.requireNonNull(execution, "execution");
    Objects.requireNonNull(shape, "shape");
  }

  /** How a query ended. */
  public sealed interface Outcome {
    /** It returned {@code rows} rows. */
    record Success(long rows) implements Outcome {}

    /**
     * It threw {@code cause}.
     *
     * @param errorId the {@link GrainlineException#id() Grainline id} ("GrainlineQueryFailed"), or the class name of
     *     an exception Grainline did not throw on purpose
     */
    record Failure(String errorId, Throwable cause) implements Outcome {
      public Failure {
        Objects.requireNonNull(errorId, "errorId");
        Objects.requireNonNull(cause, "cause");
      }
    }
  }

  /** Whether planning used the plan cache. */
  public enum PlanCache {
    /** The plan of a query of the same shape was reused. */
    HIT,
    /** The query was planned, and its plan cached. */
    MISS,
    /** The query has no plan: it was rejected (an unknown name, a type error) or failed before planning. */
    NO_PLAN
  }

  /**
   * The SQL of a query's shape, with {@code ?} for its values, and a short id of it: 8 hex digits, stable across
   * runs and machines, for grouping queries in metrics and traces.
   */
  public record Shape(String id, String sql) {
    public Shape {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(sql, "sql");
    }
  }
}
