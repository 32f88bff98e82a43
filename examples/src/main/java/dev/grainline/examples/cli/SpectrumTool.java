package dev.grainline.examples.cli;

import dev.grainline.cli.DefaultDatabase;
import dev.grainline.cli.Environment;
import dev.grainline.cli.Tool;
import dev.grainline.examples.data.DemoDatabase;
import dev.grainline.examples.spectrum.SpectrumCatalog;
import dev.grainline.examples.spectrum.data.SpectrumData;
import dev.grainline.examples.spectrum.data.SpectrumDemoDatabase;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@code spectrum}: the generic command line ({@code grainline}) with Spectrum's catalog (spectrum.md §2.4), its own
 * demo database as the default database, and {@code load}. {@code --tenant} comes with the generic command line,
 * from the model's tenant key.
 */
final class SpectrumTool {
  private SpectrumTool() {}

  static Tool tool() {
    return Tool.of("spectrum", SpectrumCatalog::model)
        .description("The Spectrum model: events of many accounts (tenants), revenue and weekly retention.")
        .defaultDatabase(new Demo())
        .missingTableHint("run spectrum load to create Spectrum's tables and load the generated data")
        .describe("query", "Runs a query of the Spectrum model and prints its rows.",
            "Without --jdbc-url, queries the Spectrum demo DuckDB database, loading it on first use.")
        .describe("verify-schema",
            "Checks the Spectrum model against the database's schema: every table, column and column type it reads.",
            "Without --jdbc-url, checks the Spectrum demo DuckDB database (as it is: run spectrum load to create it).")
        .subcommand(SpectrumLoadCommand::new);
  }

  /** The demo database, loaded with the default Spectrum data on first use. */
  private static final class Demo implements DefaultDatabase {
    @Override
    public Path file(Environment environment) {
      return SpectrumDemoDatabase.location(environment.variables(), environment.userHome());
    }

    @Override
    public void beforeQuery(Connection connection, Path file, PrintWriter err) throws SQLException {
      if (SpectrumDemoDatabase.needsLoading(connection)) {
        err.println("loading the Spectrum data into " + DemoDatabase.jdbcUrl(file) + " (first use)");
        SpectrumDemoDatabase.load(connection, SpectrumData.standard());
      }
    }
  }
}
