package dev.grainline.cli;

import dev.grainline.runtime.MetricQuery;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sql}: prints the SQL of a query, without a database. */
@Command(name = "sql", description = "Prints the SQL a query runs, in the given dialect; needs no database.")
final class SqlCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private OfflineQuery offline;

  private final ToolCommand tool;

  SqlCommand(ToolCommand tool) {
    this.tool = tool;
  }

  @Override
  public Integer call() {
    MetricQuery text = offline.query(tool, spec);
    PrintWriter out = spec.commandLine().getOut();
    out.println(text.sql());
    List<Object> values = text.bindValues();
    if (!values.isEmpty()) {
      out.println("-- bind values: " + values);
    }
    return 0;
  }
}
