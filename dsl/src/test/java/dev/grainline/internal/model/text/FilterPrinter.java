package dev.grainline.internal.model.text;

import dev.grainline.internal.model.RolePath;
import dev.grainline.internal.model.expr.ArithmeticOp;
import dev.grainline.internal.model.expr.ComparisonOp;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.And;
import dev.grainline.internal.model.expr.Node.Arithmetic;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.Between;
import dev.grainline.internal.model.expr.Node.Comparison;
import dev.grainline.internal.model.expr.Node.InList;
import dev.grainline.internal.model.expr.Node.IsNull;
import dev.grainline.internal.model.expr.Node.Like;
import dev.grainline.internal.model.expr.Node.Literal;
import dev.grainline.internal.model.expr.Node.MetricUse;
import dev.grainline.internal.model.expr.Node.Negate;
import dev.grainline.internal.model.expr.Node.Not;
import dev.grainline.internal.model.expr.Node.Or;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Prints filter trees as text the parser reads back into the same tree: fully parenthesized (every operator node in
 * parentheses) or with only the parentheses that precedence requires. Keywords are printed through {@code keyword}
 * (to vary their case) and not-equal as {@code <>} or {@code !=}. Test-only.
 */
final class FilterPrinter {
  enum Parentheses { FULL, MINIMAL }

  // Binding strength of each rule of the grammar; a node printed where a stronger one is needed gets parentheses.
  private static final int OR = 1;
  private static final int AND = 2;
  private static final int NOT = 3;
  private static final int PREDICATE = 4;
  private static final int ADDITIVE = 5;
  private static final int MULTIPLICATIVE = 6;
  private static final int UNARY = 7;
  private static final int PRIMARY = 8;

  private final Parentheses parentheses;
  private final UnaryOperator<String> keyword;
  private final String notEqual;

  FilterPrinter(Parentheses parentheses, UnaryOperator<String> keyword, String notEqual) {
    this.parentheses = parentheses;
    this.keyword = keyword;
    this.notEqual = notEqual;
  }

  static FilterPrinter minimal() {
    return new FilterPrinter(Parentheses.MINIMAL, UnaryOperator.identity(), "<>");
  }

  static FilterPrinter full() {
    return new FilterPrinter(Parentheses.FULL, UnaryOperator.identity(), "<>");
  }

  String print(Node expr) {
    return print(expr, OR);
  }

  private String print(Node expr, int needed) {
    int strength = strength(expr);
    String text = render(expr);
    boolean wrap = parentheses == Parentheses.FULL ? strength < PRIMARY : strength < needed;
    return wrap ? "(" + text + ")" : text;
  }

  private static int strength(Node expr) {
    return switch (expr) {
      case Or o -> OR;
      case And a -> AND;
      case Not n -> NOT;
      case Comparison c -> PREDICATE;
      case IsNull n -> PREDICATE;
      case InList i -> PREDICATE;
      case Between b -> PREDICATE;
      case Like l -> PREDICATE;
      case Arithmetic a -> a.steps().get(0).op().continues(ArithmeticOp.ADD) ? ADDITIVE : MULTIPLICATIVE;
      case Negate n -> UNARY;
      default -> PRIMARY;
    };
  }

  private String render(Node expr) {
    return switch (expr) {
      case Or o -> join(o.operands(), AND, " " + kw("OR") + " ");
      case And a -> join(a.operands(), NOT, " " + kw("AND") + " ");
      case Not n -> kw("NOT") + " " + print(n.operand(), NOT);
      case Comparison c -> print(c.left(), ADDITIVE) + " " + symbol(c.op()) + " " + print(c.right(), ADDITIVE);
      case IsNull n -> print(n.operand(), ADDITIVE) + " " + kw("IS") + (n.negated() ? " " + kw("NOT") : "") + " "
          + kw("NULL");
      case InList i -> print(i.operand(), ADDITIVE) + negation(i.negated()) + " " + kw("IN") + " ("
          + i.values().stream().map(v -> print(v, ADDITIVE)).collect(Collectors.joining(", ")) + ")";
      case Between b -> print(b.operand(), ADDITIVE) + negation(b.negated()) + " " + kw("BETWEEN") + " "
          + print(b.low(), ADDITIVE) + " " + kw("AND") + " " + print(b.high(), ADDITIVE);
      case Like l -> print(l.operand(), ADDITIVE) + negation(l.negated()) + " " + kw("LIKE") + " "
          + print(l.pattern(), ADDITIVE);
      case Arithmetic a -> {
        int own = strength(a);
        // Left-associative: the right operand needs parentheses at the same strength, a - (b - c).
        yield print(a.first(), own) + a.steps().stream()
            .map(step -> " " + step.op().symbol() + " " + print(step.operand(), own + 1))
            .collect(Collectors.joining());
      }
      case Negate n -> "-" + print(n.operand(), UNARY);
      case Literal l -> literal(l);
      case MetricUse m -> m.name();
      // A name without a dot is attribute "name" of entity "" (whose attributeName() would be ".name").
      case AttributeRef r -> (r.entity().isEmpty() ? r.attribute() : r.attributeName())
          + r.rolePath().map(FilterPrinter::roles).orElse("");
      default -> throw new IllegalArgumentException("the filter grammar has no " + expr);
    };
  }

  private String join(List<Node> operands, int needed, String separator) {
    return operands.stream().map(o -> print(o, needed)).collect(Collectors.joining(separator));
  }

  private String negation(boolean negated) {
    return negated ? " " + kw("NOT") : "";
  }

  private String symbol(ComparisonOp op) {
    return op == ComparisonOp.NE ? notEqual : op.symbol();
  }

  private String kw(String word) {
    return keyword.apply(word);
  }

  private static String roles(RolePath path) {
    return "[" + String.join("->", path.roles()) + "]";
  }

  private String literal(Literal literal) {
    Object value = literal.value();
    return switch (literal.type()) {
      case INTEGER, BIGINT -> value.toString();
      case DECIMAL -> ((BigDecimal) value).toPlainString();
      case DOUBLE -> {
        String text = Double.toString((Double) value);
        yield text.contains("E") ? text : text + "E0";
      }
      case TEXT -> "'" + ((String) value).replace("'", "''") + "'";
      case BOOLEAN -> kw(((Boolean) value) ? "TRUE" : "FALSE");
      case DATE -> kw("DATE") + " '" + value + "'";
      case TIMESTAMP -> kw("TIMESTAMP") + " '" + timestamp((LocalDateTime) value) + "'";
    };
  }

  /** yyyy-mm-dd hh:mm, with :ss and a fraction only when needed. */
  private static String timestamp(LocalDateTime t) {
    String text = LocalDate.from(t) + String.format(Locale.ROOT, " %02d:%02d", t.getHour(), t.getMinute());
    if (t.getSecond() != 0 || t.getNano() != 0) {
      text += String.format(Locale.ROOT, ":%02d", t.getSecond());
    }
    if (t.getNano() != 0) {
      text += "." + String.format(Locale.ROOT, "%09d", t.getNano()).replaceAll("0+$", "");
    }
    return text;
  }
}
