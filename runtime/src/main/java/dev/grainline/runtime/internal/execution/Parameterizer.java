package dev.grainline.runtime.internal.execution;

import dev.grainline.internal.model.SortKey;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Like;
import dev.grainline.internal.model.expr.Node.Literal;
import dev.grainline.internal.model.expr.Node.Param;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.query.GapFill;
import dev.grainline.internal.model.query.QueryLimits;
import dev.grainline.internal.model.query.QuerySpec;
import dev.grainline.internal.model.query.TenantScope;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.ValueRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Separates a query's shape from its values: every constant of its filters becomes a numbered {@link Param}, and
 * the limit and the offset placeholders, and so does the tenant of a tenant-bound query. Queries with the same shape share one plan and one SQL text; only their
 * values differ.
 */
public final class Parameterizer {
  private Parameterizer() {}

  /** The shape (the cache key) and the values in slot order. */
  public record Parameterized(QuerySpec shape, List<Object> values, OptionalLong limit, OptionalLong offset) {}

  /**
   * The query's shape and values; first, its size and depth are checked against {@link QueryLimits}, as this is the
   * first stage that walks its trees recursively, for every kind of query.
   */
  public static Parameterized of(QuerySpec spec) {
    QueryLimits.check(spec);
    List<Object> values = new ArrayList<>();
    Optional<Node> where = spec.where().map(w -> parameterize(w, values));
    Optional<Node> having = spec.having().map(h -> parameterize(h, values));
    // The limit's value is bound too; the shape only says that there is one.
    OptionalLong limitShape = spec.limit().isPresent() ? OptionalLong.of(1) : OptionalLong.empty();
    List<SortKey> order = spec.orderBy();
    Optional<GapFill> fill = spec.fill().map(f -> new GapFill(parameterize(f.from(), values),
        parameterize(f.to(), values)));
    Optional<Node> zone = spec.timeZone().map(z -> parameterize(z, values));
    OptionalLong offsetShape = spec.offset().isPresent() ? OptionalLong.of(0) : OptionalLong.empty();
    // The tenant is a value like any other: every tenant's query has one plan and one SQL text, and a plan, which
    // holds no values, cannot carry one tenant's into another's query.
    TenantScope tenant = switch (spec.tenant()) {
      case TenantScope.One one -> new TenantScope.One(parameterize(one.value(), values));
      case TenantScope.All all -> all;
      case TenantScope.Unbound unbound -> unbound;
    };
    QuerySpec shape = new QuerySpec(spec.metrics(), spec.dimensions(), where, having, order, limitShape, fill, zone,
        offsetShape, tenant);
    return new Parameterized(shape, values, spec.limit(), spec.offset());
  }

  private static Node parameterize(Node expr, List<Object> values) {
    return Nodes.rewrite(expr, node -> {
      if (node instanceof Literal literal) {
        // Every value of a query passes here, whichever API built it: the one place to hold them to ValueRules, so
        // that no engine sees one it would round or reject alone.
        ValueRules.check(literal.value()).ifPresent(ValueRules.Violation::throwAsQueryError);
        if (values.size() == ValueRules.MAX_BIND_VALUES) {
          throw Message.TOO_MANY_VALUES.queryError(values.size() + 1, ValueRules.MAX_BIND_VALUES);
        }
        values.add(literal.value());
        return Optional.of(new Param(values.size() - 1, literal.type()));
      }
      if (node instanceof Like like && like.pattern() instanceof Literal pattern
          && pattern.value() instanceof String text) {
        ValueRules.checkLikePattern(text).ifPresent(ValueRules.Violation::throwAsQueryError);
        // The pattern is bound as every engine reads it (Trino rejects a backslash that escapes nothing); the
        // operand is parameterized first, so the values keep their order.
        Node operand = parameterize(like.operand(), values);
        Node canonical = parameterize(new Literal(ValueRules.canonicalLikePattern(text), pattern.type()), values);
        return Optional.of(new Like(operand, canonical, like.negated()));
      }
      return Optional.empty();
    });
  }
}
