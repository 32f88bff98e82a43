package dev.grainline.internal.model.assembly;

import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.NamedQueryDef;
import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.SortKey;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.query.QueryProblem;
import dev.grainline.internal.model.query.QueryResolver;
import dev.grainline.internal.model.query.QuerySpec;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.Report;
import dev.grainline.internal.model.validation.rules.NamedQueryDraft;
import dev.grainline.internal.model.validation.rules.Rules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The last phase: resolves the named queries as run-time queries are resolved. A query that uses a metric or an
 * attribute that is not part of the sound model (because its definition has an error) is left for the next compile:
 * resolving it now would only report that what it uses is missing.
 */
final class NamedQueryResolution {
  private final Declarations declarations;
  private final Names names;
  private final Lowering lowering;
  private final Report report;

  private NamedQueryResolution(Declarations declarations, Names names, Lowering lowering, Report report) {
    this.declarations = declarations;
    this.names = names;
    this.lowering = lowering;
    this.report = report;
  }

  static List<NamedQueryDef> run(Declarations declarations, Names names, Lowering lowering, Validated validated,
      Report report) {
    return new NamedQueryResolution(declarations, names, lowering, report).resolve(validated);
  }

  private List<NamedQueryDef> resolve(Validated validated) {
    Model model = validated.checked();
    List<NamedQueryDef> queries = new ArrayList<>();
    Map<String, Origin> seen = new HashMap<>();
    QueryResolver resolver = new QueryResolver(model);
    for (ClassDeclaration type : declarations.classes()) {
      for (MemberDeclaration member : type.members()) {
        if (!(member.declared() instanceof Declared.Query query)) {
          continue;
        }
        Origin origin = new Origin(type.className(), member.field());
        // Named like metrics, so that every name of the model is a namespaced one: v3.revenue_by_category.
        String name = Naming.metricName(declarations.namespaceOf(type), member.field(), member.name());
        Origin previous = seen.putIfAbsent(name, origin);
        if (previous != null) {
          report.duplicate("named query", name, previous, origin);
          continue;
        }
        Optional<QuerySpec> spec = querySpec(query, origin);
        if (spec.isEmpty() || usesBrokenParts(spec.get(), model, validated.brokenEntities())
            || !Rules.NAMED_QUERY.check(new NamedQueryDraft(spec.get(), model, origin), report)) {
          continue;
        }
        QueryResolver.Resolution resolution = resolver.resolve(spec.get());
        for (QueryProblem problem : resolution.problems()) {
          Object node = switch (problem.subject()) {
            case QueryProblem.Subject.MetricAt m -> query.metrics().get(m.index());
            case QueryProblem.Subject.DimensionAt d -> query.dimensions().get(d.index());
            case QueryProblem.Subject.InWhere w -> w.node();
            case QueryProblem.Subject.InHaving h -> h.node();
            case QueryProblem.Subject.OrderAt o -> query.order().get(o.index()).expression();
            case QueryProblem.Subject.Whole w -> null;
          };
          report.addFormatted(problem.message(), problem.text(), origin, node);
        }
        if (resolution.problems().isEmpty()) {
          queries.add(new NamedQueryDef(name, spec.get(), member.metadata(), origin));
        }
      }
    }
    return queries;
  }

  private boolean usesBrokenParts(QuerySpec spec, Model model, Set<String> brokenEntities) {
    List<Node> parts = new ArrayList<>(spec.dimensions());
    spec.where().ifPresent(parts::add);
    spec.having().ifPresent(parts::add);
    spec.orderBy().forEach(key -> parts.add(key.expr()));
    Set<String> declaredMetrics = new HashSet<>(names.metrics().values());
    boolean brokenMetric = spec.metrics().stream()
        .anyMatch(name -> declaredMetrics.contains(name) && model.metric(name).isEmpty());
    boolean brokenReference = parts.stream().anyMatch(part -> Nodes.collect(part, Node.class).stream()
        .anyMatch(node -> (node instanceof Node.MetricUse use && declaredMetrics.contains(use.name())
            && model.metric(use.name()).isEmpty())
            || (node instanceof AttributeRef ref && brokenEntities.contains(ref.entity()))));
    return brokenMetric || brokenReference;
  }

  private Optional<QuerySpec> querySpec(Declared.Query query, Origin origin) {
    int errors = report.errorCount();
    List<String> metrics = new ArrayList<>();
    for (Node node : query.metrics()) {
      lowering.declaredMetric(node).ifPresentOrElse(metrics::add,
          () -> report.add(Message.QUERY_INLINE_METRIC, origin, node));
    }
    List<AttributeRef> dimensions = new ArrayList<>();
    for (Node node : query.dimensions()) {
      lowering.declaredAttribute(node).ifPresentOrElse(dimensions::add,
          () -> report.add(Message.QUERY_INLINE_DIMENSION, origin, node));
    }
    Optional<Node> where = query.where().map(w -> lowering.query(w, origin));
    Optional<Node> having = query.having().map(h -> lowering.query(h, origin));
    List<SortKey> order = new ArrayList<>();
    for (Declared.Sort field : query.order()) {
      order.add(new SortKey(lowering.query(field.expression(), origin), field.descending(), field.nullsFirst()));
    }
    if (report.errorCount() > errors) {
      return Optional.empty();
    }
    return Optional.of(new QuerySpec(metrics, dimensions, where, having, order, query.limit()));
  }
}
