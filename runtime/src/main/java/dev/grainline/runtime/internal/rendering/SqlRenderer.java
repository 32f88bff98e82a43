package dev.grainline.runtime.internal.rendering;

import dev.grainline.runtime.Dialect;
import dev.grainline.runtime.internal.plan.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.QueryPart;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Renders a plan as one SQL statement through jOOQ: each node of the plan tree, through the renderer of its kind
 * ({@link PlanRenderer}), defines its CTEs (a grain group's, two for a roll-up: partials, then merged; a
 * {@code result} that joins the groups on the requested dimensions and applies the combiners), and the output the
 * final SELECT with the having filter, the order, the limit and the offset. Every query value is a bind value.
 */
public final class SqlRenderer {
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
      case TRINO -> SQLDialect.TRINO;
    };
    this.dsl = DSL.using(sqlDialect, new Settings().withRenderFormatted(true).withParamType(ParamType.INDEXED)
        .withExecuteLogging(false).withDiagnosticsLogging(false));
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
  public RenderedSql render(Output plan) {
    return indexed(dsl.renderNamedParams(query(plan)));
  }

  /** The jOOQ statement of a plan, before rendering; benchmarks render it alone as the floor of the cost. */
  public QueryPart query(Output plan) {
    // The expressions of one statement share its time zone, the one today() is read in.
    Statement statement = new Statement(dialect, expressions.inTimeZone(plan.timeZone()));
    statement.define(plan);
    return statement.query();
  }

  /** Renders a statement built by {@link #query} as SQL with {@code ?} placeholders. */
  public String renderSql(QueryPart query) {
    return dsl.render(query);
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
          case OutputRenderer.LIMIT_PARAM -> new Bind.Limit();
          case OutputRenderer.OFFSET_PARAM -> new Bind.Offset();
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
