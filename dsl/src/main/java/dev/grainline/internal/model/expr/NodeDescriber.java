package dev.grainline.internal.model.expr;

import dev.grainline.internal.model.aggregate.AggFunction;
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
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Renders expressions for messages and plans, in the DSL's vocabulary; never used to build SQL. */
final class NodeDescriber {
  private NodeDescriber() {}

  static String describe(Node expr) {
    return switch (expr) {
      case ColumnRef c -> c.table().alias() + "." + c.column();
      case Literal l -> l.value() instanceof String s ? "'" + s.replace("'", "''") + "'" : String.valueOf(l.value());
      case Param p -> "?" + p.slot();
      case Node.Parameter p -> "param(\"" + p.name() + "\")";
      case Node.Today t -> "today()";
      case MetricUse m -> m.name();
      case AttributeRef a -> a.toString();
      case DeclRef d -> String.valueOf(d.declaration());
      case Arithmetic a -> "(" + describe(a.first()) + a.steps().stream()
          .map(step -> " " + step.op().symbol() + " " + describe(step.operand())).collect(Collectors.joining())
          + ")";
      case Negate n -> "-" + describe(n.operand());
      case Comparison c -> describe(c.left()) + " " + c.op().symbol() + " " + describe(c.right());
      case And a -> join(a.operands(), " AND ");
      case Or o -> join(o.operands(), " OR ");
      case Not n -> "NOT (" + describe(n.operand()) + ")";
      case IsNull n -> describe(n.operand()) + (n.negated() ? " IS NOT NULL" : " IS NULL");
      case InList in -> describe(in.operand()) + (in.negated() ? " NOT IN " : " IN ")
          + in.values().stream().map(NodeDescriber::describe).collect(Collectors.joining(", ", "(", ")"));
      case Between b -> describe(b.operand()) + (b.negated() ? " NOT BETWEEN " : " BETWEEN ") + describe(b.low())
          + " AND " + describe(b.high());
      case Like l -> describe(l.operand()) + (l.negated() ? " NOT LIKE " : " LIKE ") + describe(l.pattern());
      case Case c -> "CASE" + c.branches().stream()
          .map(w -> " WHEN " + describe(w.condition()) + " THEN " + describe(w.result()))
          .collect(Collectors.joining())
          + c.otherwise().map(o -> " ELSE " + describe(o)).orElse("") + " END";
      case Cast c -> "cast(" + describe(c.operand()) + " as " + c.type().display() + ")";
      case Call c -> c.function().name().toLowerCase(java.util.Locale.ROOT) + c.args().stream()
          .map(NodeDescriber::describe).collect(Collectors.joining(", ", "(", ")"));
      case Coalesce c -> "coalesce" + c.operands().stream().map(NodeDescriber::describe)
          .collect(Collectors.joining(", ", "(", ")"));
      case Aggregate a -> aggregate(a.function(), a.args(), a.filter());
      case Node.DslAggregate a -> aggregate(a.function(), a.args(), a.filter());
      case Node.EntityAggregate e -> perEntity(e.aggregate(), e.via());
      case Node.DslEntityAggregate e -> perEntity(e.aggregate(), e.via());
      case Node.Windowed w -> window(w);
      case Node.AtTimeZone z -> describe(z.timestamp()) + " in time zone " + describe(z.zone());
      case Node.TimeTrunc t -> describe(t.operand()) + ".truncatedTo(" + t.grain() + ")";
      case Node.PeriodsSince p -> describe(p.period()) + ".periodsSince(" + describe(p.anchor()) + ")";
      case Node.AddPeriods a -> describe(a.date()) + (a.count() < 0 ? " - " : " + ") + Math.abs(a.count()) + " "
          + a.unit().plural();
      case Node.JsonValue j -> describe(j.document()) + path(j.path()) + "." + jsonRead(j.type()) + "()";
      case Node.JsonHas j -> describe(j.document()) + ".has" + keys(j.path());
    };
  }

  /** {@code .path("context", "campaign")}. */
  private static String path(List<String> keys) {
    return ".path" + keys(keys);
  }

  private static String keys(List<String> keys) {
    return keys.stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(", ", "(", ")"));
  }

  /** The JsonColumn method that reads a value of this type: asInt, asText. */
  static String jsonRead(dev.grainline.SqlType type) {
    return switch (type) {
      case INTEGER -> "asInt";
      case BIGINT -> "asLong";
      case DOUBLE -> "asDouble";
      case DECIMAL -> "asDecimal";
      case TEXT -> "asText";
      case BOOLEAN -> "asBoolean";
      case DATE, TIMESTAMP -> throw new IllegalArgumentException("JSON has no " + type.display() + " values");
    };
  }

  /** In the DSL's words: perEntity(min(o.ordered_at)).via("buyer"). */
  private static String perEntity(Node aggregate, Optional<dev.grainline.internal.model.RolePath> via) {
    return "perEntity(" + describe(aggregate) + ")" + via.map(v -> v.roles().stream()
        .map(role -> "\"" + role + "\"").collect(Collectors.joining(", ", ".via(", ")"))).orElse("");
  }

  /** In the DSL's words, whether or not the assembler has decided whose rows it reads: sum(oi.quantity). */
  private static String aggregate(AggFunction function, List<Node> args, Optional<Node> filter) {
    return function.describeCall(args.stream().map(NodeDescriber::describe).toList())
        + filter.map(f -> ".filter(" + describe(f) + ")").orElse("");
  }

  /** In the DSL's words: lag(v3.total_revenue, 2).over(v3.date.week). */
  private static String window(Node.Windowed w) {
    String metric = describe(w.metric());
    String over = ".over(" + describe(w.axis()) + ")";
    return switch (w.frame()) {
      case WindowFrame.Current c when w.shift() == 0 -> "(" + metric + ")" + over;
      case WindowFrame.Current c -> (w.shift() > 0 ? "lag(" : "lead(") + metric
          + (Math.abs(w.shift()) == 1 ? "" : ", " + Math.abs(w.shift())) + ")" + over;
      case WindowFrame.Trailing t -> shifted("trailing(" + metric + ", " + t.count() + ", "
          + t.unit().plural().toUpperCase(java.util.Locale.ROOT) + ")" + over, w);
      case WindowFrame.Cumulative c -> shifted("cumulative(" + metric + ")" + over, w);
      case WindowFrame.ToDate d -> shifted("toDate(" + metric + ", " + d.grain() + ")" + over, w);
    };
  }

  private static String shifted(String window, Node.Windowed w) {
    return w.shift() == 0 ? window : (w.shift() > 0 ? "lag(" : "lead(") + window + ", " + Math.abs(w.shift()) + ")";
  }

  private static String join(List<Node> operands, String separator) {
    return operands.stream().map(e -> "(" + describe(e) + ")").collect(Collectors.joining(separator));
  }
}
