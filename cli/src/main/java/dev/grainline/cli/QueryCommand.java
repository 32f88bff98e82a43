package dev.grainline.cli;

import com.zaxxer.hikari.HikariDataSource;
import dev.grainline.DatabaseException;
import dev.grainline.examples.StoreModel;
import dev.grainline.examples.data.DemoDatabase;
import dev.grainline.examples.data.SampleData;
import dev.grainline.runtime.Result;
import dev.grainline.runtime.Row;
import dev.grainline.runtime.SemanticLayer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code store query}: runs a query and prints its rows. */
@Command(name = "query", description = {
    "Runs a query of the store model and prints its rows.",
    "Without --jdbc-url, queries the demo DuckDB database, loading it on first use."})
final class QueryCommand implements Callable<Integer> {
  @ParentCommand
  private StoreCommand store;

  @Spec
  private CommandSpec spec;

  @Mixin
  private QueryOptions query;

  @Mixin
  private SchemaOption schema;

  @Option(names = "--jdbc-url", paramLabel = "URL",
      description = "jdbc:postgresql://host/db?user=... or jdbc:duckdb:/path/file.duckdb (default: the demo database).")
  private Optional<String> jdbcUrl = Optional.empty();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  private OutputFormat format;

  @Override
  public Integer call() {
    DatabaseTarget target = DatabaseTarget.of(jdbcUrl, store.environment(), spec);
    try (HikariDataSource pool = target.open()) {
      if (target.isDemo()) {
        loadDemoOnFirstUse(pool, target);
      }
      SemanticLayer layer = schema.applyTo(SemanticLayer.builder(StoreModel.model()))
          .dataSource(pool)
          .dialect(target.dialect())
          .build();
      Result result = fetch(layer, target);
      List<List<Object>> rows = result.rows().stream().map(Row::values).toList();
      format.write(query.header(), query.formats(layer.model()), rows, spec.commandLine().getOut());
    }
    return 0;
  }

  private Result fetch(SemanticLayer layer, DatabaseTarget target) {
    try {
      return query.on(layer).fetch();
    } catch (DatabaseException e) {
      throw DatabaseFailure.failed(target.url(), "run the query", e);
    }
  }

  private void loadDemoOnFirstUse(HikariDataSource pool, DatabaseTarget target) {
    try (Connection connection = pool.getConnection()) {
      if (DemoDatabase.needsLoading(connection)) {
        // On standard error, so that CSV and JSON on standard output stay clean.
        spec.commandLine().getErr().println("loading the sample data into " + target.displayUrl() + " (first use)");
        DemoDatabase.load(connection, SampleData.standard());
      }
    } catch (SQLException e) {
      throw DatabaseFailure.failed(target.url(), "load the demo data", e);
    }
  }
}
