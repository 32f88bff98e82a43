package dev.grainline.internal.model.query;

import dev.grainline.internal.model.AttributeDef;
import dev.grainline.internal.model.MetricDef;
import dev.grainline.internal.model.RolePath;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.SortKey;
import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Node.MetricUse;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.graph.JoinPath;
import dev.grainline.internal.model.graph.PathResolution;
import dev.grainline.internal.model.graph.PathProblem;
import dev.grainline.internal.model.query.QueryProblem.Subject;
import dev.grainline.internal.model.text.Suggestions;
import dev.grainline.internal.model.time.Calendars;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.TypeChecker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resolves and validates a query against a model: names exist, every dimension is reachable, unambiguously, from
 * every fact the metrics read, filters sit at the right level and type-check, ORDER BY names requested columns.
 * Named queries are checked with it at compile time; every query is checked with it before planning.
 */
public final class QueryResolver {
  private final Model model;
  private final WindowResolver windows;

  public QueryResolver(Model model) {
    this.model = model;
    this.windows = new WindowResolver(model, new dev.grainline.internal.model.time.Windows(model));
  }

  /** The outcome: a resolved query, or the problems that prevent one. */
  public record Resolution(Optional<ResolvedQuery> query, List<QueryProblem> problems) {
    public Resolution {
      problems = List.copyOf(problems);
    }
  }

  public Resolution resolve(QuerySpec spec) {
    List<QueryProblem> problems = new ArrayList<>();
    if (spec.metrics().isEmpty()) {
      problems.add(problem(Message.EMPTY_QUERY, new Subject.Whole(), "the query"));
    }

    List<MetricDef> metrics = new ArrayList<>();
    Set<String> seenMetrics = new HashSet<>();
    for (int i = 0; i < spec.metrics().size(); i++) {
      String name = spec.metrics().get(i);
      Optional<MetricDef> metric = model.metric(name);
      if (metric.isEmpty()) {
        problems.add(unknown(new Subject.MetricAt(i), name, "metric", metricNames()));
      } else if (!seenMetrics.add(name)) {
        problems.add(problem(Message.DUPLICATE_REQUEST, new Subject.MetricAt(i), name));
      } else {
        metrics.add(metric.get());
      }
    }

    Set<AttributeRef> seenDimensions = new HashSet<>();
    for (int i = 0; i < spec.dimensions().size(); i++) {
      AttributeRef ref = spec.dimensions().get(i);
      if (model.attribute(ref.attributeName()).isEmpty()) {
        problems.add(unknown(new Subject.DimensionAt(i), ref.toString(), "dimension", attributeNames()));
      } else if (!seenDimensions.add(ref)) {
        problems.add(problem(Message.DUPLICATE_REQUEST, new Subject.DimensionAt(i), ref));
      }
    }

    spec.where().ifPresent(where -> checkWhere(where, problems));
    spec.fill().ifPresent(fill -> checkFill(spec, fill, problems));
    List<MetricDef> filterOnly = new ArrayList<>();
    spec.having().ifPresent(having -> checkHaving(spec, having, seenMetrics, filterOnly, problems));
    checkOrder(spec, problems);
    TenantGrain.check(model, spec, problems);

    if (!problems.isEmpty()) {
      return new Resolution(Optional.empty(), problems);
    }

    // Every fact a metric reads must reach every dimension the query groups or filters by.
    Set<String> entities = new LinkedHashSet<>();
    Map<String, String> neededBy = new HashMap<>();
    for (MetricDef metric : concat(metrics, filterOnly)) {
      for (String entity : model.entitiesOf(metric.name())) {
        entities.add(entity);
        neededBy.putIfAbsent(entity, metric.name());
      }
    }
    List<AttributeRef> refs = new ArrayList<>(spec.dimensions());
    spec.where().ifPresent(w -> refs.addAll(Nodes.collect(w, AttributeRef.class)));
    Map<String, Map<AttributeRef, JoinPath>> paths = new LinkedHashMap<>();
    for (String entity : entities) {
      Map<AttributeRef, JoinPath> byRef = new LinkedHashMap<>();
      for (AttributeRef ref : new LinkedHashSet<>(refs)) {
        PathResolution resolution = model.graph().resolve(entity, ref.entity(), ref.rolePath());
        if (resolution instanceof PathResolution.Resolved resolved) {
          byRef.put(ref, resolved.path());
        }
        PathProblem.of(resolution, ref, new PathProblem.Dimension(ref, entity, neededBy.get(entity)))
            .ifPresent(problem -> problems.add(problem(problem.message(), subjectOf(spec, ref), problem.args())));
      }
      paths.put(entity, byRef);
    }
    if (!problems.isEmpty()) {
      return new Resolution(Optional.empty(), problems);
    }

    List<WindowUse> windowUses = windows.resolve(spec, metrics, filterOnly, paths, problems);
    if (!problems.isEmpty()) {
      return new Resolution(Optional.empty(), problems);
    }

    Map<AttributeRef, SqlType> dimensionTypes = new HashMap<>();
    for (AttributeRef ref : refs) {
      dimensionTypes.put(ref, model.attribute(ref.attributeName()).orElseThrow().type());
    }
    return new Resolution(
        Optional.of(new ResolvedQuery(spec, metrics, filterOnly, List.copyOf(entities), paths, dimensionTypes,
            windowUses)),
        List.of());
  }

  private void checkWhere(Node where, List<QueryProblem> problems) {
    boolean levelOk = true;
    for (Node node : nodes(where)) {
      Subject subject = new Subject.InWhere(node);
      Optional<QueryProblem> problem = Optional.empty();
      if (node instanceof MetricUse m) {
        problem = Optional.of(problem(Message.WHERE_METRIC, subject, m.name()));
      } else if (node instanceof Aggregate a) {
        problem = Optional.of(problem(Message.WHERE_AGGREGATE, subject, Nodes.describe(a)));
      } else if (node instanceof ColumnRef c) {
        problem = Optional.of(problem(Message.WHERE_COLUMN, subject, Nodes.describe(c)));
      } else if (node instanceof AttributeRef a && model.attribute(a.attributeName()).isEmpty()) {
        problem = Optional.of(unknown(subject, a.toString(), "dimension", attributeNames()));
      }
      if (problem.isPresent()) {
        problems.add(problem.get());
        levelOk = false;
      }
    }
    if (levelOk) {
      typeCheck(where, Subject.InWhere::new, problems);
    }
  }

  /** Gap filling fills the periods of a time attribute: the query must group by one; the range is two dates. */
  private void checkFill(QuerySpec spec, GapFill fill, List<QueryProblem> problems) {
    if (fillAttribute(model, spec).isEmpty()) {
      problems.add(problem(Message.GAP_FILL_NO_TIME, new Subject.Whole()));
    }
    for (Node bound : List.of(fill.from(), fill.to())) {
      if (!(bound instanceof Node.Literal l && l.type() == SqlType.DATE)
          && !(bound instanceof Node.Param p && p.type() == SqlType.DATE)) {
        problems.add(problem(Message.GAP_FILL_BOUND, new Subject.Whole(), Nodes.describe(bound)));
      }
    }
  }

  /** The attribute whose periods a gap fill adds: the finest requested time attribute. */
  public static Optional<AttributeRef> fillAttribute(Model model, QuerySpec spec) {
    Optional<AttributeRef> finest = Optional.empty();
    for (AttributeRef ref : spec.dimensions()) {
      Optional<dev.grainline.internal.model.TimePeriod> period = Calendars.period(model, ref);
      if (period.isPresent() && (finest.isEmpty()
          || period.get().grain().finerThan(Calendars.period(model, finest.get()).orElseThrow().grain()))) {
        finest = Optional.of(ref);
      }
    }
    return finest;
  }

  private void checkHaving(
      QuerySpec spec, Node having, Set<String> requested, List<MetricDef> filterOnly, List<QueryProblem> problems) {
    boolean ok = true;
    for (Node node : nodes(having)) {
      Subject subject = new Subject.InHaving(node);
      Optional<QueryProblem> problem = Optional.empty();
      if (node instanceof MetricUse m) {
        Optional<MetricDef> metric = model.metric(m.name());
        if (metric.isEmpty()) {
          problem = Optional.of(unknown(subject, m.name(), "metric", metricNames()));
        } else if (!requested.contains(m.name()) && filterOnly.stream().noneMatch(f -> f.name().equals(m.name()))) {
          filterOnly.add(metric.get());
        }
      } else if (node instanceof Aggregate a) {
        problem = Optional.of(problem(Message.HAVING_AGGREGATE, subject, Nodes.describe(a)));
      } else if (node instanceof ColumnRef c) {
        problem = Optional.of(problem(Message.HAVING_COLUMN, subject, Nodes.describe(c)));
      } else if (node instanceof AttributeRef a && !spec.dimensions().contains(a)) {
        problem = Optional.of(problem(Message.HAVING_DIMENSION, subject, a, a));
      }
      if (problem.isPresent()) {
        problems.add(problem.get());
        ok = false;
      }
    }
    if (ok) {
      typeCheck(having, Subject.InHaving::new, problems);
    }
  }

  private void checkOrder(QuerySpec spec, List<QueryProblem> problems) {
    List<String> columns = new ArrayList<>(spec.metrics());
    spec.dimensions().forEach(d -> columns.add(d.toString()));
    for (int i = 0; i < spec.orderBy().size(); i++) {
      SortKey key = spec.orderBy().get(i);
      boolean requested = (key.expr() instanceof MetricUse m && spec.metrics().contains(m.name()))
          || (key.expr() instanceof AttributeRef a && spec.dimensions().contains(a));
      if (!requested) {
        problems.add(problem(Message.ORDER_BY, new Subject.OrderAt(i), Nodes.describe(key.expr()),
            String.join(", ", columns)));
      }
    }
  }

  private void typeCheck(Node filter, Function<Node, Subject> subject, List<QueryProblem> problems) {
    TypeChecker.Scope scope = TypeChecker.Scope.of(model);
    Optional<SqlType> type = new TypeChecker(scope, (node, message, args) ->
        problems.add(problem(message, subject.apply(node), args)))
        .typeOf(filter);
    if (type.isPresent() && type.get() != SqlType.BOOLEAN) {
      problems.add(problem(Message.TYPE_FILTER, subject.apply(filter), Nodes.describe(filter),
          type.get().display()));
    }
  }

  private static List<Node> nodes(Node root) {
    List<Node> all = new ArrayList<>();
    Nodes.walk(root, all::add);
    return all;
  }

  private static Subject subjectOf(QuerySpec spec, AttributeRef ref) {
    int index = spec.dimensions().indexOf(ref);
    return index >= 0 ? new Subject.DimensionAt(index) : new Subject.InWhere(ref);
  }

  private List<String> metricNames() {
    return model.metrics().stream().map(MetricDef::name).toList();
  }

  private List<String> attributeNames() {
    return List.copyOf(model.attributes().keySet());
  }

  private static QueryProblem unknown(Subject subject, String name, String kind, List<String> candidates) {
    String bare = name.contains("[") ? name.substring(0, name.indexOf('[')) : name;
    return problem(Message.UNKNOWN_REFERENCE, subject, name, kind, Suggestions.didYouMean(bare, candidates));
  }

  private static QueryProblem problem(Message message, Subject subject, Object... args) {
    return QueryProblem.of(message, subject, args);
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toList());
  }
}
