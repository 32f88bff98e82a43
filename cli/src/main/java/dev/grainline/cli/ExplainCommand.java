package dev.grainline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code explain}: prints how a query is computed, without a database. */
@Command(name = "explain",
    description = "Prints the plan of a query: its grain groups, their components and joins, and the SQL.")
final class ExplainCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private OfflineQuery offline;

  private final ToolCommand tool;

  ExplainCommand(ToolCommand tool) {
    this.tool = tool;
  }

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(offline.query(tool, spec).explain().render());
    return 0;
  }
}
