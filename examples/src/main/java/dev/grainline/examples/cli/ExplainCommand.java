package dev.grainline.examples.cli;

import dev.grainline.runtime.Dialect;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code store explain}: prints how a query is computed, without a database. */
@Command(name = "explain",
    description = "Prints the plan of a query: its grain groups, their components and joins, and the SQL.")
final class ExplainCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private QueryOptions query;

  @Mixin
  private SchemaOption schema;

  @Option(names = "--dialect", paramLabel = "DIALECT", defaultValue = "duckdb", converter = DialectConverter.class,
      description = "postgres or duckdb (default: ${DEFAULT-VALUE}).")
  private Dialect dialect;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(query.on(SqlCommand.offlineLayer(schema, dialect)).explain().render());
    return 0;
  }
}
