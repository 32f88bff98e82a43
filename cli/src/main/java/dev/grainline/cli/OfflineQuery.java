package dev.grainline.cli;

import dev.grainline.runtime.Dialect;
import dev.grainline.runtime.MetricQuery;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options of the commands that work on a query without a database ({@code sql}, {@code explain}). */
final class OfflineQuery {
  @Mixin
  private QueryOptions query;

  @Option(names = "--dialect", paramLabel = "DIALECT", defaultValue = "duckdb", converter = DialectConverter.class,
      description = "postgres, duckdb or trino (default: ${DEFAULT-VALUE}).")
  private Dialect dialect;

  /** The query, on a layer that renders for the dialect and has no database. */
  MetricQuery query(ToolCommand tool, CommandSpec command) {
    return query.on(tool.layer(command).dialect(dialect).build());
  }
}
