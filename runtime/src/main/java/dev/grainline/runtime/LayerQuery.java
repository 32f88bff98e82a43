package dev.grainline.runtime;

import dev.grainline.model.query.QuerySpec;
import java.util.List;

/** What every kind of query does once it is a spec: prepare it through its layer, then run or describe it. */
abstract class LayerQuery implements MetricQuery {
  /** A query as the planner takes it, and the text it came from, so that errors can point into that text. */
  record Bound(QuerySpec spec, QuerySource source) {}

  final SemanticLayer layer;

  LayerQuery(SemanticLayer layer) {
    this.layer = layer;
  }

  abstract Bound bind();

  @Override
  public Result fetch() {
    Bound bound = bind();
    return layer.fetch(bound.spec(), bound.source());
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
