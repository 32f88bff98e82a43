package dev.grainline.internal.model.validation;

import dev.grainline.SqlType;
import dev.grainline.internal.model.AttributeDef;
import dev.grainline.internal.model.MetricDef;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.aggregate.AggFunction;
import dev.grainline.internal.model.aggregate.Typing;
import dev.grainline.internal.model.expr.ArithmeticOp;
import dev.grainline.internal.model.expr.Node;
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
import dev.grainline.internal.model.expr.Node.When;
import dev.grainline.internal.model.expr.Nodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Computes the type of an expression and reports what does not type-check: summing text, comparing a date with a
 * number, arithmetic on booleans. An expression with an error has no type, and its parents report nothing more, so
 * each mistake is reported once, at the innermost node that has it.
 */
public final class TypeChecker {
  /**
   * Where the types of references come from: an assembled model, or the metrics and attributes a model assembly has
   * typed so far.
   */
  public record Scope(Function<String, Optional<SqlType>> metricTypes,
      Function<AttributeRef, Optional<SqlType>> attributeTypes) {
    public Scope {
      java.util.Objects.requireNonNull(metricTypes, "metricTypes");
      java.util.Objects.requireNonNull(attributeTypes, "attributeTypes");
    }

    /** The types of an assembled model's metrics and attributes. */
    public static Scope of(Model model) {
      return new Scope(name -> model.metric(name).map(MetricDef::type),
          ref -> model.attribute(ref.attributeName()).map(AttributeDef::type));
    }

    public Optional<SqlType> metricType(String metricName) {
      return metricTypes.apply(metricName);
    }

    public Optional<SqlType> attributeType(AttributeRef ref) {
      return attributeTypes.apply(ref);
    }
  }

  /**
   * Receives one error per mistake: the node it is at, and the message with its arguments (the first of which is
   * always the node as the user wrote it).
   */
  public interface Errors {
    void report(Node node, Message message, Object... args);
  }

  private final Scope scope;
  private final Errors errors;

  public TypeChecker(Scope scope, Errors errors) {
    this.scope = scope;
    this.errors = errors;
  }

  /** The type of {@code expr}, or empty if it (or a part of it) does not type-check. */
  public Optional<SqlType> typeOf(Node expr) {
    return switch (expr) {
      case ColumnRef c -> {
        // Unreachable from the DSL (a JsonColumn is not an expression): a guard for hand-built models.
        if (c.storage() == ColumnRef.Storage.JSON) {
          report(c, Message.JSON_DOCUMENT);
          yield Optional.empty();
        }
        yield Optional.of(c.type());
      }
      // The document is not a value of its own: its column is not typed here, and so not refused.
      case Node.JsonValue j -> Optional.of(j.type());
      case Node.JsonHas j -> Optional.of(SqlType.BOOLEAN);
      case Literal l -> Optional.of(l.type());
      case Param p -> Optional.of(p.type());
      case Node.Parameter p -> Optional.of(p.type());
      case Node.Today t -> Optional.of(SqlType.DATE);
      case MetricUse m -> scope.metricType(m.name());
      case AttributeRef a -> scope.attributeType(a);
      case DeclRef d -> Optional.empty();
      case Arithmetic a -> arithmetic(a);
      case Negate n -> typeOf(n.operand()).flatMap(t -> require(n, t, SqlType::isNumeric, "negate", t));
      case Comparison c -> comparison(c, c.left(), List.of(c.right()), c.op().symbol());
      case InList in -> comparison(in, in.operand(), in.values(), in.negated() ? "NOT IN" : "IN");
      case Between b -> comparison(b, b.operand(), List.of(b.low(), b.high()), "BETWEEN");
      case Like l -> like(l);
      case And a -> booleans(a, a.operands(), "AND");
      case Or o -> booleans(o, o.operands(), "OR");
      case Not n -> booleans(n, List.of(n.operand()), "NOT");
      case IsNull n -> typeOf(n.operand()).map(t -> SqlType.BOOLEAN);
      case Case c -> caseType(c);
      case Cast c -> cast(c);
      case Coalesce c -> common(c, c.operands(), "coalesce");
      case Call c -> call(c);
      case Aggregate a -> aggregate(a, a.function(), a.args(), a.filter());
      // Typed like the aggregate it lowers to: its type does not depend on whose rows it reads.
      case Node.DslAggregate a -> aggregate(a, a.function(), a.args(), a.filter());
      // A derived attribute has its aggregate's type, one value per row of its dimension.
      case Node.EntityAggregate e -> typeOf(e.aggregate());
      case Node.DslEntityAggregate e -> typeOf(e.aggregate());
      case Node.Windowed w -> typeOf(w.metric());
      case Node.AtTimeZone z -> typeOf(z.timestamp()).flatMap(type -> require(z, type, t -> t == SqlType.TIMESTAMP,
          "convert to a time zone", type));
      case Node.TimeTrunc t -> typeOf(t.operand()).flatMap(type -> require(t, type, SqlType::isTemporal,
          "truncate to " + t.grain().plural(), type)).map(type -> SqlType.DATE);
      // An INTEGER whatever the anchor: it is usually an attribute of an entity not built yet when the row is typed,
      // and CohortOffsetRule checks it, once every attribute is, to be a time attribute of the period's grain.
      case Node.PeriodsSince p -> typeOf(p.period()).flatMap(type -> require(p, type, SqlType::isTemporal,
          "count " + p.grain().plural() + " since", type)).map(type -> SqlType.INTEGER);
      case Node.AddPeriods a -> typeOf(a.date()).flatMap(type -> require(a, type, SqlType::isTemporal,
          "add " + a.unit().plural() + " to", type)).map(type -> SqlType.DATE);
    };
  }

  private Optional<SqlType> require(
      Node node, SqlType type, java.util.function.Predicate<SqlType> ok, String what, SqlType shown) {
    if (ok.test(type)) {
      return Optional.of(type);
    }
    report(node, Message.TYPE_OPERATION, what, shown.display());
    return Optional.empty();
  }

  /** The type of a chain, step by step as it is evaluated; each operand is checked, so each mistake is reported. */
  private Optional<SqlType> arithmetic(Arithmetic a) {
    Optional<SqlType> first = typeOf(a.first());
    List<Optional<SqlType>> operands = new ArrayList<>(a.steps().size());
    for (Arithmetic.Step step : a.steps()) {
      operands.add(typeOf(step.operand()));
    }
    if (first.isEmpty() || operands.stream().anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    SqlType left = first.get();
    for (int i = 0; i < operands.size(); i++) {
      ArithmeticOp op = a.steps().get(i).op();
      SqlType right = operands.get(i).get();
      if (!left.isNumeric() || !right.isNumeric()) {
        report(a, Message.TYPE_ARITHMETIC, left.display(), op.symbol(), right.display());
        return Optional.empty();
      }
      left = op == ArithmeticOp.DIVIDE ? SqlType.DOUBLE : SqlType.widerNumeric(left, right);
    }
    return Optional.of(left);
  }

  private Optional<SqlType> comparison(Node node, Node operand, List<Node> others, String operator) {
    Optional<SqlType> left = typeOf(operand);
    List<Optional<SqlType>> rights = others.stream().map(this::typeOf).toList();
    if (left.isEmpty() || rights.stream().anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    for (Optional<SqlType> right : rights) {
      if (!left.get().isComparableWith(right.get())) {
        report(node, Message.TYPE_COMPARISON, left.get().display(), right.get().display(), operator);
        return Optional.empty();
      }
      if (!operator.equals("=") && !operator.equals("<>") && !operator.contains("IN") && !left.get().isOrdered()) {
        report(node, Message.TYPE_UNORDERED, left.get().display(), operator);
        return Optional.empty();
      }
    }
    return Optional.of(SqlType.BOOLEAN);
  }

  private Optional<SqlType> like(Like l) {
    Optional<SqlType> operand = typeOf(l.operand());
    Optional<SqlType> pattern = typeOf(l.pattern());
    if (operand.isEmpty() || pattern.isEmpty()) {
      return Optional.empty();
    }
    if (operand.get() != SqlType.TEXT || pattern.get() != SqlType.TEXT) {
      report(l, Message.TYPE_LIKE, operand.get().display());
      return Optional.empty();
    }
    return Optional.of(SqlType.BOOLEAN);
  }

  private Optional<SqlType> booleans(Node node, List<Node> operands, String operator) {
    boolean ok = true;
    for (Node operand : operands) {
      Optional<SqlType> type = typeOf(operand);
      if (type.isEmpty()) {
        ok = false;
      } else if (type.get() != SqlType.BOOLEAN) {
        report(operand, Message.TYPE_NOT_CONDITION, operator, type.get().display());
        ok = false;
      }
    }
    return ok ? Optional.of(SqlType.BOOLEAN) : Optional.empty();
  }

  private Optional<SqlType> caseType(Case c) {
    boolean ok = true;
    List<Node> results = new ArrayList<>();
    for (When when : c.branches()) {
      Optional<SqlType> condition = typeOf(when.condition());
      if (condition.isPresent() && condition.get() != SqlType.BOOLEAN) {
        report(when.condition(), Message.TYPE_CASE_CONDITION, condition.get().display());
        ok = false;
      }
      ok &= condition.isPresent();
      results.add(when.result());
    }
    c.otherwise().ifPresent(results::add);
    Optional<SqlType> common = common(c, results, "the branches of CASE");
    return ok ? common : Optional.empty();
  }

  private Optional<SqlType> common(Node node, List<Node> operands, String what) {
    List<Optional<SqlType>> types = operands.stream().map(this::typeOf).toList();
    if (types.stream().anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    SqlType result = types.get(0).get();
    for (Optional<SqlType> type : types) {
      Optional<SqlType> joined = SqlType.common(result, type.get());
      if (joined.isEmpty()) {
        report(node, Message.TYPE_MIXED, what, result.display(), type.get().display());
        return Optional.empty();
      }
      result = joined.get();
    }
    return Optional.of(result);
  }

  private Optional<SqlType> cast(Cast c) {
    Optional<SqlType> from = typeOf(c.operand());
    if (from.isEmpty()) {
      return Optional.empty();
    }
    SqlType source = from.get();
    SqlType target = c.type();
    boolean allowed = source == target
        || (source.isNumeric() && target.isNumeric())
        || source == SqlType.TEXT
        || target == SqlType.TEXT
        || (source.isTemporal() && target.isTemporal())
        || (source == SqlType.BOOLEAN && target.isIntegral());
    if (!allowed) {
      report(c, Message.TYPE_CAST, source.display(), target.display());
      return Optional.empty();
    }
    return Optional.of(target);
  }

  private Optional<SqlType> call(Call c) {
    List<Optional<SqlType>> args = c.args().stream().map(this::typeOf).toList();
    if (args.stream().anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    if (args.size() != c.function().arity() || args.stream().anyMatch(t -> !t.get().isNumeric())) {
      report(c, Message.TYPE_FUNCTION, c.function().name().toLowerCase(java.util.Locale.ROOT), c.function().arity());
      return Optional.empty();
    }
    return Optional.of(switch (c.function()) {
      case SQRT -> SqlType.DOUBLE;
    });
  }

  private Optional<SqlType> aggregate(Node aggregate, AggFunction function, List<Node> arguments, Optional<Node> rows) {
    List<Optional<SqlType>> args = arguments.stream().map(this::typeOf).toList();
    Optional<SqlType> filter = rows.flatMap(this::typeOf);
    if (rows.isPresent()) {
      if (filter.isEmpty()) {
        return Optional.empty();
      }
      if (filter.get() != SqlType.BOOLEAN) {
        report(rows.get(), Message.TYPE_AGGREGATE_FILTER, filter.get().display());
        return Optional.empty();
      }
    }
    if (args.stream().anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    return switch (function.type(args.stream().map(Optional::get).toList())) {
      case Typing.Typed typed -> Optional.of(typed.type());
      case Typing.Mistyped mistyped -> {
        report(aggregate, mistyped.message(), function.dslName(), mistyped.argument().display());
        yield Optional.empty();
      }
    };
  }

  private void report(Node node, Message message, Object... details) {
    Object[] args = new Object[details.length + 1];
    args[0] = Nodes.describe(node);
    System.arraycopy(details, 0, args, 1, details.length);
    errors.report(node, message, args);
  }
}
