package dev.grainline.internal.model.query;

import dev.grainline.SqlType;
import dev.grainline.internal.model.SortKey;
import dev.grainline.internal.model.expr.ComparisonOp;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.testing.Shop;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Queries on the {@link Shop} model, written as their specs, and their resolution. */
final class Queries {
  private Queries() {}

  static QuerySpec query(List<String> metrics, List<AttributeRef> dimensions) {
    return new QuerySpec(metrics, dimensions, Optional.empty(), Optional.empty(), List.of(), OptionalLong.empty());
  }

  static QuerySpec where(QuerySpec spec, Node where) {
    return new QuerySpec(spec.metrics(), spec.dimensions(), Optional.of(where), spec.having(), spec.orderBy(),
        spec.limit());
  }

  static QuerySpec having(QuerySpec spec, Node having) {
    return new QuerySpec(spec.metrics(), spec.dimensions(), spec.where(), Optional.of(having), spec.orderBy(),
        spec.limit());
  }

  static QuerySpec orderBy(QuerySpec spec, SortKey... keys) {
    return new QuerySpec(spec.metrics(), spec.dimensions(), spec.where(), spec.having(), List.of(keys),
        spec.limit());
  }

  static QueryResolver.Resolution resolve(QuerySpec spec) {
    return new QueryResolver(Shop.MODEL).resolve(spec);
  }

  /** The resolved query, failing with its problems if there are any. */
  static ResolvedQuery resolved(QuerySpec spec) {
    QueryResolver.Resolution resolution = resolve(spec);
    return resolution.query().orElseThrow(() -> new AssertionError(resolution.problems().toString()));
  }

  static Node.Comparison eq(Node left, Object value) {
    return new Node.Comparison(ComparisonOp.EQ, left, literal(value));
  }

  static Node.Comparison gt(Node left, Object value) {
    return new Node.Comparison(ComparisonOp.GT, left, literal(value));
  }

  static Node.Literal literal(Object value) {
    return switch (value) {
      case Integer i -> new Node.Literal(i, SqlType.INTEGER);
      case String s -> new Node.Literal(s, SqlType.TEXT);
      case java.time.LocalDate d -> new Node.Literal(d, SqlType.DATE);
      default -> throw new IllegalArgumentException(value.toString());
    };
  }

  static Node.MetricUse metric(String name) {
    return new Node.MetricUse(name);
  }
}
