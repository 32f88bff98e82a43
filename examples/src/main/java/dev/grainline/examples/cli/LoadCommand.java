package dev.grainline.examples.cli;

import com.zaxxer.hikari.HikariDataSource;
import dev.grainline.examples.data.DemoDatabase;
import dev.grainline.examples.data.LoadReport;
import dev.grainline.examples.data.SampleData;
import dev.grainline.examples.data.StoreDataSet;
import dev.grainline.examples.data.StoreLoader;
import dev.grainline.examples.data.StoreSchema;
import dev.grainline.examples.data.StoreTable;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code store load}: creates the store's tables and loads sample (or toy) data into them. */
@Command(name = "load", description = {
    "Drops and recreates schema v3 (or --schema) and loads the sample data into it.",
    "Without --jdbc-url, loads the demo DuckDB database."})
final class LoadCommand implements Callable<Integer> {
  @ParentCommand
  private StoreCommand store;

  @Spec
  private CommandSpec spec;

  @Mixin
  private SchemaOption schema;

  @Option(names = "--jdbc-url", paramLabel = "URL",
      description = "jdbc:postgresql://host/db?user=... or jdbc:duckdb:/path/file.duckdb (default: the demo database).")
  private Optional<String> jdbcUrl = Optional.empty();

  @Option(names = "--orders", paramLabel = "N",
      description = "How many orders to generate; about 3 lines each (default: 6000).")
  private Optional<Integer> orders = Optional.empty();

  @Option(names = "--toy", description = "Load the hand-checkable toy data of the reference instead.")
  private boolean toy;

  @Override
  public Integer call() {
    StoreDataSet data = dataSet();
    DatabaseTarget target = DatabaseTarget.of(jdbcUrl, store.environment(), spec);
    PrintWriter out = spec.commandLine().getOut();
    try (HikariDataSource pool = target.open(); Connection connection = pool.getConnection()) {
      // The demo database's marker describes schema v3; data elsewhere in it is the user's business.
      LoadReport report = target.isDemo() && schema.name().equals(StoreSchema.MODEL_SCHEMA)
          ? DemoDatabase.load(connection, data)
          : StoreLoader.load(connection, schema.name(), data);
      out.println("loaded " + data.description() + " into schema " + report.schema() + " of "
          + target.displayUrl());
      for (StoreTable table : StoreTable.values()) {
        out.printf("  %-12s %,10d rows%n", table.tableName(), report.rows(table));
      }
    } catch (SQLException e) {
      throw DatabaseFailure.failed(target.url(), "load the data", e);
    }
    return 0;
  }

  private StoreDataSet dataSet() {
    if (toy && orders.isPresent()) {
      throw new ParameterException(spec.commandLine(), "--toy and --orders cannot be combined: the toy data is fixed");
    }
    if (toy) {
      return StoreDataSet.toy();
    }
    int count = orders.orElse(SampleData.standard().orderCount());
    if (count < 1) {
      throw new ParameterException(spec.commandLine(), "--orders must be at least 1, but was " + count);
    }
    return SampleData.withOrders(count);
  }
}
