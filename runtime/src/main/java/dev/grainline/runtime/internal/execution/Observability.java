package dev.grainline.runtime.internal.execution;

import dev.grainline.internal.model.query.QuerySpec;
import dev.grainline.runtime.Dialect;
import dev.grainline.runtime.QueryListener;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a layer tells about its queries: the listeners it was given, whether its log may show bind values, and the
 * numbering of its queries. Starts one {@link QueryObserver} per query.
 *
 * <p>Loggers are named by what they tell, so that each can be switched on alone: {@code dev.grainline.query} (a
 * line when a query starts and one when it ends, with its timings, row count or error id; listener failures),
 * {@code dev.grainline.sql} (the SQL and its bind values) and {@code dev.grainline.plancache} (each plan-cache hit
 * and miss). Everything but listener failures is at DEBUG.
 */
public final class Observability {
  static final String QUERY = "dev.grainline.query";
  static final String SQL = "dev.grainline.sql";
  static final String PLAN_CACHE = "dev.grainline.plancache";

  static final Logger QUERY_LOG = LoggerFactory.getLogger(QUERY);
  static final Logger SQL_LOG = LoggerFactory.getLogger(SQL);
  static final Logger PLAN_CACHE_LOG = LoggerFactory.getLogger(PLAN_CACHE);

  private final List<QueryListener> listeners;
  private final boolean logBindValues;
  private final AtomicLong ids = new AtomicLong();

  /**
   * @param logBindValues whether the SQL log shows bind values; without it they are redacted, since they are what
   *     users typed and can be personal data
   */
  public Observability(List<QueryListener> listeners, boolean logBindValues) {
    this.listeners = List.copyOf(listeners);
    this.logBindValues = logBindValues;
  }

  /** Starts observing one query: logs it and tells the listeners. */
  public QueryObserver start(QuerySpec spec, Optional<Dialect> dialect) {
    if (silent()) {
      return QueryObserver.SILENT;
    }
    List<String> dimensions = spec.dimensions().stream().map(Object::toString).toList();
    return QueryObserver.start(ids.incrementAndGet(), spec.metrics(), dimensions, dialect, listeners, logBindValues);
  }

  /**
   * A query whose text was rejected before it became a query (a syntax error): observed as one that starts with
   * neither metrics nor dimensions and fails at once, so that listeners count every query they were asked for.
   */
  public void rejected(RuntimeException cause, Optional<Dialect> dialect) {
    if (!silent()) {
      QueryObserver.start(ids.incrementAndGet(), List.of(), List.of(), dialect, listeners, logBindValues)
          .failed(cause);
    }
  }

  private boolean silent() {
    // The cached path pays nothing for observability that nobody asked for.
    return listeners.isEmpty() && !QUERY_LOG.isDebugEnabled() && !SQL_LOG.isDebugEnabled()
        && !PLAN_CACHE_LOG.isDebugEnabled();
  }
}
