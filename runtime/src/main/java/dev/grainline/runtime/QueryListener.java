package dev.grainline.runtime;

/**
 * Hears every query a layer runs, for metrics and tracing: {@link #started} when a query starts, and
 * {@link Observation#finished} on what it returned, exactly once, whether the query succeeded, was rejected, failed
 * in the database or was interrupted. That pairing is what a span needs (open it in {@code started}, end it in
 * {@code finished}); a metrics listener records a timer in {@code finished}. Register one with
 * {@link SemanticLayer.Builder#listener}.
 *
 * <p>Listeners are called on the thread that runs the query, so they must be fast and thread-safe. An exception a
 * listener throws is logged (logger {@code dev.grainline.query}, WARN) and otherwise ignored: observing a query never
 * breaks it. Events carry no bind values.
 *
 * <pre>{@code
 * QueryListener timer = query -> finished -> Timer.builder("grainline.query")
 *     .tag("outcome", finished.outcome() instanceof QueryFinished.Outcome.Success ? "success" : "failure")
 *     .register(registry).record(finished.planning().plus(finished.execution()));
 * }</pre>
 */
@FunctionalInterface
public interface QueryListener {
  /**
   * A query starts; the observation returned is told when it finishes. A listener that throws here (or returns
   * null, which is logged too) is not told.
   */
  Observation started(QueryStarted query);

  /** One query in flight, as one listener sees it. */
  @FunctionalInterface
  interface Observation {
    /** The query finished; called exactly once per {@link QueryListener#started} call. */
    void finished(QueryFinished query);
  }
}
