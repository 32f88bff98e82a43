package dev.grainline.examples.cli;

import dev.grainline.examples.data.LoadReport;
import dev.grainline.examples.data.TableLoader;
import dev.grainline.examples.spectrum.data.SpectrumData;
import dev.grainline.examples.spectrum.data.SpectrumLoader;
import dev.grainline.examples.spectrum.data.SpectrumTable;
import dev.grainline.runtime.Dialect;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code spectrum load}: creates Spectrum's tables in schema {@code warehouse} and loads generated data into them
 * (spectrum.md §2.4). It stands alone until the Spectrum model exists: {@code SpectrumTool} then wraps the generic
 * command line ({@code Tool.of("spectrum", SpectrumModel::model)}, which needs the model's catalog) and takes this
 * as its {@code load}, with the tool's {@code --jdbc-url} and a demo database as the default; until then the URL is
 * required. On Trino the schema goes into the URL's catalog.
 */
@Command(name = "load", description = {
    "Drops and recreates schema warehouse and loads the Spectrum data into it:",
    "fact_events, dim_accounts, dim_users, dim_event_types and fact_exposures.",
    "On Trino, the schema is in the URL's catalog; there a failed load leaves it",
    "partly loaded, until the next load."})
final class SpectrumLoadCommand implements Callable<Integer> {
  /** The command line's exit status for a database that failed (as {@code grainline}'s). */
  static final int DATABASE = 3;

  @Spec
  private CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  private boolean help;

  @Option(names = "--jdbc-url", paramLabel = "URL", required = true,
      description = "The database to load: PostgreSQL, DuckDB or Trino.")
  private String jdbcUrl;

  @Option(names = "--events", paramLabel = "N",
      description = "How many events to generate (default: ${DEFAULT-VALUE}).")
  private int events = SpectrumData.DEFAULT_EVENTS;

  @Option(names = "--seed", paramLabel = "S",
      description = "What makes one data set differ from another of the same size (default: ${DEFAULT-VALUE}).")
  private long seed = SpectrumData.DEFAULT_SEED;

  @Override
  public Integer call() {
    if (events < 0) {
      throw new ParameterException(spec.commandLine(), "--events must be at least 0, but was " + events);
    }
    SpectrumData data = SpectrumData.generate(seed, events);
    LoadReport report;
    String product;
    try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
      Dialect dialect = TableLoader.dialectOf(connection);
      if (dialect == Dialect.TRINO && connection.getCatalog() == null) {
        throw new ParameterException(spec.commandLine(), "--jdbc-url names no catalog: say which one schema "
            + SpectrumLoader.MODEL_SCHEMA + " goes into, as in jdbc:trino://host:port/memory");
      }
      product = dialect.id();
      report = SpectrumLoader.load(connection, SpectrumLoader.MODEL_SCHEMA, data);
    } catch (SQLException e) {
      // The URL is not repeated: it may hold a password.
      spec.commandLine().getErr().println("error: the database failed to load the Spectrum data: "
          + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
      return DATABASE;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("loaded " + data.description() + " into schema " + report.schema() + " (" + product + ")");
    for (SpectrumTable table : SpectrumTable.values()) {
      out.printf("  %-16s %,10d rows%n", table.tableName(), report.rows(table));
    }
    return 0;
  }
}
