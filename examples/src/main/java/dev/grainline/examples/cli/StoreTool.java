package dev.grainline.examples.cli;

import dev.grainline.cli.DefaultDatabase;
import dev.grainline.cli.Environment;
import dev.grainline.cli.Tool;
import dev.grainline.examples.StoreModel;
import dev.grainline.examples.data.DemoDatabase;
import dev.grainline.examples.data.SampleData;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@code store}: the generic command line ({@code grainline}) with the store's catalog, the demo database as its
 * default database, and {@code load}.
 */
final class StoreTool {
  private StoreTool() {}

  static Tool tool() {
    return Tool.of("store", StoreModel::model)
        .description("The store model: orders and page views by customer, product, date and location (schema v3).")
        .defaultDatabase(new Demo())
        .missingTableHint("run store load to create the store's tables and load the sample data")
        .describe("query", "Runs a query of the store model and prints its rows.",
            "Without --jdbc-url, queries the demo DuckDB database, loading it on first use.")
        .describe("verify-schema",
            "Checks the store model against the database's schema: every table, column and column type it reads.",
            "Without --jdbc-url, checks the demo DuckDB database (as it is: run store load to create it).")
        .subcommand(LoadCommand::new);
  }

  /** The demo database, loaded with the standard sample data on first use. */
  private static final class Demo implements DefaultDatabase {
    @Override
    public Path file(Environment environment) {
      return DemoDatabase.location(environment.variables(), environment.userHome());
    }

    @Override
    public void beforeQuery(Connection connection, Path file, PrintWriter err) throws SQLException {
      if (DemoDatabase.needsLoading(connection)) {
        err.println("loading the sample data into " + DemoDatabase.jdbcUrl(file) + " (first use)");
        DemoDatabase.load(connection, SampleData.standard());
      }
    }
  }
}
