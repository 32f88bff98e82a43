package dev.grainline.cli;

import dev.grainline.runtime.CompiledModel;
import dev.grainline.runtime.MetricQuery;
import dev.grainline.runtime.SemanticLayer;
import dev.grainline.runtime.TextQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options that describe a query, shared by {@code query}, {@code sql} and {@code explain}. */
final class QueryOptions {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  private final List<String> metrics = new ArrayList<>();
  private final List<String> dimensions = new ArrayList<>();
  private OptionalLong limit = OptionalLong.empty();

  @Option(names = "--where", paramLabel = "FILTER",
      description = "Filter on dimensions, applied before aggregation: \"v3.date.year[order] >= 2024\".")
  private Optional<String> where = Optional.empty();

  @Option(names = "--having", paramLabel = "FILTER",
      description = "Filter on metrics and requested dimensions, applied to result rows: \"v3.total_revenue > 1000\".")
  private Optional<String> having = Optional.empty();

  @Option(names = "--order-by", paramLabel = "ORDER",
      description = "Sort order: \"v3.total_revenue desc, v3.product.category\".")
  private Optional<String> orderBy = Optional.empty();

  @Option(names = "--metrics", required = true, paramLabel = "METRIC,...",
      description = "Metrics, comma-separated: v3.total_revenue,v3.order_count.")
  private void metrics(String names) {
    metrics.addAll(names(names));
  }

  @Option(names = "--dimensions", paramLabel = "DIMENSION,...",
      description = "Dimensions to group by, comma-separated: v3.product.category,v3.location.country[customer->home].")
  private void dimensions(String names) {
    dimensions.addAll(names(names));
  }

  @Option(names = "--limit", paramLabel = "N", description = "At most N rows.")
  private void limit(long rows) {
    if (rows < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1, but was " + rows);
    }
    limit = OptionalLong.of(rows);
  }

  private OptionalLong offset = OptionalLong.empty();

  @Option(names = "--offset", paramLabel = "N",
      description = "Skip the first N rows (of the order --order-by gives, then of the dimensions).")
  private void offset(long rows) {
    if (rows < 0) {
      throw new ParameterException(spec.commandLine(), "--offset must be at least 0, but was " + rows);
    }
    offset = OptionalLong.of(rows);
  }

  private Optional<java.time.LocalDate[]> fillGaps = Optional.empty();

  @Option(names = "--fill-gaps", paramLabel = "FROM..TO",
      description = "A row for every period of the finest time dimension from FROM to TO (yyyy-mm-dd..yyyy-mm-dd);"
          + " counts and sums of added rows are 0.")
  private void fillGaps(String range) {
    String[] bounds = range.split("\\.\\.", -1);
    try {
      if (bounds.length != 2) {
        throw new java.time.format.DateTimeParseException("no ..", range, 0);
      }
      java.time.LocalDate from = java.time.LocalDate.parse(bounds[0].strip());
      java.time.LocalDate to = java.time.LocalDate.parse(bounds[1].strip());
      if (to.isBefore(from)) {
        throw new ParameterException(spec.commandLine(), "--fill-gaps ends before it starts: " + range);
      }
      fillGaps = Optional.of(new java.time.LocalDate[] {from, to});
    } catch (java.time.format.DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(),
          "--fill-gaps takes two dates, as in 2024-01-01..2024-01-31, not " + range);
    }
  }

  @Option(names = "--tenant", paramLabel = "ID",
      description = "Read one tenant's rows only: ID is a value of the model's tenant key (an account_id, say)."
          + " Without it, a model with a tenant key is read for every tenant.")
  private Optional<String> tenant = Optional.empty();

  // "a, b" and "a,,b" mean a and b.
  private static List<String> names(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** The column names of the result, as requested: dimensions, then metrics. */
  List<String> header() {
    return Stream.concat(dimensions.stream(), metrics.stream()).toList();
  }

  /** The display format of each column, as {@link #header()} names them: a metric's declared format, or "". */
  List<String> formats(CompiledModel model) {
    return Stream.concat(dimensions.stream().map(d -> ""),
        metrics.stream().map(m -> model.metric(m).map(CompiledModel.MetricInfo::format).orElse(""))).toList();
  }

  MetricQuery on(SemanticLayer layer) {
    if (metrics.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--metrics names no metric");
    }
    TextQuery query = tenantOf(layer).textQuery(metrics).by(dimensions);
    query = where.map(query::where).orElse(query);
    query = having.map(query::having).orElse(query);
    query = orderBy.map(query::orderBy).orElse(query);
    query = limit.isPresent() ? query.limit(limit.getAsLong()) : query;
    query = offset.isPresent() ? query.offset(offset.getAsLong()) : query;
    TextQuery unfilled = query;
    return fillGaps.<MetricQuery>map(range -> unfilled.fillGaps(range[0], range[1])).orElse(query);
  }

  /**
   * The layer for {@code --tenant}: bound to that tenant, or, without it, to every tenant. The command line is an
   * operator's tool, so it reads every tenant unless told otherwise, where a library query must name one; its
   * {@code --help} says so.
   */
  private SemanticLayer tenantOf(SemanticLayer layer) {
    Optional<CompiledModel.TenantKeyInfo> key = layer.model().tenantKey();
    if (key.isEmpty()) {
      if (tenant.isPresent()) {
        throw new ParameterException(spec.commandLine(), "--tenant: model " + layer.model().name()
            + " declares no tenant key, so its rows belong to no tenant; leave --tenant out");
      }
      return layer;
    }
    if (tenant.isEmpty()) {
      return layer.allTenants();
    }
    String text = tenant.get();
    String column = key.get().column();
    try {
      return layer.forTenant(switch (key.get().type()) {
        case INTEGER -> Integer.valueOf(text.strip());
        case BIGINT -> Long.valueOf(text.strip());
        case TEXT -> text;
        case BOOLEAN, DECIMAL, DOUBLE, DATE, TIMESTAMP -> throw new IllegalStateException(
            "a tenant key is an integer, bigint or text column, not " + key.get().type());
      });
    } catch (NumberFormatException e) {
      String range = key.get().type() == dev.grainline.SqlType.INTEGER
          ? "from -2147483648 to 2147483647" : "from -9223372036854775808 to 9223372036854775807";
      throw new ParameterException(spec.commandLine(), "--tenant takes a value of the tenant key " + column
          + ", a whole number " + range + ", not '" + text + "'");
    }
  }
}
