package dev.grainline.runtime;

import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.query.GapFill;
import dev.grainline.internal.model.query.QuerySpec;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.ValueRules;
import dev.grainline.runtime.internal.execution.Cancellation;
import dev.grainline.runtime.internal.execution.RunOptions;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** What every kind of query does once it is a spec: prepare it through its layer, then run or describe it. */
abstract class LayerQuery implements MetricQuery {
  /** A query as the planner takes it, and the text it came from, so that errors can point into that text. */
  record Bound(QuerySpec spec, QuerySource source) {}

  /**
   * The longest range fillGaps generates periods for, about 273 years: a spine of at most this many rows (days are
   * the finest grain), so that a mistyped bound does not ask the database for millions of rows.
   */
  static final int MAX_FILLED_DAYS = 100_000;

  final SemanticLayer layer;

  LayerQuery(SemanticLayer layer) {
    this.layer = layer;
  }

  abstract Bound bind();

  @Override
  public MetricQuery fillGaps(LocalDate from, LocalDate to) {
    Arguments.present(from, "fillGaps()", "from");
    Arguments.present(to, "fillGaps()", "to");
    if (to.isBefore(from)) {
      throw Message.GAP_FILL_RANGE.queryError(from, to);
    }
    // Bounds outside the years both engines represent alike filled nothing on DuckDB and all on PostgreSQL.
    ValueRules.check(from).ifPresent(ValueRules.Violation::throwAsQueryError);
    ValueRules.check(to).ifPresent(ValueRules.Violation::throwAsQueryError);
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    if (days > MAX_FILLED_DAYS) {
      throw Message.GAP_FILL_PERIODS.queryError(from, to, days, MAX_FILLED_DAYS);
    }
    return new FinalQuery(this, spec -> spec.withFill(new GapFill(
        new Node.Literal(from, SqlType.DATE), new Node.Literal(to, SqlType.DATE))));
  }

  @Override
  public MetricQuery inTimeZone(ZoneId zone) {
    Arguments.present(zone, "inTimeZone()", "zone");
    // A region id, even one with a fixed offset such as Etc/GMT+2, means the same to Java and to the engines.
    String id = zone.getId();
    if (zone instanceof ZoneOffset offset) {
      if (!offset.equals(ZoneOffset.UTC)) {
        // Engines read "+02:00" as a POSIX zone, whose sign is the opposite of ISO's: only region ids are safe.
        throw Message.OFFSET_TIME_ZONE.queryError(id);
      }
      id = "UTC";
    }
    Node.Literal value = new Node.Literal(id, SqlType.TEXT);
    return new FinalQuery(this, spec -> spec.withTimeZone(value));
  }

  /** The timeout this query set for itself; empty for the layer's. */
  Optional<Duration> ownTimeout() {
    return Optional.empty();
  }

  @Override
  public MetricQuery timeout(Duration limit) {
    Objects.requireNonNull(limit, "limit");
    if (limit.isNegative() || limit.isZero()) {
      throw Message.TIMEOUT_VALUE.queryError("timeout", limit);
    }
    return new FinalQuery(this, limit);
  }

  @Override
  public Result fetch() {
    return run(Optional.empty(), new Cancellation());
  }

  @Override
  public Result fetch(Connection connection) {
    Arguments.present(connection, "fetch()", "connection");
    return run(Optional.of(connection), new Cancellation());
  }

  @Override
  public CompletableFuture<Result> fetchAsync(Executor executor) {
    Arguments.present(executor, "fetchAsync()", "executor");
    Cancellation cancellation = new Cancellation();
    CompletableFuture<Result> future = new CompletableFuture<>();
    // Whoever completes the future first, cancel(true) or orTimeout, leaves no one waiting for the query: stop it.
    // After the query's own completion this finds it finished and does nothing.
    future.whenComplete((result, failure) -> cancellation.cancel());
    executor.execute(() -> {
      if (future.isDone()) {
        return;
      }
      try {
        future.complete(run(Optional.empty(), cancellation));
      } catch (Throwable e) {
        future.completeExceptionally(e);
      }
    });
    return future;
  }

  private Result run(Optional<Connection> connection, Cancellation cancellation) {
    Bound bound = layer.bindObserved(this);
    return layer.fetch(bound.spec(), bound.source(), new RunOptions(ownTimeout(), connection, cancellation));
  }

  @Override
  public Cursor cursor() {
    Bound bound = layer.bindObserved(this);
    return layer.cursor(bound.spec(), bound.source(),
        new RunOptions(ownTimeout(), Optional.empty(), new Cancellation()));
  }

  @Override
  public Stream<Row> stream() {
    return cursor().stream();
  }

  @Override
  public void forEach(Consumer<? super Row> action) {
    Arguments.present(action, "forEach()", "action");
    try (Cursor rows = cursor()) {
      rows.forEach(action);
    }
  }

  @Override
  public String sql() {
    Bound bound = bind();
    return layer.prepare(bound.spec(), bound.source()).sql();
  }

  @Override
  public List<Object> bindValues() {
    Bound bound = bind();
    return layer.prepare(bound.spec(), bound.source()).bindValues();
  }

  @Override
  public Explanation explain() {
    Bound bound = bind();
    return layer.prepare(bound.spec(), bound.source()).explanation();
  }
}
