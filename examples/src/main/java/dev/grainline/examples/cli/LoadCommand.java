package dev.grainline.examples.cli;

import dev.grainline.cli.Session;
import dev.grainline.examples.data.DemoDatabase;
import dev.grainline.examples.data.LoadReport;
import dev.grainline.examples.data.SampleData;
import dev.grainline.examples.data.StoreDataSet;
import dev.grainline.examples.data.StoreLoader;
import dev.grainline.examples.data.StoreSchema;
import dev.grainline.examples.data.StoreTable;
import dev.grainline.runtime.Dialect;
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
 * schema of the tool's {@code --jdbc-url} and {@code --schema}. On Trino the schema is in the catalog that
 * {@code --schema v3=catalog.schema} names, or else in the URL's catalog.
 */
@Command(name = "load", description = {
    "Drops and recreates schema v3 (or --schema) and loads the sample data into it.",
    "Without --jdbc-url, loads the demo DuckDB database.",
    "On Trino, the schema is in the catalog of --schema v3=catalog.schema, or else",
    "in the URL's; there a failed load leaves it partly loaded, until the next load."})
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
    Target target = target();
    boolean demo = session.onDefaultDatabase(spec);
    LoadReport report = session.withConnection(spec, "load the data", connection -> {
      if (target.catalog().isPresent()) {
        connection.setCatalog(target.catalog().get());
      } else if (session.dialect(spec) == Dialect.TRINO && connection.getCatalog() == null) {
        throw new ParameterException(spec.commandLine(), "--jdbc-url " + session.databaseUrl(spec) + " names no"
            + " catalog: say which one the schema is in, as in --schema v3=memory." + target.schema()
            + " or jdbc:trino://host:port/memory");
      }
      // The demo database's marker describes schema v3; data elsewhere in it is the user's business.
      return demo && target.schema().equals(StoreSchema.MODEL_SCHEMA)
          ? DemoDatabase.load(connection, data)
          : StoreLoader.load(connection, target.schema(), data);
    });
    PrintWriter out = spec.commandLine().getOut();
    out.println("loaded " + data.description() + " into schema " + target.catalog().map(c -> c + ".").orElse("")
        + report.schema() + " of " + session.databaseUrl(spec));
    for (StoreTable table : StoreTable.values()) {
      out.printf("  %-12s %,10d rows%n", table.tableName(), report.rows(table));
    }
    return 0;
  }

  /** Where the tables go: the schema, in a catalog of its own when it is named {@code catalog.schema}. */
  private record Target(Optional<String> catalog, String schema) {}

  /**
   * Where the model's schema v3 is read from, which is where the tables go; the schema is spliced into DDL, so it
   * is checked. A catalog is set on the connection, which Trino's DDL and inserts then use.
   */
  private Target target() {
    String mapped = session.databaseSchema(spec, StoreSchema.MODEL_SCHEMA);
    int dot = mapped.indexOf('.');
    Optional<String> catalog = dot < 0 ? Optional.empty() : Optional.of(mapped.substring(0, dot));
    Dialect dialect = session.dialect(spec);
    boolean hasCatalogs = switch (dialect) {
      case TRINO -> true;
      case POSTGRES, DUCKDB -> false;
    };
    if (catalog.isPresent() && !hasCatalogs) {
      throw new ParameterException(spec.commandLine(), "--schema: " + mapped + " names a catalog, which load"
          + " supports on Trino; on " + dialect.id() + ", map v3 to a schema of the database, as in v3="
          + mapped.substring(dot + 1));
    }
    try {
      return new Target(catalog, StoreSchema.checkName(mapped.substring(dot + 1)));
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
