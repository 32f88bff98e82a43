package dev.grainline.runtime;

import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.query.GapFill;
import dev.grainline.internal.model.query.QuerySpec;
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

  /**
   * This query with a row for every period of its finest time attribute, from the period that contains {@code from}
   * to the one that contains {@code to}, for every combination of its other dimensions that it has rows for: counts
   * and sums of added rows are 0, windows are computed for them too. Periods that the query's conditions on the same
   * calendar exclude are not added; rows outside the range stay (filter them with a where condition).
   */
  public FinalQuery fillGaps(java.time.LocalDate from, java.time.LocalDate to) {
    java.util.Objects.requireNonNull(from, "from");
    java.util.Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the range of filled periods ends (" + to + ") before it starts (" + from
          + ")");
    }
    return new FinalQuery(this, spec -> spec.withFill(new GapFill(
        new Node.Literal(from, SqlType.DATE), new Node.Literal(to, SqlType.DATE))));
  }

  /**
   * This query seeing its facts' timestamps, stored in UTC, in {@code zone}: a day, week or month of a timestamp
   * starts at that zone's midnight. Without it, timestamps are grouped in UTC. Calendar tables are not affected.
   */
  public FinalQuery inTimeZone(java.time.ZoneId zone) {
    java.util.Objects.requireNonNull(zone, "zone");
    // A region id, even one with a fixed offset such as Etc/GMT+2, means the same to Java and to the engines.
    String id = zone.getId();
    if (zone instanceof java.time.ZoneOffset offset) {
      if (!offset.equals(java.time.ZoneOffset.UTC)) {
        // Engines read "+02:00" as a POSIX zone, whose sign is the opposite of ISO's: only region ids are safe.
        throw new IllegalArgumentException("name a region time zone such as Europe/Berlin, not the offset " + id);
      }
      id = "UTC";
    }
    Node.Literal value = new Node.Literal(id, SqlType.TEXT);
    return new FinalQuery(this, spec -> spec.withTimeZone(value));
  }

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
