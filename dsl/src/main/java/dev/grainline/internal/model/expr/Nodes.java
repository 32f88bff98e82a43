package dev.grainline.internal.model.expr;

import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.And;
import dev.grainline.internal.model.expr.Node.Arithmetic;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.Between;
import dev.grainline.internal.model.expr.Node.Case;
import dev.grainline.internal.model.expr.Node.Call;
import dev.grainline.internal.model.expr.Node.Cast;
import dev.grainline.internal.model.expr.Node.Coalesce;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Node.Comparison;
import dev.grainline.internal.model.expr.Node.DeclRef;
import dev.grainline.internal.model.expr.Node.InList;
import dev.grainline.internal.model.expr.Node.IsNull;
import dev.grainline.internal.model.expr.Node.Like;
import dev.grainline.internal.model.expr.Node.Literal;
import dev.grainline.internal.model.expr.Node.MetricUse;
import dev.grainline.internal.model.expr.Node.Negate;
import dev.grainline.internal.model.expr.Node.Not;
import dev.grainline.internal.model.expr.Node.Or;
import dev.grainline.internal.model.expr.Node.Param;
import dev.grainline.internal.model.expr.Node.AddPeriods;
import dev.grainline.internal.model.expr.Node.TimeTrunc;
import dev.grainline.internal.model.expr.Node.When;
import dev.grainline.internal.model.expr.Node.Windowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/** Traversal and rewriting of expression trees. */
public final class Nodes {
  private Nodes() {}

  /** Deeper trees are described by their depth: no query or definition that is accepted nests this deep. */
  private static final int MAX_DESCRIBED_DEPTH = 500;

  /** The direct children of a node, in evaluation order. */
  public static List<Node> children(Node expr) {
    return switch (expr) {
      case ColumnRef c -> List.of();
      case Literal l -> List.of();
      case Param p -> List.of();
      case Node.Parameter p -> List.of();
      case Node.Today t -> List.of();
      case MetricUse m -> List.of();
      case AttributeRef a -> List.of();
      case DeclRef d -> List.of();
      case Arithmetic a -> {
        List<Node> all = new ArrayList<>(a.steps().size() + 1);
        all.add(a.first());
        a.steps().forEach(step -> all.add(step.operand()));
        yield all;
      }
      case Negate n -> List.of(n.operand());
      case Comparison c -> List.of(c.left(), c.right());
      case And a -> a.operands();
      case Or o -> o.operands();
      case Not n -> List.of(n.operand());
      case IsNull n -> List.of(n.operand());
      case InList in -> concat(List.of(in.operand()), in.values());
      case Between b -> List.of(b.operand(), b.low(), b.high());
      case Like l -> List.of(l.operand(), l.pattern());
      case Case c -> {
        List<Node> all = new ArrayList<>();
        c.branches().forEach(w -> {
          all.add(w.condition());
          all.add(w.result());
        });
        c.otherwise().ifPresent(all::add);
        yield all;
      }
      case Cast c -> List.of(c.operand());
      case Coalesce c -> c.operands();
      case Call c -> c.args();
      case Aggregate a -> a.filter().map(f -> concat(a.args(), List.of(f))).orElse(a.args());
      case Node.DslAggregate a -> a.filter().map(f -> concat(a.args(), List.of(f))).orElse(a.args());
      case Node.EntityAggregate e -> List.of(e.aggregate());
      case Node.DslEntityAggregate e -> List.of(e.aggregate());
      case Windowed w -> List.of(w.metric(), w.axis());
      case TimeTrunc t -> List.of(t.operand());
      case Node.PeriodsSince p -> List.of(p.period(), p.anchor());
      case AddPeriods a -> List.of(a.date());
      case Node.AtTimeZone z -> List.of(z.timestamp(), z.zone());
      case Node.JsonValue j -> List.of(j.document());
      case Node.JsonHas j -> List.of(j.document());
    };
  }

  private static List<Node> concat(List<Node> a, List<Node> b) {
    List<Node> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Visits every node, parents before children. */
  public static void walk(Node expr, Consumer<Node> visitor) {
    visitor.accept(expr);
    for (Node child : children(expr)) {
      walk(child, visitor);
    }
  }

  /** Every node of the given type, in walk order. */
  public static <T extends Node> List<T> collect(Node expr, Class<T> type) {
    List<T> found = new ArrayList<>();
    walk(expr, e -> {
      if (type.isInstance(e)) {
        found.add(type.cast(e));
      }
    });
    return found;
  }

  /** Whether any node satisfies the predicate. */
  public static boolean any(Node expr, Predicate<Node> predicate) {
    if (predicate.test(expr)) {
      return true;
    }
    for (Node child : children(expr)) {
      if (any(child, predicate)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rewrites a tree top-down: {@code replace} is asked about every node first; where it answers, its answer is used
   * as is; elsewhere the node is rebuilt from its rewritten children. Subtrees that do not change keep their
   * identity.
   */
  public static Node rewrite(Node expr, Function<Node, Optional<Node>> replace) {
    return rewrite(expr, replace, (from, to) -> {});
  }

  /**
   * Like {@link #rewrite(Node, Function)}, and tells {@code rebuilt} about every node that was rebuilt because a
   * child changed, so that callers can map new nodes back to the ones they came from.
   */
  public static Node rewrite(
      Node expr, Function<Node, Optional<Node>> replace, java.util.function.BiConsumer<Node, Node> rebuilt) {
    Optional<Node> replaced = replace.apply(expr);
    if (replaced.isPresent()) {
      return replaced.get();
    }
    Function<Node, Node> r = e -> rewrite(e, replace, rebuilt);
    Node result = switch (expr) {
      case ColumnRef c -> c;
      case Literal l -> l;
      case Param p -> p;
      case Node.Parameter p -> p;
      case Node.Today t -> t;
      case MetricUse m -> m;
      case AttributeRef a -> a;
      case DeclRef d -> d;
      case Arithmetic a -> {
        Node first = r.apply(a.first());
        List<Arithmetic.Step> steps = new ArrayList<>(a.steps().size());
        for (Arithmetic.Step step : a.steps()) {
          steps.add(new Arithmetic.Step(step.op(), r.apply(step.operand())));
        }
        yield new Arithmetic(first, steps);
      }
      case Negate n -> new Negate(r.apply(n.operand()));
      case Comparison c -> new Comparison(c.op(), r.apply(c.left()), r.apply(c.right()));
      case And a -> new And(map(a.operands(), r));
      case Or o -> new Or(map(o.operands(), r));
      case Not n -> new Not(r.apply(n.operand()));
      case IsNull n -> new IsNull(r.apply(n.operand()), n.negated());
      case InList in -> new InList(r.apply(in.operand()), map(in.values(), r), in.negated());
      case Between b -> new Between(r.apply(b.operand()), r.apply(b.low()), r.apply(b.high()), b.negated());
      case Like l -> new Like(r.apply(l.operand()), r.apply(l.pattern()), l.negated());
      case Case c -> new Case(
          c.branches().stream().map(w -> new When(r.apply(w.condition()), r.apply(w.result()))).toList(),
          c.otherwise().map(r));
      case Cast c -> new Cast(r.apply(c.operand()), c.type());
      case Coalesce c -> new Coalesce(map(c.operands(), r));
      case Call c -> new Call(c.function(), map(c.args(), r));
      case Aggregate a -> new Aggregate(a.function(), map(a.args(), r), a.filter().map(r), a.entity());
      case Node.DslAggregate a -> new Node.DslAggregate(a.function(), map(a.args(), r), a.filter().map(r));
      case Node.EntityAggregate e -> new Node.EntityAggregate(as(Aggregate.class, r.apply(e.aggregate())), e.entity(),
          e.via());
      case Node.DslEntityAggregate e -> new Node.DslEntityAggregate(
          as(Node.DslAggregate.class, r.apply(e.aggregate())), e.via());
      case Windowed w -> new Windowed(r.apply(w.metric()), r.apply(w.axis()), w.shift(), w.frame());
      case TimeTrunc t -> new TimeTrunc(r.apply(t.operand()), t.grain());
      case Node.PeriodsSince p -> new Node.PeriodsSince(r.apply(p.period()), r.apply(p.anchor()));
      case AddPeriods a -> new AddPeriods(r.apply(a.date()), a.count(), a.unit());
      case Node.AtTimeZone z -> new Node.AtTimeZone(r.apply(z.timestamp()), r.apply(z.zone()));
      case Node.JsonValue j -> new Node.JsonValue(document(r.apply(j.document())), j.path(), j.type(), j.what());
      case Node.JsonHas j -> new Node.JsonHas(document(r.apply(j.document())), j.path());
    };
    if (result.equals(expr)) {
      return expr;
    }
    rebuilt.accept(expr, result);
    return result;
  }

  /** A derived attribute's aggregate stays an aggregate: a rewrite that replaces it belongs above it. */
  private static <T extends Node> T as(Class<T> type, Node node) {
    if (!type.isInstance(node)) {
      throw new IllegalStateException("a rewrite replaced the aggregate of a derived attribute with " + node);
    }
    return type.cast(node);
  }

  /** A JSON document rewritten: still a column (of its table under another alias, or of a scan's CTE). */
  private static ColumnRef document(Node rewritten) {
    if (rewritten instanceof ColumnRef c) {
      return c;
    }
    throw new IllegalStateException("a JSON document is a column, not " + rewritten);
  }

  private static List<Node> map(List<Node> list, Function<Node, Node> f) {
    // A loop rather than a stream: fewer stack frames per level of the tree.
    List<Node> mapped = new ArrayList<>(list.size());
    for (Node node : list) {
      mapped.add(f.apply(node));
    }
    return mapped;
  }

  /** How deep a tree nests and how many conditions its widest AND joins, measured in one walk. */
  public record Extent(int depth, int widestConjunction) {}

  /**
   * The levels of nesting in {@code expr} (a leaf is 1) and its widest conjunction, without recursing: the bound a
   * query is checked against before any recursive stage sees it.
   */
  public static Extent extent(Node expr) {
    record Level(Node node, int depth) {}
    java.util.ArrayDeque<Level> pending = new java.util.ArrayDeque<>();
    pending.push(new Level(expr, 1));
    int deepest = 0;
    int widest = 0;
    while (!pending.isEmpty()) {
      Level level = pending.pop();
      deepest = Math.max(deepest, level.depth());
      if (level.node() instanceof Node.And and) {
        widest = Math.max(widest, and.operands().size());
      }
      for (Node child : children(level.node())) {
        pending.push(new Level(child, level.depth() + 1));
      }
    }
    return new Extent(deepest, widest);
  }

  /** The levels of nesting in {@code expr}, a leaf being 1, without recursing. */
  public static int depth(Node expr) {
    return extent(expr).depth();
  }

  /** The JsonColumn method that reads a JSON value as this type: "asInt" for INTEGER, "asText" for TEXT. */
  public static String jsonReader(dev.grainline.SqlType type) {
    return NodeDescriber.jsonRead(type);
  }

  /** A compact, SQL-like rendering for messages: {@code sum(oi.quantity * oi.unit_price)}. */
  public static String describe(Node expr) {
    int depth = depth(expr);
    if (depth > MAX_DESCRIBED_DEPTH) {
      // A description is for a person; this one could not be read, and describing it would exhaust the stack.
      return "(an expression " + depth + " levels deep)";
    }
    return NodeDescriber.describe(expr);
  }
}
