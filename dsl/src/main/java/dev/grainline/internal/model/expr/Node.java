package dev.grainline.internal.model.expr;

import dev.grainline.SqlType;
import dev.grainline.dsl.TimeGrain;
import dev.grainline.internal.model.RolePath;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.aggregate.AggFunction;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.ValueRules;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One expression tree serves every level of a definition: row-level columns and attributes, aggregate-level metric
 * formulas, and query predicates over dimensions and metrics. The type checker tells the levels apart, so that an
 * aggregate of an aggregate or an unaggregated column in a metric is a compile error and not a database error.
 *
 * <p>Nodes are immutable values. The {@link Unlowered} ones exist only between the DSL and the model assembler: the
 * assembler replaces every {@link DeclRef} with an {@link AttributeRef} or a {@link MetricUse}, or inlines it, and
 * every {@link DslAggregate} with an {@link Aggregate} of the entity whose rows it reads.
 */
public sealed interface Node {

  /**
   * A column of a physical table of a source, or of a CTE the plan defines. Its {@code type} is the model's type of
   * the values it is read as; its {@link Storage} says how the database holds them, and so how the renderer reads
   * them. There is no constructor that leaves the storage out: a column of a CTE is {@link #derived}, a column moved
   * to another alias of its table keeps its storage ({@link #retabled}).
   */
  record ColumnRef(TableRef table, String column, SqlType type, Storage storage) implements Node {
    /** How the database holds a column's values. */
    public enum Storage {
      /** As the model's type: read as it is. */
      PLAIN,
      /**
       * A point in time ({@code timestamp with time zone}), of model type TIMESTAMP: read as its UTC wall-clock
       * time, whatever the session's time zone, or in a query's time zone converted from the instant itself.
       */
      INSTANT,
      /** A JSON document, read only through typed paths (never as a value of its own). */
      JSON
    }

    public ColumnRef {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(storage, "storage");
      if (storage == Storage.INSTANT && type != SqlType.TIMESTAMP) {
        throw new IllegalArgumentException("an instant column is read as a timestamp, not " + type);
      }
    }

    /**
     * A column of a CTE the plan defines (a group's aggregate, a scan's projection): the renderer has already read
     * the table column it came from, so its values are of the model's type as they are.
     */
    public static ColumnRef derived(TableRef table, String column, SqlType type) {
      return new ColumnRef(table, column, type, Storage.PLAIN);
    }

    /** The same physical column under another alias of its table (a dimension joined under a hop's alias). */
    public ColumnRef retabled(TableRef to) {
      return new ColumnRef(to, column, type, storage);
    }
  }

  /**
   * A constant written in a definition: Integer, Long, Double, BigDecimal, String, Boolean, LocalDate or
   * LocalDateTime. Definition constants are trusted and rendered inline; values that come with a query are
   * {@link Param}s.
   */
  record Literal(Object value, SqlType type) implements Node {
    public Literal {
      Objects.requireNonNull(value, "value (use IS NULL instead of a NULL literal)");
      Objects.requireNonNull(type, "type");
    }

    /**
     * A constant, typed by its Java class; a {@link DefinitionException} ({@code [GrainlineInvalidValue]}) for
     * NULL, a value that is not a number, string, boolean, LocalDate or LocalDateTime, or a non-finite number;
     * {@code [GrainlineValueRange]} for one that engines would not compare alike ({@link ValueRules}).
     */
    public static Literal of(Object value) {
      Literal literal = typed(value);
      ValueRules.check(literal.value()).ifPresent(violation -> {
        throw violation.definitionError();
      });
      return literal;
    }

    private static Literal typed(Object value) {
      return switch (value) {
        case null -> throw Message.CONSTANT_NULL.definitionError();
        case Integer i -> new Literal(i, SqlType.INTEGER);
        case Short s -> new Literal(s.intValue(), SqlType.INTEGER);
        case Byte b -> new Literal(b.intValue(), SqlType.INTEGER);
        case Long l -> new Literal(l, SqlType.BIGINT);
        case Double d -> finite(d);
        case Float f -> finite(f.doubleValue());
        case BigDecimal d -> new Literal(d, SqlType.DECIMAL);
        case BigInteger i -> new Literal(new BigDecimal(i), SqlType.DECIMAL);
        case String s -> new Literal(s, SqlType.TEXT);
        case Character c -> new Literal(c.toString(), SqlType.TEXT);
        case Boolean b -> new Literal(b, SqlType.BOOLEAN);
        case LocalDate d -> new Literal(d, SqlType.DATE);
        case LocalDateTime t -> new Literal(t, SqlType.TIMESTAMP);
        default -> throw Message.CONSTANT_TYPE.definitionError(value, value.getClass().getName());
      };
    }

    private static Literal finite(double d) {
      if (!Double.isFinite(d)) {
        throw Message.CONSTANT_NOT_FINITE.definitionError(d);
      }
      return new Literal(d, SqlType.DOUBLE);
    }
  }

  /** A value that comes with a query; rendered as a bind value. {@code slot} indexes the query's values. */
  record Param(int slot, SqlType type) implements Node {
    public Param {
      Objects.requireNonNull(type, "type");
    }
  }

  /**
   * A parameter of a named query ({@code param("year", Integer.class)}): a value that each call of the query gives.
   * It exists only in a named query's conditions; running the query replaces it with a {@link Literal} of the
   * call's value, which becomes a {@link Param} like every other value, so that all calls share one plan.
   */
  record Parameter(String name, SqlType type) implements Node {
    public Parameter {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }
  }

  /**
   * Arithmetic evaluated left to right, as SQL reads {@code a + b - c}: {@code first}, then each step applied to the
   * value so far. A chain is one node, so that a sum of 10,000 terms nests one level deep and not 10,000 (every
   * stage that walks trees recurses on their depth). The steps of a chain are all additive ({@code +}, {@code -}) or
   * all multiplications: those the renderer may regroup without changing an exact value. A division is a chain of
   * one step.
   */
  record Arithmetic(Node first, List<Step> steps) implements Node {
    public Arithmetic {
      Objects.requireNonNull(first, "first");
      steps = List.copyOf(steps);
      if (steps.isEmpty()) {
        throw new IllegalArgumentException("an arithmetic chain needs a step");
      }
      ArithmeticOp kind = steps.get(0).op();
      for (Step step : steps.subList(1, steps.size())) {
        if (!step.op().continues(kind)) {
          throw new IllegalArgumentException("a chain of " + kind + " cannot continue with " + step.op());
        }
      }
    }

    /** {@code left op right}; {@code left} is extended when it is a chain that {@code op} continues. */
    public Arithmetic(ArithmeticOp op, Node left, Node right) {
      this(continued(op, left) ? ((Arithmetic) left).first() : left, append(op, left, right));
    }

    private static boolean continued(ArithmeticOp op, Node left) {
      return left instanceof Arithmetic chain && op.continues(chain.steps().get(0).op());
    }

    private static List<Step> append(ArithmeticOp op, Node left, Node right) {
      List<Step> steps = new ArrayList<>();
      if (continued(op, left)) {
        steps.addAll(((Arithmetic) left).steps());
      }
      steps.add(new Step(op, right));
      return steps;
    }

    /** One operator and its right operand. */
    public record Step(ArithmeticOp op, Node operand) {
      public Step {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(operand, "operand");
      }
    }
  }

  record Negate(Node operand) implements Node {
    public Negate {
      Objects.requireNonNull(operand, "operand");
    }
  }

  record Comparison(ComparisonOp op, Node left, Node right) implements Node {
    public Comparison {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }
  }

  record And(List<Node> operands) implements Node {
    public And {
      operands = List.copyOf(operands);
    }
  }

  record Or(List<Node> operands) implements Node {
    public Or {
      operands = List.copyOf(operands);
    }
  }

  record Not(Node operand) implements Node {
    public Not {
      Objects.requireNonNull(operand, "operand");
    }
  }

  record IsNull(Node operand, boolean negated) implements Node {
    public IsNull {
      Objects.requireNonNull(operand, "operand");
    }
  }

  record InList(Node operand, List<Node> values, boolean negated) implements Node {
    public InList {
      Objects.requireNonNull(operand, "operand");
      values = List.copyOf(values);
    }
  }

  record Between(Node operand, Node low, Node high, boolean negated) implements Node {
    public Between {
      Objects.requireNonNull(operand, "operand");
      Objects.requireNonNull(low, "low");
      Objects.requireNonNull(high, "high");
    }
  }

  record Like(Node operand, Node pattern, boolean negated) implements Node {
    public Like {
      Objects.requireNonNull(operand, "operand");
      Objects.requireNonNull(pattern, "pattern");
    }
  }

  /** One WHEN ... THEN ... branch of a {@link Case}. */
  record When(Node condition, Node result) {
    public When {
      Objects.requireNonNull(condition, "condition");
      Objects.requireNonNull(result, "result");
    }
  }

  /** CASE WHEN ... END; without {@code otherwise} the value is NULL when no branch matches. */
  record Case(List<When> branches, Optional<Node> otherwise) implements Node {
    public Case {
      branches = List.copyOf(branches);
      Objects.requireNonNull(otherwise, "otherwise");
    }
  }

  record Cast(Node operand, SqlType type) implements Node {
    public Cast {
      Objects.requireNonNull(operand, "operand");
      Objects.requireNonNull(type, "type");
    }
  }

  record Coalesce(List<Node> operands) implements Node {
    public Coalesce {
      operands = List.copyOf(operands);
    }
  }

  /** A scalar function call, such as the square root in a standard deviation's combiner. */
  record Call(ScalarFunction function, List<Node> args) implements Node {
    public Call {
      Objects.requireNonNull(function, "function");
      args = List.copyOf(args);
    }
  }

  /**
   * An aggregate over the rows of one entity (a fact, or a dimension used as one). {@code filter} restricts the rows
   * it reads (SQL {@code FILTER (WHERE ...)}). {@code entity} is the name of the entity whose rows it reads.
   */
  record Aggregate(AggFunction function, List<Node> args, Optional<Node> filter, String entity) implements Node {
    public Aggregate {
      Objects.requireNonNull(function, "function");
      args = List.copyOf(args);
      Objects.requireNonNull(filter, "filter");
      Objects.requireNonNull(entity, "entity");
    }
  }

  /**
   * An aggregate as the DSL builds it: {@code sum(LINE_TOTAL)} does not know yet whose rows it reads, which depends
   * on the tables its columns belong to and the class that declares it. The model assembler's lowering decides the
   * entity and replaces it with an {@link Aggregate}; one it cannot decide is reported and stays, so that the model
   * keeps no aggregate of unknown rows.
   */
  record DslAggregate(AggFunction function, List<Node> args, Optional<Node> filter) implements Unlowered {
    public DslAggregate {
      Objects.requireNonNull(function, "function");
      args = List.copyOf(args);
      Objects.requireNonNull(filter, "filter");
    }
  }

  /**
   * A derived attribute's value: {@code aggregate} over the rows of its fact ({@code aggregate.entity()}) that link to
   * one row of dimension {@code entity}, over the fact's one path to it (or the path with the roles {@code via}). A
   * row-level value of the dimension, computed per entity from all the fact's rows, whatever a query filters.
   */
  record EntityAggregate(Aggregate aggregate, String entity, Optional<RolePath> via) implements Node {
    public EntityAggregate {
      Objects.requireNonNull(aggregate, "aggregate");
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(via, "via");
    }
  }

  /**
   * {@code perEntity(...)} as the DSL builds it: the dimension it belongs to is the one whose attribute holds it,
   * which lowering knows, and so does the fact, which lowering decides as for any aggregate.
   */
  record DslEntityAggregate(DslAggregate aggregate, Optional<RolePath> via) implements Unlowered {
    public DslEntityAggregate {
      Objects.requireNonNull(aggregate, "aggregate");
      Objects.requireNonNull(via, "via");
    }
  }

  /** A named metric, by its qualified name ("v3.total_revenue"). */
  record MetricUse(String name) implements Node {
    public MetricUse {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * An attribute of an entity, reached through the role path if one is given: {@code v3.date.week[order]}. Without
   * a role path it resolves, for each fact, to that fact's nearest path to the entity.
   */
  record AttributeRef(String entity, String attribute, Optional<RolePath> rolePath) implements Node {
    public AttributeRef {
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(attribute, "attribute");
      Objects.requireNonNull(rolePath, "rolePath");
    }

    /** "v3.date.week" — the entity and attribute, without the role path; a bare name as written. */
    public String attributeName() {
      return entity.isEmpty() ? attribute : entity + "." + attribute;
    }

    /** "v3.date.week[order]" — the name as users write it. */
    @Override
    public String toString() {
      return attributeName() + rolePath.map(RolePath::bracketed).orElse("");
    }
  }

  /**
   * A metric evaluated over other periods of a time attribute: {@code lag(REVENUE).over(Dates.WEEK)}. The metric is
   * recomputed from its components over the rows of the periods {@code frame} selects, relative to the period
   * {@code shift} periods before the current one (a negative shift looks ahead). {@code axis} is the time attribute,
   * a {@link DeclRef} until the model assembler names it, an {@link AttributeRef} after.
   */
  record Windowed(Node metric, Node axis, int shift, WindowFrame frame) implements Node {
    public Windowed {
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(axis, "axis");
      Objects.requireNonNull(frame, "frame");
    }
  }

  /** The first day of the {@code grain} period that contains a date or timestamp, as a DATE. */
  record TimeTrunc(Node operand, TimeGrain grain) implements Node {
    public TimeTrunc {
      Objects.requireNonNull(operand, "operand");
      Objects.requireNonNull(grain, "grain");
    }
  }

  /** A date moved by {@code count} calendar units (negative: back), as a DATE; months keep the day where it exists. */
  record AddPeriods(Node date, int count, TimeGrain unit) implements Node {
    public AddPeriods {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(unit, "unit");
    }
  }

  /**
   * The date on which a query runs, in the query's time zone (UTC unless the query names one), as a DATE: the
   * engine's clock, read when the statement runs, so that a definition's {@code today().minusDays(7)} moves with the
   * calendar while the SQL text, and the cached plan, stay the same. Relative dates are {@link AddPeriods} of it.
   */
  record Today() implements Node {}

  /**
   * Whole periods from {@code anchor}'s period to {@code period}: both are first days of periods of one grain (a
   * truncation, or dates for days), the anchor in the model an attribute of this or a linked entity
   * ({@code AttributeRef}), bound by planning to its expression. Row-level, INTEGER.
   */
  record PeriodsSince(Node period, Node anchor) implements Node {
    public PeriodsSince {
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(anchor, "anchor");
    }

    /** The grain periods are counted in: the truncation's, or days for a date. */
    public TimeGrain grain() {
      return period instanceof TimeTrunc trunc ? trunc.grain() : TimeGrain.DAY;
    }
  }

  /**
   * A timestamp stored in UTC, as the wall-clock time of a time zone: how a query that names a time zone sees the
   * timestamps of its facts. {@code zone} is a text value of the query (a region id such as "Europe/Berlin").
   */
  record AtTimeZone(Node timestamp, Node zone) implements Node {
    public AtTimeZone {
      Objects.requireNonNull(timestamp, "timestamp");
      Objects.requireNonNull(zone, "zone");
    }
  }

  /**
   * A value at a path of a JSON document, read as {@code type} (integer, bigint, double, decimal, text or boolean):
   * NULL where the key is absent or holds JSON null, the value where it holds one of that type, and a query error
   * ({@code [GrainlineJsonValue]}) for any other value, so that a mistyped value is never read as NULL (a silently
   * smaller sum). {@code what} names it in that error ({@code shop.events.properties.amount_cents}).
   *
   * <p>{@code document} is the table column ({@link ColumnRef.Storage#JSON}); a shared scan's reader sees it as the
   * scan's column, which holds the document as it is.
   */
  record JsonValue(ColumnRef document, List<String> path, SqlType type, String what) implements Node {
    public JsonValue {
      Objects.requireNonNull(document, "document");
      path = List.copyOf(path);
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(what, "what");
      if (path.isEmpty()) {
        throw new IllegalArgumentException("a JSON value is read at a key: " + what);
      }
      if (type == SqlType.DATE || type == SqlType.TIMESTAMP) {
        throw new IllegalArgumentException("JSON has no " + type.display() + " values: " + what);
      }
    }
  }

  /**
   * Whether a JSON document has the path: each key exists in the object the path so far leads to. A key that holds
   * JSON null exists; a path through a string, number or array does not. Boolean, never NULL for a document that is
   * not NULL.
   */
  record JsonHas(ColumnRef document, List<String> path) implements Node {
    public JsonHas {
      Objects.requireNonNull(document, "document");
      path = List.copyOf(path);
      if (path.isEmpty()) {
        throw new IllegalArgumentException("has() names a key");
      }
    }
  }

  /**
   * A use of a DSL declaration (a metric or an attribute object) before the assembler knows its name. Compared by
   * the identity of {@code declaration}.
   */
  record DeclRef(Declaration declaration, Optional<RolePath> rolePath) implements Unlowered {
    public DeclRef {
      Objects.requireNonNull(declaration, "declaration");
      Objects.requireNonNull(rolePath, "rolePath");
    }
  }

  /** Marker for the DSL objects that a {@link DeclRef} can point at. Implementations keep identity equality. */
  interface Declaration {}

  /**
   * The nodes that exist only between the DSL and the model assembler, which lowers each of them: a model (and so
   * the run time) never holds one.
   */
  sealed interface Unlowered extends Node permits DeclRef, DslAggregate, DslEntityAggregate {}
}
