package dev.grainline.examples.cli;

import dev.grainline.cli.Session;
import dev.grainline.examples.data.LoadReport;
import dev.grainline.examples.spectrum.data.SpectrumData;
import dev.grainline.examples.spectrum.data.SpectrumDemoDatabase;
import dev.grainline.examples.spectrum.data.SpectrumLoader;
import dev.grainline.examples.spectrum.data.SpectrumTable;
import dev.grainline.runtime.Dialect;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code spectrum load}: creates Spectrum's tables in schema {@code warehouse} and loads generated data into them
 * (spectrum.md §2.4), in the database of the tool's {@code --jdbc-url}, or the Spectrum demo database without it.
 * On Trino the schema goes into the URL's catalog.
 */
@Command(name = "load", description = {
    "Drops and recreates schema warehouse and loads the Spectrum data into it:",
    "fact_events, dim_accounts, dim_users, dim_event_types and fact_exposures.",
    "Without --jdbc-url, loads the Spectrum demo DuckDB database.",
    "On Trino, the schema is in the URL's catalog; there a failed load leaves it",
    "partly loaded, until the next load."})
final class SpectrumLoadCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  private final Session session;

  @Option(names = "--events", paramLabel = "N",
      description = "How many events to generate (default: ${DEFAULT-VALUE}).")
  private int events = SpectrumData.DEFAULT_EVENTS;

  @Option(names = "--seed", paramLabel = "S",
      description = "What makes one data set differ from another of the same size (default: ${DEFAULT-VALUE}).")
  private long seed = SpectrumData.DEFAULT_SEED;

  SpectrumLoadCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    if (events < 0) {
      throw new ParameterException(spec.commandLine(), "--events must be at least 0, but was " + events);
    }
    SpectrumData data = SpectrumData.generate(seed, events);
    boolean demo = session.onDefaultDatabase(spec);
    Dialect dialect = session.dialect(spec);
    LoadReport report = session.withConnection(spec, "load the Spectrum data", connection -> {
      if (dialect == Dialect.TRINO && connection.getCatalog() == null) {
        throw new ParameterException(spec.commandLine(), "--jdbc-url " + session.databaseUrl(spec) + " names no"
            + " catalog: say which one schema " + SpectrumLoader.MODEL_SCHEMA + " goes into, as in"
            + " jdbc:trino://host:port/memory");
      }
      // Only the demo database gets the marker that says it need not be loaded again.
      return demo
          ? SpectrumDemoDatabase.load(connection, data)
          : SpectrumLoader.load(connection, SpectrumLoader.MODEL_SCHEMA, data);
    });
    PrintWriter out = spec.commandLine().getOut();
    out.println("loaded " + data.description() + " into schema " + report.schema() + " of "
        + session.databaseUrl(spec));
    for (SpectrumTable table : SpectrumTable.values()) {
      out.printf("  %-16s %,10d rows%n", table.tableName(), report.rows(table));
    }
    return 0;
  }
}
