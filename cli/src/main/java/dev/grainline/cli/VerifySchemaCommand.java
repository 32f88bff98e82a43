package dev.grainline.cli;

import com.zaxxer.hikari.HikariDataSource;
import dev.grainline.DatabaseException;
import dev.grainline.runtime.SchemaReport;
import dev.grainline.runtime.SemanticLayer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code verify-schema}: checks that the database has every table and column the model reads, each of a type its
 * declaration reads. A clean report goes to standard output (exit 0); mismatches are errors on standard error, all
 * of them at once (exit 2, as for anything else Grainline rejects).
 */
@Command(name = "verify-schema",
    description = "Checks the model against the database's schema: every table, column and column type it reads.")
final class VerifySchemaCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  private final ToolCommand tool;

  VerifySchemaCommand(ToolCommand tool) {
    this.tool = tool;
  }

  @Override
  public Integer call() {
    DatabaseTarget target = tool.target(spec);
    SemanticLayer.Builder builder = tool.layer(spec);
    SchemaReport report;
    try (HikariDataSource pool = target.open(DatabaseTarget.Access.READ, tool.timeout())) {
      report = builder.dataSource(pool).dialect(target.dialect()).build().verifySchema();
    } catch (DatabaseException e) {
      throw DatabaseFailure.failed(target.url(), "read the schema", e);
    }
    if (report.isClean()) {
      spec.commandLine().getOut().println(report);
      return 0;
    }
    spec.commandLine().getErr().println("error: " + report);
    return Main.USAGE;
  }
}
