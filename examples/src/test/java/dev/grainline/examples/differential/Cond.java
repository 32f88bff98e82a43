package dev.grainline.examples.differential;

import dev.grainline.runtime.DimensionRef;
import dev.grainline.runtime.Filter;
import dev.grainline.runtime.MetricRef;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A filter of a differential query, in a tree of its own: the oracle evaluates it with SQL's three-valued logic, and
 * it renders both as a typed {@link Filter} and as the text the text API parses, so the same condition goes through
 * both front ends.
 */
public sealed interface Cond {
  /** What a predicate tests: a dimension (where, and having on requested dimensions) or a metric (having). */
  sealed interface Operand {
    String name();

    Class<?> javaType();
  }

  record DimOperand(Dim dim) implements Operand {
    @Override
    public String name() {
      return dim.name();
    }

    @Override
    public Class<?> javaType() {
      return dim.javaType();
    }
  }

  record MetricOperand(StoreMetric metric) implements Operand {
    @Override
    public String name() {
      return metric.metricName();
    }

    @Override
    public Class<?> javaType() {
      return metric.javaType();
    }
  }

  enum Op {
    EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

    final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }
  }

  record Compare(Operand operand, Op op, Object value) implements Cond {
    public Compare {
      Objects.requireNonNull(value, "value");
    }
  }

  record In(Operand operand, List<Object> values, boolean negated) implements Cond {
    public In {
      values = List.copyOf(values);
    }
  }

  record Between(Operand operand, Object low, Object high, boolean negated) implements Cond {}

  record IsNull(Operand operand, boolean negated) implements Cond {}

  record Like(Operand operand, String pattern, boolean negated) implements Cond {}

  record And(List<Cond> operands) implements Cond {
    public And {
      operands = List.copyOf(operands);
    }
  }

  record Or(List<Cond> operands) implements Cond {
    public Or {
      operands = List.copyOf(operands);
    }
  }

  record Not(Cond operand) implements Cond {}

  /**
   * A comparison of two value expressions: arithmetic over attributes or metrics, or one attribute with another.
   * Only the text grammar has these; the typed API compares a reference with a constant.
   */
  record CompareTerms(Term left, Op op, Term right) implements Cond {}

  /** A value expression of the text grammar. */
  sealed interface Term {
    record Ref(Operand operand) implements Term {}

    record Lit(Object value) implements Term {}

    /** {@code op} is one of + - * /; division is real-valued and NULL for a zero divisor. */
    record Arith(char op, Term left, Term right) implements Term {}

    record Neg(Term operand) implements Term {}

    default String toText() {
      return switch (this) {
        case Ref r -> r.operand().name();
        case Lit l -> literal(l.value());
        case Arith a -> "(" + a.left().toText() + " " + a.op() + " " + a.right().toText() + ")";
        case Neg n -> "-(" + n.operand().toText() + ")";
      };
    }

    default void operands(java.util.function.Consumer<Operand> into) {
      switch (this) {
        case Ref r -> into.accept(r.operand());
        case Lit l -> {}
        case Arith a -> {
          a.left().operands(into);
          a.right().operands(into);
        }
        case Neg n -> n.operand().operands(into);
      }
    }
  }

  /** Whether only the text API can say this condition. */
  default boolean textOnly() {
    return switch (this) {
      case CompareTerms c -> true;
      case And a -> a.operands().stream().anyMatch(Cond::textOnly);
      case Or o -> o.operands().stream().anyMatch(Cond::textOnly);
      case Not n -> n.operand().textOnly();
      default -> false;
    };
  }

  /** Every operand the condition reads, in order. */
  default void operands(java.util.function.Consumer<Operand> into) {
    switch (this) {
      case Compare c -> into.accept(c.operand());
      case In in -> into.accept(in.operand());
      case Between b -> into.accept(b.operand());
      case IsNull n -> into.accept(n.operand());
      case Like l -> into.accept(l.operand());
      case CompareTerms c -> {
        c.left().operands(into);
        c.right().operands(into);
      }
      case And a -> a.operands().forEach(o -> o.operands(into));
      case Or o -> o.operands().forEach(x -> x.operands(into));
      case Not n -> n.operand().operands(into);
    }
  }

  // --- building ------------------------------------------------------------------------------------------------

  static Operand dim(Dim dim) {
    return new DimOperand(dim);
  }

  static Operand metric(StoreMetric metric) {
    return new MetricOperand(metric);
  }

  static Cond cmp(Dim dim, Op op, Object value) {
    return new Compare(dim(dim), op, value);
  }

  static Cond cmp(StoreMetric metric, Op op, Object value) {
    return new Compare(metric(metric), op, value);
  }

  static Cond in(Dim dim, Object... values) {
    return new In(dim(dim), List.of(values), false);
  }

  static Cond notIn(Dim dim, Object... values) {
    return new In(dim(dim), List.of(values), true);
  }

  static Cond and(Cond... operands) {
    return new And(List.of(operands));
  }

  static Cond or(Cond... operands) {
    return new Or(List.of(operands));
  }

  static Cond not(Cond operand) {
    return new Not(operand);
  }

  // --- the typed API -------------------------------------------------------------------------------------------

  /** The same condition built with the typed API's vocabulary. */
  default Filter toFilter() {
    return switch (this) {
      case Compare c -> {
        Object v = typed(c.operand(), c.value());
        yield switch (c.operand()) {
          case DimOperand d -> switch (c.op()) {
            case EQ -> d.dim().ref().eq(v);
            case NE -> d.dim().ref().ne(v);
            case LT -> d.dim().ref().lt(v);
            case LE -> d.dim().ref().le(v);
            case GT -> d.dim().ref().gt(v);
            case GE -> d.dim().ref().ge(v);
          };
          case MetricOperand m -> switch (c.op()) {
            case EQ -> ref(m).eq(v);
            case NE -> ref(m).ne(v);
            case LT -> ref(m).lt(v);
            case LE -> ref(m).le(v);
            case GT -> ref(m).gt(v);
            case GE -> ref(m).ge(v);
          };
        };
      }
      case In in -> {
        Object[] values = in.values().stream().map(v -> typed(in.operand(), v)).toArray();
        yield switch (in.operand()) {
          case DimOperand d -> in.negated() ? d.dim().ref().notIn(values) : d.dim().ref().in(values);
          case MetricOperand m -> in.negated() ? ref(m).notIn(values) : ref(m).in(values);
        };
      }
      case Between b -> {
        Object low = typed(b.operand(), b.low());
        Object high = typed(b.operand(), b.high());
        // The typed API has no notBetween: NOT over BETWEEN, where the text says NOT BETWEEN.
        Filter between = switch (b.operand()) {
          case DimOperand d -> d.dim().ref().between(low, high);
          case MetricOperand m -> ref(m).between(low, high);
        };
        yield b.negated() ? between.not() : between;
      }
      case IsNull n -> switch (n.operand()) {
        case DimOperand d -> n.negated() ? d.dim().ref().isNotNull() : d.dim().ref().isNull();
        case MetricOperand m -> n.negated() ? ref(m).isNotNull() : ref(m).isNull();
      };
      case Like l -> {
        if (!(l.operand() instanceof DimOperand d)) {
          throw new IllegalArgumentException("LIKE on a metric: " + l);
        }
        DimensionRef<Object> ref = d.dim().ref();
        yield l.negated() ? ref.like(l.pattern()).not() : ref.like(l.pattern());
      }
      case CompareTerms c -> throw new UnsupportedOperationException(
          "the typed API compares a reference with a constant, not " + c.left().toText() + " with "
              + c.right().toText());
      case And a -> a.operands().stream().map(Cond::toFilter).reduce(Filter::and).orElseThrow();
      case Or o -> o.operands().stream().map(Cond::toFilter).reduce(Filter::or).orElseThrow();
      case Not n -> n.operand().toFilter().not();
    };
  }

  @SuppressWarnings("unchecked")
  private static MetricRef<Object> ref(MetricOperand m) {
    return MetricRef.of(m.metric().metricName(), (Class<Object>) m.metric().javaType());
  }

  /**
   * An integer as the operand's integer type (a Long metric compares with a long), so that the typed API makes a
   * literal of the operand's SQL type; other values (a decimal against an integer, a DATE against a timestamp) as
   * they are.
   */
  private static Object typed(Operand operand, Object value) {
    Class<?> type = operand.javaType();
    boolean integral = value instanceof Integer || value instanceof Long;
    if (type == Long.class && integral) {
      return ((Number) value).longValue();
    }
    if (type == Integer.class && integral) {
      return ((Number) value).intValue();
    }
    if (type == Double.class && integral) {
      return ((Number) value).doubleValue();
    }
    return value;
  }

  // --- text ----------------------------------------------------------------------------------------------------

  /** The condition as filter text. Every compound is parenthesized; {@code style} varies the spellings. */
  default String toText() {
    return toText(this, false);
  }

  /** Text with the alternative spellings: {@code !=}, lower-case keywords, NOT IN written as NOT (... IN ...). */
  default String toTextAlternative() {
    return toText(this, true);
  }

  private static String toText(Cond cond, boolean alt) {
    return switch (cond) {
      case Compare c -> c.operand().name() + " " + (alt && c.op() == Op.NE ? "!=" : c.op().symbol) + " "
          + literal(c.value());
      case In in -> {
        String list = in.values().stream().map(Cond::literal).collect(Collectors.joining(", ", "(", ")"));
        if (in.negated() && alt) {
          yield "not (" + in.operand().name() + " in " + list + ")";
        }
        yield in.operand().name() + (in.negated() ? (alt ? " not in " : " NOT IN ") : (alt ? " in " : " IN "))
            + list;
      }
      case Between b -> {
        String between = b.operand().name() + (alt ? " between " : " BETWEEN ") + literal(b.low())
            + (alt ? " and " : " AND ") + literal(b.high());
        if (!b.negated()) {
          yield between;
        }
        yield alt ? "NOT (" + between + ")" : b.operand().name() + " NOT BETWEEN " + literal(b.low()) + " AND "
            + literal(b.high());
      }
      case IsNull n -> n.operand().name() + (n.negated() ? " IS NOT NULL" : " IS NULL");
      case Like l -> l.operand().name() + (l.negated() ? " NOT LIKE " : " LIKE ") + literal(l.pattern());
      case CompareTerms c -> c.left().toText() + " " + (alt && c.op() == Op.NE ? "!=" : c.op().symbol) + " "
          + c.right().toText();
      case And a -> a.operands().stream().map(o -> toText(o, alt))
          .collect(Collectors.joining(alt ? " and " : " AND ", "(", ")"));
      case Or o -> o.operands().stream().map(x -> toText(x, alt))
          .collect(Collectors.joining(alt ? " or " : " OR ", "(", ")"));
      case Not n -> (alt ? "not " : "NOT ") + "(" + toText(n.operand(), alt) + ")";
    };
  }

  DateTimeFormatter TIMESTAMP_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** A literal of the filter grammar: quoted text, TIMESTAMP '...', a decimal for a double. */
  static String literal(Object value) {
    return switch (value) {
      case String s -> "'" + s.replace("'", "''") + "'";
      case LocalDateTime t -> "TIMESTAMP '" + t.format(TIMESTAMP_TEXT) + "'";
      case java.time.LocalDate d -> "DATE '" + d + "'";
      case Double d -> new BigDecimal(Double.toString(d)).toPlainString();
      case Integer i -> i.toString();
      case Long l -> l.toString();
      default -> throw new IllegalArgumentException("no literal for " + value.getClass().getName());
    };
  }

  /** How the condition reads in a failure message. */
  default String describe() {
    return toText();
  }
}
