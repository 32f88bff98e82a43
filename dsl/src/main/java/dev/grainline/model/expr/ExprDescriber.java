package dev.grainline.model.expr;

import dev.grainline.model.expr.Expr.Aggregate;
import dev.grainline.model.expr.Expr.And;
import dev.grainline.model.expr.Expr.Arithmetic;
import dev.grainline.model.expr.Expr.AttributeRef;
import dev.grainline.model.expr.Expr.Between;
import dev.grainline.model.expr.Expr.Case;
import dev.grainline.model.expr.Expr.Call;
import dev.grainline.model.expr.Expr.Cast;
import dev.grainline.model.expr.Expr.Coalesce;
import dev.grainline.model.expr.Expr.ColumnRef;
import dev.grainline.model.expr.Expr.Comparison;
import dev.grainline.model.expr.Expr.DeclRef;
import dev.grainline.model.expr.Expr.InList;
import dev.grainline.model.expr.Expr.IsNull;
import dev.grainline.model.expr.Expr.Like;
import dev.grainline.model.expr.Expr.Literal;
import dev.grainline.model.expr.Expr.MetricRef;
import dev.grainline.model.expr.Expr.Negate;
import dev.grainline.model.expr.Expr.Not;
import dev.grainline.model.expr.Expr.Or;
import dev.grainline.model.expr.Expr.Param;
import java.util.List;
import java.util.stream.Collectors;

/** Renders expressions for messages and plans, in the DSL's vocabulary; never used to build SQL. */
final class ExprDescriber {
  private ExprDescriber() {}

  static String describe(Expr expr) {
    return switch (expr) {
      case ColumnRef c -> c.table().alias() + "." + c.column();
      case Literal l -> l.value() instanceof String s ? "'" + s.replace("'", "''") + "'" : String.valueOf(l.value());
      case Param p -> "?" + p.slot();
      case MetricRef m -> m.name();
      case AttributeRef a -> a.toString();
      case DeclRef d -> String.valueOf(d.declaration());
      case Arithmetic a -> "(" + describe(a.left()) + " " + a.op().symbol() + " " + describe(a.right()) + ")";
      case Negate n -> "-" + describe(n.operand());
      case Comparison c -> describe(c.left()) + " " + c.op().symbol() + " " + describe(c.right());
      case And a -> join(a.operands(), " AND ");
      case Or o -> join(o.operands(), " OR ");
      case Not n -> "NOT (" + describe(n.operand()) + ")";
      case IsNull n -> describe(n.operand()) + (n.negated() ? " IS NOT NULL" : " IS NULL");
      case InList in -> describe(in.operand()) + (in.negated() ? " NOT IN " : " IN ")
          + in.values().stream().map(ExprDescriber::describe).collect(Collectors.joining(", ", "(", ")"));
      case Between b -> describe(b.operand()) + (b.negated() ? " NOT BETWEEN " : " BETWEEN ") + describe(b.low())
          + " AND " + describe(b.high());
      case Like l -> describe(l.operand()) + (l.negated() ? " NOT LIKE " : " LIKE ") + describe(l.pattern());
      case Case c -> "CASE" + c.branches().stream()
          .map(w -> " WHEN " + describe(w.condition()) + " THEN " + describe(w.result()))
          .collect(Collectors.joining())
          + c.otherwise().map(o -> " ELSE " + describe(o)).orElse("") + " END";
      case Cast c -> "cast(" + describe(c.operand()) + " as " + c.type().display() + ")";
      case Call c -> c.function().name().toLowerCase(java.util.Locale.ROOT) + c.args().stream()
          .map(ExprDescriber::describe).collect(Collectors.joining(", ", "(", ")"));
      case Coalesce c -> "coalesce" + c.operands().stream().map(ExprDescriber::describe)
          .collect(Collectors.joining(", ", "(", ")"));
      case Aggregate a -> a.function().dslName()
          + a.args().stream().map(ExprDescriber::describe).collect(Collectors.joining(", ", "(", ")"))
          + a.filter().map(f -> ".filter(" + describe(f) + ")").orElse("");
      case Expr.Window w -> window(w);
      case Expr.AtTimeZone z -> describe(z.timestamp()) + " in time zone " + describe(z.zone());
      case Expr.TimeTrunc t -> describe(t.operand()) + ".truncatedTo(" + t.grain() + ")";
      case Expr.AddPeriods a -> describe(a.date()) + (a.count() < 0 ? " - " : " + ") + Math.abs(a.count()) + " "
          + a.unit().plural();
    };
  }

  /** In the DSL's words: lag(v3.total_revenue, 2).over(v3.date.week). */
  private static String window(Expr.Window w) {
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

  private static String shifted(String window, Expr.Window w) {
    return w.shift() == 0 ? window : (w.shift() > 0 ? "lag(" : "lead(") + window + ", " + Math.abs(w.shift()) + ")";
  }

  private static String join(List<Expr> operands, String separator) {
    return operands.stream().map(e -> "(" + describe(e) + ")").collect(Collectors.joining(separator));
  }
}
