package dev.grainline.runtime.internal.rendering;

import dev.grainline.internal.model.SortKey;
import dev.grainline.SqlType;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.runtime.Dialect;
import dev.grainline.runtime.internal.planning.PlannedComponent;
import dev.grainline.runtime.internal.planning.Decomposition;
import dev.grainline.runtime.internal.planning.DimensionColumn;
import dev.grainline.runtime.internal.planning.Evaluation;
import dev.grainline.runtime.internal.planning.GrainGroupPlan;
import dev.grainline.runtime.internal.planning.JoinStep;
import dev.grainline.runtime.internal.planning.OutputMetric;
import dev.grainline.runtime.internal.planning.Planner;
import dev.grainline.runtime.internal.planning.QueryPlan;
import dev.grainline.runtime.internal.planning.Scan;
import dev.grainline.runtime.internal.planning.WindowGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.QueryPart;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.conf.ParamType;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Renders a plan as one SQL statement through jOOQ: a CTE per grain group (two for a roll-up: partials, then
 * merged), a {@code result} CTE that joins the groups on the requested dimensions and applies the combiners, and a
 * final SELECT with the having filter, the order, the limit and the offset. Every query value is a bind value.
 */
public final class SqlRenderer {
  private static final String LIMIT_PARAM = "limit";
  private static final String OFFSET_PARAM = "offset";

  // jOOQ logs a banner and a tip at INFO (logger org.jooq.Constants) when it first renders SQL. Only its system
  // properties org.jooq.no-logo and org.jooq.no-tips switch them off, and a library must not set JVM-wide state for
  // its users: the README says how an application silences that logger.

  private final Dialect dialect;
  private final ExprRenderer expressions;
  private final DSLContext dsl;

  public SqlRenderer(Dialect dialect, Map<String, String> schemaMapping) {
    this.dialect = dialect;
    this.expressions = new ExprRenderer(dialect, schemaMapping);
    SQLDialect sqlDialect = switch (dialect) {
      case POSTGRES -> SQLDialect.POSTGRES;
      case DUCKDB -> SQLDialect.DUCKDB;
    };
    this.dsl = DSL.using(sqlDialect, new Settings().withRenderFormatted(true).withParamType(ParamType.INDEXED)
        .withExecuteLogging(false).withDiagnosticsLogging(false));
  }

  private SqlRenderer(Dialect dialect, ExprRenderer expressions, DSLContext dsl) {
    this.dialect = dialect;
    this.expressions = expressions;
    this.dsl = dsl;
  }

  /** Where each bind value of the SQL comes from: a query value slot, the limit or the offset. */
  public sealed interface Bind {
    record Value(int slot) implements Bind {}

    record Limit() implements Bind {}

    record Offset() implements Bind {}
  }

  /** SQL with {@code ?} placeholders, and the source of each placeholder's value in order. */
  public record RenderedSql(String sql, List<Bind> binds) {
    public RenderedSql {
      binds = List.copyOf(binds);
    }
  }

  /**
   * Renders once, with named placeholders, then turns each into {@code ?} while noting whose value it takes: the
   * order of the bind values comes from the same rendering as the SQL.
   */
  public RenderedSql render(QueryPlan plan) {
    return indexed(dsl.renderNamedParams(query(plan)));
  }

  /** The jOOQ statement of a plan, before rendering; benchmarks render it alone as the floor of the cost. */
  public QueryPart query(QueryPlan plan) {
    // The expressions of one statement share its time zone, the one today() is read in.
    Select<?> select = new SqlRenderer(dialect, expressions.inTimeZone(plan.timeZone()), dsl).statement(plan);
    // jOOQ inlines bind values of LIMIT for DuckDB (as "limit null" when the value is unknown), so the limit and the
    // offset are a template around the statement, bound like any other value on both engines, which both take
    // "limit ? offset ?", "limit ?" and "offset ?".
    Param<Long> limit = DSL.param(LIMIT_PARAM, SQLDataType.BIGINT);
    Param<Long> offset = DSL.param(OFFSET_PARAM, SQLDataType.BIGINT);
    if (plan.limited() && plan.offset()) {
      return DSL.resultQuery("{0}\nlimit {1}\noffset {2}", select, limit, offset);
    }
    if (plan.limited()) {
      return DSL.resultQuery("{0}\nlimit {1}", select, limit);
    }
    return plan.offset() ? DSL.resultQuery("{0}\noffset {1}", select, offset) : select;
  }

  /** Renders a statement built by {@link #query} as SQL with {@code ?} placeholders. */
  public String renderSql(QueryPart query) {
    return dsl.render(query);
  }

  private Select<?> statement(QueryPlan plan) {
    List<CommonTableExpression<?>> ctes = new ArrayList<>();
    Map<String, SharedScan> shared = new LinkedHashMap<>();
    for (GrainGroupPlan group : plan.groups()) {
      if (group.scan().viaCte()) {
        shared.computeIfAbsent(group.scan().name(), name -> new SharedScan(group.scan())).collect(group);
      }
    }
    java.util.Set<String> readByWindows = new java.util.HashSet<>();
    for (WindowGroup window : plan.windows()) {
      for (WindowGroup.Part part : window.parts()) {
        part.fromGroup().ifPresent(readByWindows::add);
        if (part.fromGroup().isEmpty()) {
          shared.computeIfAbsent(part.scan().name(), name -> new SharedScan(part.scan())).collect(part);
        }
      }
    }
    for (SharedScan scan : shared.values()) {
      Select<?> select = scanSelect(scan.scan, scan.fields(expressions), List.of());
      ctes.add(scan.scan.shared() ? DSL.name(scan.scan.name()).asMaterialized(select)
          : DSL.name(scan.scan.name()).as(select));
    }
    for (GrainGroupPlan group : plan.groups()) {
      ctes.addAll(groupCtes(group.scan().viaCte() ? shared.get(group.scan().name()).rewrite(group) : group,
          group.scan().viaCte(), readByWindows.contains(group.name())));
    }
    if (!plan.staged()) {
      ctes.add(DSL.name(Planner.RESULT.name()).as(result(plan)));
    } else {
      if (plan.fill().isPresent()) {
        List<SelectField<?>> fields = new ArrayList<>(baseFields(plan));
        fields.add(DSL.inline(1).as(GapFillCtes.PRESENT));
        ctes.add(DSL.name(GapFillCtes.ROWS).as(combine(plan, fields)));
        ctes.addAll(GapFillCtes.of(dialect, expressions, plan, plan.fill().get()));
      } else {
        ctes.add(DSL.name(Planner.BASE.name()).as(combine(plan, baseFields(plan))));
      }
      java.util.Set<String> emitted = new java.util.HashSet<>();
      for (WindowGroup window : plan.windows()) {
        for (WindowGroup.Part part : window.parts()) {
          for (CommonTableExpression<?> cte : WindowCtes.of(dialect, expressions, window,
              part.fromGroup().isPresent() ? part : shared.get(part.scan().name()).rewrite(part))) {
            // Windows that share their partials share the CTE that computes them.
            if (emitted.add(cte.getName())) {
              ctes.add(cte);
            }
          }
        }
      }
      ctes.add(DSL.name(Planner.RESULT.name()).as(windowed(plan)));
    }

    List<SelectField<?>> columns = new ArrayList<>();
    plan.dimensions().forEach(d -> columns.add(DSL.field(DSL.name(Planner.RESULT.alias(), d.alias()))));
    plan.metrics().stream().filter(m -> !m.hidden())
        .forEach(m -> columns.add(DSL.field(DSL.name(Planner.RESULT.alias(), m.alias()))));
    Condition having = plan.having().map(expressions::condition).orElse(DSL.noCondition());
    List<SortField<?>> order = plan.order().stream().<SortField<?>>map(this::sortField).toList();
    return DSL.with(ctes).select(columns).from(DSL.table(DSL.name(Planner.RESULT.name()))).where(having)
        .orderBy(order);
  }

  private SortField<?> sortField(SortKey key) {
    Field<?> field = expressions.field(key.expr());
    SortField<?> sort = key.descending() ? field.desc() : field.asc();
    return key.nullsFirst() ? sort.nullsFirst() : sort.nullsLast();
  }

  /**
   * The columns the groups of a shared scan read, projected once by the scan; the groups read them back from it.
   */
  private static final class SharedScan {
    private final Scan scan;
    private final TableRef table;
    /** Table columns, and conversions to the query's time zone, which are computed once here. */
    private final Map<Node, String> columns = new LinkedHashMap<>();

    SharedScan(Scan scan) {
      this.scan = scan;
      this.table = Planner.groupTable(scan.name());
    }

    void collect(GrainGroupPlan group) {
      group.grain().forEach(d -> collect(d.expr()));
      group.extraGrain().forEach(g -> collect(g.expr()));
      group.components().forEach(c -> collect(c.aggregate()));
      group.filter().ifPresent(this::collect);
    }

    void collect(WindowGroup.Part part) {
      part.partitions().forEach(d -> collect(d.expr()));
      collect(part.sourcePeriod());
      part.components().forEach(c -> collect(c.aggregate()));
      part.filter().ifPresent(this::collect);
    }

    private void collect(Node expr) {
      switch (expr) {
        case Node.AtTimeZone local -> columns.computeIfAbsent(local, l -> alias(local.timestamp()) + "__local");
        case ColumnRef column -> columns.computeIfAbsent(column, c -> alias(column));
        default -> Nodes.children(expr).forEach(this::collect);
      }
    }

    private static String alias(Node column) {
      return column instanceof ColumnRef c ? c.table().alias() + "__" + c.column() : "value";
    }

    List<SelectField<?>> fields(ExprRenderer expressions) {
      List<SelectField<?>> fields = new ArrayList<>();
      columns.forEach((column, alias) -> fields.add(expressions.field(column).as(alias)));
      return fields;
    }

    private Node moved(Node expr) {
      return Nodes.rewrite(expr, node -> switch (node) {
        case ColumnRef c -> Optional.of(new ColumnRef(table, columns.get(c), c.type()));
        case Node.AtTimeZone local -> Optional.of(new ColumnRef(table, columns.get(local), SqlType.TIMESTAMP));
        default -> Optional.empty();
      });
    }

    private List<DimensionColumn> moved(List<DimensionColumn> grain) {
      return grain.stream().map(d -> new DimensionColumn(d.alias(), d.ref(), moved(d.expr()), d.type())).toList();
    }

    private List<PlannedComponent> movedComponents(List<PlannedComponent> components) {
      return components.stream().map(c -> new PlannedComponent(c.alias(), (Node.Aggregate) moved(c.aggregate()), c.type(),
          c.metrics())).toList();
    }

    /** The group with every column read from the scan's output instead of the tables. */
    GrainGroupPlan rewrite(GrainGroupPlan group) {
      return new GrainGroupPlan(group.name(), group.scan(), moved(group.grain()),
          group.extraGrain().stream()
              .map(g -> new GrainGroupPlan.GrainColumn(g.alias(), moved(g.expr()), g.description())).toList(),
          movedComponents(group.components()), group.evaluation(), group.filter().map(this::moved));
    }

    /** The window part with every column read from the scan's output instead of the tables. */
    WindowGroup.Part rewrite(WindowGroup.Part part) {
      return new WindowGroup.Part(part.name(), part.partialName(), part.scan(), part.fromGroup(),
          part.filter().map(this::moved),
          moved(part.partitions()), moved(part.sourcePeriod()), movedComponents(part.components()));
    }
  }

  /**
   * The CTEs of a group. One that windows read too is materialized: computed once, and never two scans of one table
   * whose aggregates are joined, which DuckDB 2.0 can get wrong. (jOOQ renders the keyword for PostgreSQL only;
   * DuckDB materializes a CTE that is read more than once by itself, as EXPLAIN's CTE scans show.)
   */
  private List<CommonTableExpression<?>> groupCtes(GrainGroupPlan group, boolean readsSharedScan, boolean readTwice) {
    java.util.function.Function<Select<?>, CommonTableExpression<?>> named = select -> readTwice
        ? DSL.name(group.name()).asMaterialized(select)
        : DSL.name(group.name()).as(select);
    Optional<List<Select<?>>> eager = readsSharedScan ? Optional.empty() : EagerAggregation.of(expressions, group);
    if (eager.isPresent()) {
      return List.of(DSL.name(EagerAggregation.preName(group)).as(eager.get().get(0)),
          named.apply(eager.get().get(1)));
    }
    if (group.evaluation() == Evaluation.TERMINAL) {
      List<SelectField<?>> fields = new ArrayList<>(dimensionFields(group.grain()));
      for (PlannedComponent component : group.components()) {
        fields.add(expressions.field(component.aggregate()).as(component.alias()));
      }
      List<Field<?>> groupBy = group.grain().stream().<Field<?>>map(d -> expressions.field(d.expr())).toList();
      return List.of(named.apply(aggregate(group, readsSharedScan, fields, groupBy)));
    }
    // Roll-up: partial aggregates at the finer grain, then merged and combined to the query grain.
    String partialName = group.name() + "_p";
    TableRef partialTable = Planner.groupTable(partialName);
    List<SelectField<?>> partialFields = new ArrayList<>(dimensionFields(group.grain()));
    List<Field<?>> partialGroupBy = new ArrayList<>();
    group.grain().forEach(d -> partialGroupBy.add(expressions.field(d.expr())));
    for (GrainGroupPlan.GrainColumn extra : group.extraGrain()) {
      partialFields.add(expressions.field(extra.expr()).as(extra.alias()));
      partialGroupBy.add(expressions.field(extra.expr()));
    }
    List<SelectField<?>> mergedFields = new ArrayList<>();
    group.grain().forEach(d -> mergedFields.add(DSL.field(DSL.name(partialName, d.alias())).as(d.alias())));
    decompose(expressions, group.components(), partialTable, partialFields, partialGroupBy, mergedFields);
    List<Field<?>> mergedGroupBy = group.grain().stream()
        .<Field<?>>map(d -> DSL.field(DSL.name(partialName, d.alias()))).toList();
    Select<?> merged = mergedGroupBy.isEmpty()
        ? DSL.select(mergedFields).from(DSL.table(DSL.name(partialName)))
        : DSL.select(mergedFields).from(DSL.table(DSL.name(partialName))).groupBy(mergedGroupBy);
    return List.of(DSL.name(partialName).as(aggregate(group, readsSharedScan, partialFields, partialGroupBy)),
        named.apply(merged));
  }

  /**
   * The fields of a roll-up, for each component: its partial aggregates (and the level column of a distinct count,
   * which the partials are also grouped by) over the rows, and its merge and combination over the partials.
   */
  static void decompose(ExprRenderer expressions, List<PlannedComponent> components, TableRef partialTable,
      List<SelectField<?>> partialFields, List<Field<?>> partialGroupBy, List<SelectField<?>> mergedFields) {
    int level = 0;
    for (PlannedComponent component : components) {
      Decomposition.Decomposed decomposed = Decomposition.decompose(component, partialTable, level);
      for (Decomposition.Partial partial : decomposed.partials()) {
        partialFields.add(expressions.field(partial.aggregate()).as(partial.alias()));
      }
      if (decomposed.level().isPresent()) {
        GrainGroupPlan.GrainColumn column = decomposed.level().get();
        partialFields.add(expressions.field(column.expr()).as(column.alias()));
        partialGroupBy.add(expressions.field(column.expr()));
        level++;
      }
      mergedFields.add(expressions.field(decomposed.combine()).as(component.alias()));
    }
  }

  private List<SelectField<?>> dimensionFields(List<DimensionColumn> grain) {
    return grain.stream().<SelectField<?>>map(d -> expressions.field(d.expr()).as(d.alias())).toList();
  }

  /** SELECT fields FROM the group's scan (or the shared scan's output) GROUP BY the grain. */
  private Select<?> aggregate(GrainGroupPlan group, boolean readsSharedScan, List<SelectField<?>> fields,
      List<Field<?>> groupBy) {
    Condition filter = group.filter().map(expressions::condition).orElse(DSL.noCondition());
    if (!readsSharedScan) {
      return scanSelect(group.scan(), fields, groupBy, filter);
    }
    var select = DSL.select(fields).from(DSL.table(DSL.name(group.scan().name()))).where(filter);
    return groupBy.isEmpty() ? select : select.groupBy(groupBy);
  }

  /** SELECT fields FROM the entity's source and joined dimensions WHERE the pushed filter GROUP BY the grain. */
  private Select<?> scanSelect(Scan scan, List<SelectField<?>> fields, List<Field<?>> groupBy) {
    return scanSelect(scan, fields, groupBy, DSL.noCondition());
  }

  private Select<?> scanSelect(Scan scan, List<SelectField<?>> fields, List<Field<?>> groupBy, Condition filter) {
    Table<?> from = joinSteps(expressions, sourceTables(expressions, scan), scan.joins());
    Condition where = scan.where().map(expressions::condition).orElse(DSL.noCondition());
    var select = DSL.select(fields).from(from).where(where.and(filter));
    return groupBy.isEmpty() ? select : select.groupBy(groupBy);
  }

  /** The entity's own tables, joined as its source says. */
  static Table<?> sourceTables(ExprRenderer expressions, Scan scan) {
    Table<?> from = expressions.table(scan.source().from());
    for (var join : scan.source().joins()) {
      Table<?> table = expressions.table(join.table());
      Condition on = expressions.condition(join.on());
      from = switch (join.type()) {
        case INNER -> from.join(table).on(on);
        case LEFT -> from.leftJoin(table).on(on);
      };
    }
    return from;
  }

  /** {@code from} with the dimension tables of the scan's links joined to it. */
  static Table<?> joinSteps(ExprRenderer expressions, Table<?> from, List<JoinStep> steps) {
    for (JoinStep step : steps) {
      Table<?> table = expressions.table(step.table());
      List<Condition> keys = new ArrayList<>();
      for (int i = 0; i < step.from().size(); i++) {
        @SuppressWarnings("unchecked")
        Field<Object> fromKey = (Field<Object>) expressions.field(step.from().get(i));
        keys.add(fromKey.eq(expressions.field(step.to().get(i))));
      }
      from = switch (step.type()) {
        case INNER -> from.join(table).on(DSL.and(keys));
        case LEFT -> from.leftJoin(table).on(DSL.and(keys));
      };
    }
    return from;
  }

  /** Joins the groups on the requested dimensions (NULL-safe) and applies the combiners. */
  private Select<?> result(QueryPlan plan) {
    List<SelectField<?>> metrics = new ArrayList<>();
    for (OutputMetric metric : plan.metrics()) {
      metrics.add(cast(expressions.field(metric.combiner()), metric.type()).as(metric.alias()));
    }
    return combine(plan, metrics);
  }

  /** The base rows of a query with windows: dimensions, hidden periods and every component, uncombined. */
  private List<SelectField<?>> baseFields(QueryPlan plan) {
    List<SelectField<?>> fields = new ArrayList<>();
    for (OutputMetric component : plan.baseComponents()) {
      fields.add(expressions.field(component.combiner()).as(component.alias()));
    }
    return fields;
  }

  /**
   * The result of a query with windows: the base rows with each window joined on its partitions and period, and
   * the combiners over both.
   */
  private Select<?> windowed(QueryPlan plan) {
    List<SelectField<?>> fields = new ArrayList<>();
    plan.dimensions().forEach(d -> fields.add(DSL.field(DSL.name(Planner.BASE.alias(), d.alias())).as(d.alias())));
    // Hidden periods break ties in the order: an integer week that repeats every year names several rows.
    plan.periods().forEach(p -> fields.add(DSL.field(DSL.name(Planner.BASE.alias(), p.alias())).as(p.alias())));
    for (OutputMetric metric : plan.metrics()) {
      fields.add(cast(expressions.field(metric.combiner()), metric.type()).as(metric.alias()));
    }
    Table<?> from = DSL.table(DSL.name(Planner.BASE.name()));
    for (WindowGroup window : plan.windows()) {
      for (WindowGroup.Part part : window.parts()) {
        List<Condition> keys = new ArrayList<>();
        for (WindowGroup.Key key : window.partitions()) {
          keys.add(NullSafeEquals.of(dialect, DSL.field(DSL.name(Planner.BASE.alias(), key.alias())),
              DSL.field(DSL.name(part.name(), key.alias())), key.type()));
        }
        keys.add(NullSafeEquals.of(dialect, DSL.field(DSL.name(Planner.BASE.alias(), window.periodAlias())),
            DSL.field(DSL.name(part.name(), window.periodAlias())), SqlType.DATE));
        from = from.leftJoin(DSL.table(DSL.name(part.name()))).on(DSL.and(keys));
      }
    }
    return DSL.select(fields).from(from);
  }

  /** Joins the groups on the requested dimensions (and hidden periods, NULL-safe), with these metric fields. */
  private Select<?> combine(QueryPlan plan, List<SelectField<?>> metricFields) {
    // The requested metrics' groups make the rows (full outer joins: a key of any of them is a row); groups that only
    // the having filter needs are left-joined, bringing values without adding rows.
    java.util.Set<String> requested = new java.util.HashSet<>();
    plan.metrics().stream().filter(m -> !m.hidden()).forEach(m -> requested.add(m.name()));
    List<GrainGroupPlan> groups = new ArrayList<>(plan.groups().stream().filter(g -> !g.filterOnly(requested)).toList());
    int rowMaking = groups.size();
    groups.addAll(plan.groups().stream().filter(g -> g.filterOnly(requested)).toList());

    List<QueryPlan.DimensionOutput> keyColumns = new ArrayList<>(plan.dimensions());
    keyColumns.addAll(plan.periods());
    List<SelectField<?>> fields = new ArrayList<>();
    for (QueryPlan.DimensionOutput dimension : keyColumns) {
      fields.add(coalesced(groups, dimension.alias(), rowMaking).as(dimension.alias()));
    }
    fields.addAll(metricFields);
    Table<?> from = DSL.table(DSL.name(groups.get(0).name()));
    for (int i = 1; i < groups.size(); i++) {
      Table<?> next = DSL.table(DSL.name(groups.get(i).name()));
      if (keyColumns.isEmpty()) {
        // Every group has exactly one row when nothing is grouped: a cross join is the exact combination.
        from = from.crossJoin(next);
        continue;
      }
      List<Condition> keys = new ArrayList<>();
      for (QueryPlan.DimensionOutput dimension : keyColumns) {
        keys.add(NullSafeEquals.of(dialect, coalesced(groups, dimension.alias(), Math.min(i, rowMaking)),
            DSL.field(DSL.name(groups.get(i).name(), dimension.alias())), dimension.type()));
      }
      from = i < rowMaking ? from.fullJoin(next).on(DSL.and(keys)) : from.leftJoin(next).on(DSL.and(keys));
    }
    return DSL.select(fields).from(from);
  }

  /** The dimension as the first {@code count} groups know it: the first non-NULL of their columns. */
  private static Field<?> coalesced(List<GrainGroupPlan> groups, String alias, int count) {
    List<Field<?>> columns = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      columns.add(DSL.field(DSL.name(groups.get(i).name(), alias)));
    }
    if (columns.size() == 1) {
      return columns.get(0);
    }
    return ExprRenderer.coalesce(columns);
  }

  /**
   * Output types are the same on every engine: ratios DOUBLE. Integers are not cast: a cast to BIGINT would round a
   * sum of a numeric column declared intCol and fail with each engine's own error beyond a long, where the reader
   * takes PostgreSQL's NUMERIC and DuckDB's HUGEINT sums exactly or reports them ([GrainlineResultType],
   * [GrainlineOverflow]).
   */
  private static Field<?> cast(Field<?> field, SqlType type) {
    return switch (type) {
      case DOUBLE, BOOLEAN -> DSL.cast(field, DataTypes.of(type));
      case INTEGER, BIGINT, DECIMAL, TEXT, DATE, TIMESTAMP -> field;
    };
  }

  /**
   * The SQL with each named placeholder (":p3", ":limit", ":offset") replaced by "?", and where each one's value
   * comes from.
   * Placeholders are only recognised outside string literals and quoted identifiers.
   */
  static RenderedSql indexed(String namedSql) {
    List<Bind> binds = new ArrayList<>();
    StringBuilder sql = new StringBuilder(namedSql.length());
    int i = 0;
    while (i < namedSql.length()) {
      char c = namedSql.charAt(i);
      if (c == '\'' || c == '"') {
        int end = namedSql.indexOf(c, i + 1);
        while (end >= 0 && end + 1 < namedSql.length() && namedSql.charAt(end + 1) == c) {
          end = namedSql.indexOf(c, end + 2);
        }
        int stop = end < 0 ? namedSql.length() : end + 1;
        sql.append(namedSql, i, stop);
        i = stop;
        continue;
      }
      if (c == ':' && i + 1 < namedSql.length() && Character.isLetter(namedSql.charAt(i + 1))
          && (i == 0 || namedSql.charAt(i - 1) != ':')) {
        int end = i + 1;
        while (end < namedSql.length() && Character.isLetterOrDigit(namedSql.charAt(end))) {
          end++;
        }
        String name = namedSql.substring(i + 1, end);
        binds.add(switch (name) {
          case LIMIT_PARAM -> new Bind.Limit();
          case OFFSET_PARAM -> new Bind.Offset();
          default -> new Bind.Value(Integer.parseInt(name.substring(1)));
        });
        sql.append('?');
        i = end;
        continue;
      }
      sql.append(c);
      i++;
    }
    return new RenderedSql(sql.toString(), binds);
  }
}
