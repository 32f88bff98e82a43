package dev.grainline.cli;

import com.zaxxer.hikari.HikariDataSource;
import dev.grainline.DatabaseException;
import dev.grainline.examples.StoreModel;
import dev.grainline.runtime.SchemaReport;
import dev.grainline.runtime.SemanticLayer;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code store verify-schema}: checks that the database has every table and column the store model reads, each of a
 * type its declaration reads. A clean report goes to standard output (exit 0); mismatches are errors on standard
 * error, all of them at once (exit 2, as for anything else Grainline rejects).
 */
@Command(name = "verify-schema", description = {
    "Checks the store model against the database's schema: every table, column and column type it reads.",
    "Without --jdbc-url, checks the demo DuckDB database (as it is: run store load to create it)."})
final class VerifySchemaCommand implements Callable<Integer> {
  @ParentCommand
  private StoreCommand store;

  @Spec
  private CommandSpec spec;

  @Mixin
  private SchemaOption schema;

  @Option(names = "--jdbc-url", paramLabel = "URL",
      description = "jdbc:postgresql://host/db?user=... or jdbc:duckdb:/path/file.duckdb (default: the demo database).")
  private Optional<String> jdbcUrl = Optional.empty();

  @Override
  public Integer call() {
    DatabaseTarget target = DatabaseTarget.of(jdbcUrl, store.environment(), spec);
    SchemaReport report;
    try (HikariDataSource pool = target.open()) {
      SemanticLayer layer = schema.applyTo(SemanticLayer.builder(StoreModel.model()))
          .dataSource(pool)
          .dialect(target.dialect())
          .build();
      report = layer.verifySchema();
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
