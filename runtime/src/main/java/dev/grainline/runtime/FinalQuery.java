package dev.grainline.runtime;

import dev.grainline.internal.model.query.QuerySpec;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A query with its time settings ({@link #fillGaps}, {@link #inTimeZone}, {@link #timeout}): it can take more of
 * them, and runs or describes itself like any query.
 */
final class FinalQuery extends LayerQuery {
  private final LayerQuery query;
  private final UnaryOperator<QuerySpec> setting;

  private final Optional<Duration> timeout;

  FinalQuery(LayerQuery query, UnaryOperator<QuerySpec> setting) {
    this(query, setting, Optional.empty());
  }

  /** A query with its own timeout, which overrides that of the query it wraps; the spec is unchanged. */
  FinalQuery(LayerQuery query, Duration timeout) {
    this(query, UnaryOperator.identity(), Optional.of(timeout));
  }

  private FinalQuery(LayerQuery query, UnaryOperator<QuerySpec> setting, Optional<Duration> timeout) {
    super(query.layer);
    this.query = query;
    this.setting = setting;
    this.timeout = timeout;
  }

  @Override
  Optional<Duration> ownTimeout() {
    return timeout.or(query::ownTimeout);
  }

  @Override
  Bound bind() {
    Bound bound = query.bind();
    return new Bound(setting.apply(bound.spec()), bound.source());
  }
}
