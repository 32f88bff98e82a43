package dev.grainline.examples.cli;

import dev.grainline.cli.Session;
import dev.grainline.examples.data.DemoDatabase;
import dev.grainline.examples.data.LoadReport;
import dev.grainline.examples.data.SampleData;
import dev.grainline.examples.data.StoreDataSet;
import dev.grainline.examples.data.StoreLoader;
import dev.grainline.examples.data.StoreSchema;
import dev.grainline.examples.data.StoreTable;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code store load}: creates the store's tables and loads sample (or toy) data into them, in the database and
 * schema of the tool's {@code --jdbc-url} and {@code --schema}.
 */
@Command(name = "load", description = {
    "Drops and recreates schema v3 (or --schema) and loads the sample data into it.",
    "Without --jdbc-url, loads the demo DuckDB database."})
final class LoadCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  private final Session session;

  @Option(names = "--orders", paramLabel = "N",
      description = "How many orders to generate; about 3 lines each (default: 6000).")
  private Optional<Integer> orders = Optional.empty();

  @Option(names = "--toy", description = "Load the hand-checkable toy data of the reference instead.")
  private boolean toy;

  LoadCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    StoreDataSet data = dataSet();
    String schema = schema();
    boolean demo = session.onDefaultDatabase(spec);
    LoadReport report = session.withConnection(spec, "load the data", connection ->
        // The demo database's marker describes schema v3; data elsewhere in it is the user's business.
        demo && schema.equals(StoreSchema.MODEL_SCHEMA)
            ? DemoDatabase.load(connection, data)
            : StoreLoader.load(connection, schema, data));
    PrintWriter out = spec.commandLine().getOut();
    out.println("loaded " + data.description() + " into schema " + report.schema() + " of "
        + session.databaseUrl(spec));
    for (StoreTable table : StoreTable.values()) {
      out.printf("  %-12s %,10d rows%n", table.tableName(), report.rows(table));
    }
    return 0;
  }

  /** Where the model's schema v3 is read from, which is where the tables go; spliced into DDL, so checked. */
  private String schema() {
    try {
      return StoreSchema.checkName(session.databaseSchema(spec, StoreSchema.MODEL_SCHEMA));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--schema: " + e.getMessage());
    }
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
