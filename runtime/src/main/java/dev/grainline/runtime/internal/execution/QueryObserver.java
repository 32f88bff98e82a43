package dev.grainline.runtime.internal.execution;

import dev.grainline.GrainlineException;
import dev.grainline.runtime.Dialect;
import dev.grainline.runtime.QueryFinished;
import dev.grainline.runtime.QueryListener;
import dev.grainline.runtime.QueryStarted;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One query as it is observed: started when it starts, told when its plan is ready, finished exactly once with its
 * outcome. Logs each step at DEBUG and pairs every listener's {@link QueryListener#started} with one
 * {@link QueryListener.Observation#finished}. A listener that throws is logged and skipped; the query goes on.
 *
 * <p>Used by one query on one thread, except {@link #succeeded}/{@link #failed}, which may race (a query that is
 * cancelled while it finishes): the first one wins.
 */
public final class QueryObserver {
  /** Observes nothing: for queries nobody listens to, and for rendering or explaining, which run nothing. */
  public static final QueryObserver SILENT = new QueryObserver(0, List.of(), false, 0);

  private final long id;
  private final List<Listening> listening;
  private final boolean logBindValues;
  private final long startNanos;
  private final AtomicBoolean finished = new AtomicBoolean();
  // Volatile: the thread that finishes a query (one that cancels it) need not be the one that planned it.
  private volatile long plannedNanos;
  private volatile QueryFinished.PlanCache planCache = QueryFinished.PlanCache.NO_PLAN;
  private volatile Optional<QueryFinished.Shape> shape = Optional.empty();

  /** A listener and what its {@code started} returned. */
  private record Listening(QueryListener listener, QueryListener.Observation observation) {}

  private QueryObserver(long id, List<Listening> listening, boolean logBindValues, long startNanos) {
    this.id = id;
    this.listening = listening;
    this.logBindValues = logBindValues;
    this.startNanos = startNanos;
  }

  static QueryObserver start(long id, List<String> metrics, List<String> dimensions, Optional<Dialect> dialect,
      List<QueryListener> listeners, boolean logBindValues) {
    long start = System.nanoTime();
    Observability.QUERY_LOG.debug("query {} started: {} by {}", id, metrics, dimensions);
    List<Listening> listening = new ArrayList<>(listeners.size());
    if (!listeners.isEmpty()) {
      QueryStarted event = new QueryStarted(id, metrics, dimensions, dialect);
      for (QueryListener listener : listeners) {
        try {
          QueryListener.Observation observation = listener.started(event);
          if (observation != null) {
            listening.add(new Listening(listener, observation));
          } else {
            Observability.QUERY_LOG.warn("query {}: listener {} returned no observation; it is not told when the"
                + " query finishes", id, listener);
          }
        } catch (RuntimeException e) {
          Observability.QUERY_LOG.warn("query {}: listener {} failed when the query started; the query goes on",
              id, listener, e);
        }
      }
    }
    return new QueryObserver(id, List.copyOf(listening), logBindValues, start);
  }

  private boolean silent() {
    return this == SILENT;
  }

  /** The query is planned and rendered: {@code cacheHit} if its shape's plan was reused. */
  void planned(boolean cacheHit, String sql, List<Object> values) {
    if (silent()) {
      return;
    }
    plannedNanos = System.nanoTime();
    planCache = cacheHit ? QueryFinished.PlanCache.HIT : QueryFinished.PlanCache.MISS;
    // String caches its hash, and the SQL of a shape is one cached string: the id costs nothing after the first.
    QueryFinished.Shape planned = new QueryFinished.Shape(String.format(Locale.ROOT, "%08x", sql.hashCode()), sql);
    shape = Optional.of(planned);
    if (Observability.PLAN_CACHE_LOG.isDebugEnabled()) {
      Observability.PLAN_CACHE_LOG.debug("query {}: plan cache {} for shape {} ({} ms)", id,
          cacheHit ? "hit" : "miss", planned.id(), millis(plannedNanos - startNanos));
    }
    if (Observability.SQL_LOG.isDebugEnabled()) {
      Observability.SQL_LOG.debug("query {} SQL: {}", id, sql);
      if (logBindValues) {
        Observability.SQL_LOG.debug("query {} bind values: {}", id, values);
      } else {
        Observability.SQL_LOG.debug("query {} bind values: {} redacted (SemanticLayer.Builder.logBindValues(true)"
            + " shows them)", id, values.size());
      }
    }
  }

  /** The query returned {@code rows} rows. */
  public void succeeded(long rows) {
    finish(new QueryFinished.Outcome.Success(rows));
  }

  /** The query threw {@code cause}. */
  public void failed(Throwable cause) {
    String errorId = cause instanceof GrainlineException g ? g.id() : cause.getClass().getName();
    finish(new QueryFinished.Outcome.Failure(errorId, cause));
  }

  private void finish(QueryFinished.Outcome outcome) {
    if (silent() || !finished.compareAndSet(false, true)) {
      return;
    }
    long end = System.nanoTime();
    long planEnd = planCache == QueryFinished.PlanCache.NO_PLAN ? end : plannedNanos;
    Duration planning = Duration.ofNanos(planEnd - startNanos);
    Duration execution = Duration.ofNanos(end - planEnd);
    if (Observability.QUERY_LOG.isDebugEnabled()) {
      String timings = "planning " + millis(planning.toNanos()) + " ms, execution " + millis(execution.toNanos())
          + " ms, plan cache " + planCache.name().toLowerCase(Locale.ROOT).replace('_', ' ');
      switch (outcome) {
        case QueryFinished.Outcome.Success s ->
            Observability.QUERY_LOG.debug("query {} returned {} rows: {}", id, s.rows(), timings);
        case QueryFinished.Outcome.Failure f ->
            Observability.QUERY_LOG.debug("query {} failed with {}: {}", id, f.errorId(), timings);
      }
    }
    if (listening.isEmpty()) {
      return;
    }
    QueryFinished event = new QueryFinished(id, outcome, planCache, planning, execution, shape);
    for (Listening each : listening) {
      try {
        each.observation().finished(event);
      } catch (RuntimeException e) {
        Observability.QUERY_LOG.warn("query {}: listener {} failed when the query finished", id, each.listener(), e);
      }
    }
  }

  private static String millis(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
  }
}
