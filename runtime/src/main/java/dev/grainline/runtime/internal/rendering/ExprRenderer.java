package dev.grainline.runtime.internal.rendering;

import dev.grainline.SqlType;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.expr.ArithmeticOp;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.And;
import dev.grainline.internal.model.expr.Node.Arithmetic;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.Between;
import dev.grainline.internal.model.expr.Node.Call;
import dev.grainline.internal.model.expr.Node.Case;
import dev.grainline.internal.model.expr.Node.Cast;
import dev.grainline.internal.model.expr.Node.Coalesce;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Node.Comparison;
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
import dev.grainline.internal.model.validation.ValueRules;
import dev.grainline.runtime.Dialect;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.CaseConditionStep;
import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Renders model expressions as jOOQ query parts. Constants of definitions are inlined (they are part of the
 * model); values of queries are {@link Param}s and become bind values, named by their slot so that the renderer can
 * tell where each one lands. {@code today()} is the engine's current date in the query's time zone: the zone's
 * bind value, or UTC.
 */
final class ExprRenderer {
  private static final String DEFAULT_TIME_ZONE = "UTC";

  private final Dialect dialect;
  private final Map<String, String> schemaMapping;
  private final Optional<Node> timeZone;

  ExprRenderer(Dialect dialect, Map<String, String> schemaMapping) {
    this(dialect, schemaMapping, Optional.empty());
  }

  private ExprRenderer(Dialect dialect, Map<String, String> schemaMapping, Optional<Node> timeZone) {
    this.dialect = dialect;
    this.schemaMapping = schemaMapping;
    this.timeZone = timeZone;
  }

  /** This renderer for a query in {@code zone} (a text value of the query), or in UTC. */
  ExprRenderer inTimeZone(Optional<Node> zone) {
    return new ExprRenderer(dialect, schemaMapping, zone);
  }

  /**
   * The name a table is read from, after schema mapping. A mapped schema with a dot names a catalog too
   * ({@code memory.store}, for Trino): each part is quoted on its own.
   */
  org.jooq.Table<?> table(TableRef table) {
    String schema = schemaMapping.getOrDefault(table.schema(), table.schema());
    List<String> parts = new java.util.ArrayList<>();
    if (!schema.isEmpty()) {
      parts.addAll(List.of(schema.split("\\.", -1)));
    }
    parts.add(table.name());
    return DSL.table(DSL.name(parts.toArray(String[]::new))).as(DSL.name(table.alias()));
  }

  Dialect dialect() {
    return dialect;
  }

  static String paramName(int slot) {
    return "p" + slot;
  }

  @SuppressWarnings("unchecked")
  private static Field<Object> object(Field<?> field) {
    return (Field<Object>) field;
  }

  Condition condition(Node expr) {
    return switch (expr) {
      case Comparison c -> {
        Field<Object> left = object(field(c.left()));
        Field<Object> right = object(field(c.right()));
        yield switch (c.op()) {
          case EQ -> left.eq(right);
          case NE -> left.ne(right);
          case LT -> left.lt(right);
          case LE -> left.le(right);
          case GT -> left.gt(right);
          case GE -> left.ge(right);
        };
      }
      case And a -> DSL.and(a.operands().stream().map(this::condition).toList());
      case Or o -> DSL.or(o.operands().stream().map(this::condition).toList());
      case Not n -> DSL.not(condition(n.operand()));
      case IsNull n -> n.negated() ? field(n.operand()).isNotNull() : field(n.operand()).isNull();
      case InList in -> {
        Field<Object> operand = object(field(in.operand()));
        List<Field<Object>> values = in.values().stream().map(v -> object(field(v))).toList();
        yield in.negated() ? operand.notIn(values) : operand.in(values);
      }
      case Between b -> {
        Field<Object> operand = object(field(b.operand()));
        Field<Object> low = object(field(b.low()));
        Field<Object> high = object(field(b.high()));
        yield b.negated() ? operand.notBetween(low, high) : operand.between(low, high);
      }
      case Like l -> {
        // Both sides are text (the type checker made sure); no cast, so an index on the column stays usable.
        @SuppressWarnings("unchecked")
        Field<String> operand = (Field<String>) field(l.operand());
        // A constant pattern of a definition as every engine reads it (a query's patterns are bound canonical by
        // the Parameterizer): Trino rejects a backslash before a character other than %, _ or a backslash.
        Node patternNode = l.pattern() instanceof Literal(String text, SqlType type)
            ? new Literal(ValueRules.canonicalLikePattern(text), type) : l.pattern();
        @SuppressWarnings("unchecked")
        Field<String> pattern = (Field<String>) field(patternNode);
        // The escape character is explicit: PostgreSQL defaults to backslash, DuckDB to none.
        yield l.negated() ? operand.notLike(pattern, '\\') : operand.like(pattern, '\\');
      }
      case Node.JsonHas h -> JsonAccess.has(dialect, document(h.document()), h.path());
      default -> DSL.condition(object(field(expr)).cast(Boolean.class));
    };
  }

  /** A column's values as the model's type: an instant column as its UTC wall-clock time. */
  private Field<?> column(ColumnRef c) {
    return switch (c.storage()) {
      case PLAIN -> stored(c);
      case INSTANT -> Instants.utc(dialect, stored(c));
      // The document as it is: what a shared scan projects for its readers' typed paths. The type checker refuses
      // a bare document anywhere else.
      case JSON -> stored(c);
    };
  }

  /**
   * A JSON document as typed paths read it: the table's column, or a shared scan's column that holds it as it is
   * (derived, so never converted on the way).
   */
  private static Field<?> document(ColumnRef c) {
    return stored(c);
  }

  /** The column as the database holds it. */
  private static Field<?> stored(ColumnRef c) {
    DataType<?> type = switch (c.storage()) {
      case PLAIN -> DataTypes.of(c.type());
      case INSTANT -> SQLDataType.OFFSETDATETIME;
      case JSON -> SQLDataType.JSON;
    };
    return DSL.field(DSL.name(c.table().alias(), c.column()), type);
  }

  Field<?> field(Node expr) {
    return switch (expr) {
      case ColumnRef c -> column(c);
      case Literal l -> inline(l);
      case Param p -> DSL.param(paramName(p.slot()), DataTypes.ofValue(dialect, p.type()));
      case Node.Today t -> TimeArithmetic.today(dialect, timeZone.<Field<?>>map(this::field)
          .orElseGet(() -> DSL.inline(DEFAULT_TIME_ZONE)));
      case Arithmetic a -> arithmetic(a);
      case Negate n -> field(n.operand()).neg();
      case Case c -> caseWhen(c);
      case Cast c -> DSL.cast(field(c.operand()), DataTypes.of(dialect, c.type()));
      case Coalesce c -> coalesce(c.operands().stream().<Field<?>>map(this::field).toList());
      case Call c -> switch (c.function()) {
        case SQRT -> DSL.sqrt(number(field(c.args().get(0))));
      };
      case Aggregate a -> aggregate(a);
      case Node.TimeTrunc t -> TimeArithmetic.truncate(dialect, field(t.operand()), t.grain());
      case Node.PeriodsSince p -> TimeArithmetic.periodsBetween(dialect, field(p.anchor()), field(p.period()),
          p.grain());
      case Node.AddPeriods a -> TimeArithmetic.add(dialect, field(a.date()), a.count(), a.unit());
      case Node.AtTimeZone z -> z.timestamp() instanceof ColumnRef c && c.storage() == ColumnRef.Storage.INSTANT
          ? Instants.inZone(dialect, stored(c), field(z.zone()))
          : TimeArithmetic.atTimeZone(dialect, field(z.timestamp()), field(z.zone()));
      case Node.JsonValue j -> JsonAccess.value(dialect, document(j.document()), j);
      case Node.JsonHas h -> DSL.field(condition(h));
      case Node.Windowed w -> throw new IllegalStateException("window left unplanned: " + w);
      // ScanBinder replaces each by its column of the derived attributes' CTE.
      case Node.EntityAggregate e -> throw new IllegalStateException("derived attribute left unplanned: " + e);
      // A named query is run with a value for each of its parameters, which replaces it before planning.
      case Node.Parameter p -> throw new IllegalStateException("parameter left unbound: " + p.name());
      case Comparison c -> DSL.field(condition(c));
      case And a -> DSL.field(condition(a));
      case Or o -> DSL.field(condition(o));
      case Not n -> DSL.field(condition(n));
      case IsNull n -> DSL.field(condition(n));
      case InList in -> DSL.field(condition(in));
      case Between b -> DSL.field(condition(b));
      case Like l -> DSL.field(condition(l));
      case MetricUse m -> throw new IllegalStateException("metric reference left unplanned: " + m);
      case AttributeRef a -> throw new IllegalStateException("attribute reference left unbound: " + a);
      case Node.Unlowered u -> throw new IllegalStateException("DSL node in a model: " + u);
    };
  }

  /**
   * COALESCE over fields. With an Object-typed first field, DSL.coalesce(Field<T>, T) and DSL.coalesce(Field<T>,
   * Field<?>...) both apply; typing the first field as a non-array type selects the varargs form.
   */
  @SuppressWarnings("unchecked")
  static Field<?> coalesce(List<Field<?>> operands) {
    Field<Void> first = (Field<Void>) operands.get(0);
    return DSL.coalesce(first, operands.subList(1, operands.size()).toArray(Field<?>[]::new));
  }

  @SuppressWarnings("unchecked")
  private static Field<Number> number(Field<?> field) {
    return (Field<Number>) field;
  }

  private static Field<?> inline(Literal literal) {
    return DSL.inline(literal.value(), DataTypes.of(literal.type()));
  }

  /**
   * Chains longer than this are rendered in balanced groups. Databases recurse on the depth of an expression
   * (DuckDB allows 1,000 levels, PostgreSQL runs out of stack at a few thousand), and so does jOOQ's renderer.
   */
  private static final int LEFT_DEEP_STEPS = 16;

  /**
   * A chain as written, {@code ((a + b) - c)}, when it is short; a longer one as a balanced tree of groups, whose
   * depth grows with the logarithm of its length: {@code a - b - c + d} is {@code (a - b) - (c - d)}. Regrouping
   * gives the same value for integers and decimals (an overflow that one order meets and the other not aside) and
   * may differ in the last digits for doubles, as any other order of the terms would.
   */
  private Field<?> arithmetic(Arithmetic a) {
    if (a.steps().size() == 1 && a.steps().get(0).op() == ArithmeticOp.DIVIDE) {
      Node divisor = a.steps().get(0).operand();
      return RealDivision.of(field(a.first()), field(divisor), divisor instanceof Literal l && isNonZero(l));
    }
    List<ArithmeticOp> ops = a.steps().stream().map(Arithmetic.Step::op).toList();
    List<Field<?>> operands = a.steps().stream().<Field<?>>map(step -> field(step.operand())).toList();
    return group(field(a.first()), ops, operands, 0, ops.size(), false);
  }

  /**
   * {@code start} followed by steps {@code [from, to)}; {@code negated} when the group is subtracted, so that each of
   * its additions is a subtraction and the other way round.
   */
  private static Field<?> group(Field<?> start, List<ArithmeticOp> ops, List<Field<?>> operands, int from, int to,
      boolean negated) {
    if (to - from <= LEFT_DEEP_STEPS) {
      Field<?> value = start;
      for (int i = from; i < to; i++) {
        value = apply(effective(ops.get(i), negated), value, operands.get(i));
      }
      return value;
    }
    int middle = (from + to) / 2;
    Field<?> left = group(start, ops, operands, from, middle, negated);
    ArithmeticOp op = effective(ops.get(middle), negated);
    Field<?> right = group(operands.get(middle), ops, operands, middle + 1, to,
        negated != (op == ArithmeticOp.SUBTRACT));
    return apply(op, parenthesized(left), parenthesized(right));
  }

  /** A group in parentheses of its own: jOOQ would render (a + b) + (c + d) as a + b + c + d, a chain again. */
  private static Field<?> parenthesized(Field<?> group) {
    return DSL.field("({0})", group.getDataType(), group);
  }

  private static ArithmeticOp effective(ArithmeticOp op, boolean negated) {
    if (!negated) {
      return op;
    }
    return switch (op) {
      case ADD -> ArithmeticOp.SUBTRACT;
      case SUBTRACT -> ArithmeticOp.ADD;
      case MULTIPLY, DIVIDE -> throw new IllegalStateException("only sums are negated: " + op);
    };
  }

  private static Field<?> apply(ArithmeticOp op, Field<?> left, Field<?> right) {
    return switch (op) {
      case ADD -> object(left).plus(right);
      case SUBTRACT -> object(left).minus(right);
      case MULTIPLY -> object(left).times(number(right));
      case DIVIDE -> throw new IllegalStateException("a division is a chain of its own");
    };
  }

  private static boolean isNonZero(Literal literal) {
    return literal.value() instanceof Number n && n.doubleValue() != 0.0;
  }

  private Field<?> caseWhen(Case c) {
    CaseConditionStep<Object> step = null;
    for (When when : c.branches()) {
      Condition condition = condition(when.condition());
      Field<Object> result = object(field(when.result()));
      step = step == null ? DSL.when(condition, result) : step.when(condition, result);
    }
    if (step == null) {
      throw new IllegalStateException("CASE without branches");
    }
    if (c.otherwise().isPresent()) {
      return step.otherwise(object(field(c.otherwise().get())));
    }
    return step;
  }

  private Field<?> aggregate(Aggregate a) {
    Optional<Condition> filter = a.filter().map(this::condition);
    return AggregateSql.of(dialect, a, a.args().stream().<Field<?>>map(this::field).toList(), filter);
  }
}
