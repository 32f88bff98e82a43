package dev.grainline.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code store}: the store model of the reference implementation, over the sample data. */
@Command(name = "store",
    description = "The store model: orders and page views by customer, product, date and location (schema v3).",
    subcommands = {LoadCommand.class, QueryCommand.class, SqlCommand.class, ExplainCommand.class,
        VerifySchemaCommand.class})
final class StoreCommand {
  @ParentCommand
  private Main main;

  Environment environment() {
    return main.environment();
  }
}
