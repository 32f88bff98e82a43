package dev.grainline.runtime;

import dev.grainline.internal.model.query.QuerySpec;
import java.util.function.UnaryOperator;

/**
 * A query with its time settings ({@link #fillGaps}, {@link #inTimeZone}): it can take more of them, and runs or
 * describes itself like any query.
 */
final class FinalQuery extends LayerQuery {
  private final LayerQuery query;
  private final UnaryOperator<QuerySpec> setting;

  FinalQuery(LayerQuery query, UnaryOperator<QuerySpec> setting) {
    super(query.layer);
    this.query = query;
    this.setting = setting;
  }

  @Override
  Bound bind() {
    Bound bound = query.bind();
    return new Bound(setting.apply(bound.spec()), bound.source());
  }
}
