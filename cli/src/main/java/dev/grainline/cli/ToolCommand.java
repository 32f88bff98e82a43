package dev.grainline.cli;

import dev.grainline.runtime.CompiledModel;
import dev.grainline.runtime.SemanticLayer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root of a tool: the options every command shares (the database, the schema mapping) and the catalog, fixed
 * ({@link Tool}) or named by {@code --catalog} ({@link AnyCatalogCommand}). The options may come before or after the
 * command's name: {@code grainline --jdbc-url URL query ...} and {@code store query --jdbc-url URL ...}.
 */
@Command(name = "tool")
class ToolCommand {
  @Spec
  CommandSpec spec;

  private final Tool tool;
  private final Environment environment;
  private Optional<CompiledModel> model = Optional.empty();
  private final List<String> schemaMappings = new ArrayList<>();

  @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "Show this help.")
  private boolean help;

  @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show the stack trace of unexpected errors.")
  private boolean verbose;

  @Option(names = "--jdbc-url", paramLabel = "URL", scope = ScopeType.INHERIT,
      description = "The database: " + DatabaseTarget.URL_FORMS + " (a DuckDB file that is only read is opened"
          + " read-only; on Trino, map the model's schema to catalog.schema with --schema, or name the catalog in the"
          + " URL).")
  private Optional<String> jdbcUrl = Optional.empty();

  private Optional<Duration> timeout = Optional.empty();

  @Option(names = "--timeout", paramLabel = "SECONDS", scope = ScopeType.INHERIT,
      description = "How long a query may take (getting a connection, running it, and each wait for more rows);"
          + " at the limit it is cancelled on the database (default: 30 seconds).")
  private void timeout(BigDecimal seconds) {
    if (seconds.signum() <= 0) {
      throw new ParameterException(spec.commandLine(), "--timeout must be a positive number of seconds, but was "
          + seconds.toPlainString());
    }
    BigDecimal nanos = seconds.movePointRight(9);
    timeout = Optional.of(nanos.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0
        ? Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L)
        : Duration.ofNanos(Math.max(1, nanos.longValue())));
  }

  @Option(names = "--schema", paramLabel = "[FROM=]TO", scope = ScopeType.INHERIT,
      description = "Where the model's tables are: FROM=TO reads the model's schema FROM from the database's schema"
          + " TO (repeatable, or comma-separated); a plain name maps the one schema the model reads. TO may name"
          + " its catalog, as Trino's schemas do: v3=iceberg.store.")
  private void schema(String mappings) {
    for (String mapping : mappings.split(",")) {
      if (!mapping.isBlank()) {
        SchemaMapping.check(mapping.strip(), spec.commandLine());
        schemaMappings.add(mapping.strip());
      }
    }
  }

  ToolCommand(Tool tool, Environment environment) {
    this.tool = tool;
    this.environment = environment;
  }

  Tool tool() {
    return tool;
  }

  /** The limit of {@code --timeout}, if given. */
  Optional<Duration> timeout() {
    return timeout;
  }

  Environment environment() {
    return environment;
  }

  /** The catalog's model, loaded once. */
  final CompiledModel model(CommandSpec command) {
    if (model.isEmpty()) {
      model = Optional.of(loadModel(command));
    }
    return model.get();
  }

  CompiledModel loadModel(CommandSpec command) {
    return tool.catalog().get();
  }

  /** The database of {@code --jdbc-url}, or the tool's default one. */
  DatabaseTarget target(CommandSpec command) {
    return DatabaseTarget.of(jdbcUrl, tool.defaultDb(), environment, command);
  }

  SchemaMapping schemaMapping(CommandSpec command) {
    return SchemaMapping.of(schemaMappings, model(command), command.commandLine());
  }

  /** A layer over the model, with the schema mapping; the caller adds the database or the dialect. */
  SemanticLayer.Builder layer(CommandSpec command) {
    SemanticLayer.Builder builder = schemaMapping(command).applyTo(SemanticLayer.builder(model(command)));
    return timeout.map(builder::queryTimeout).orElse(builder);
  }

  static ParameterException usage(CommandSpec command, String message) {
    return new ParameterException(command.commandLine(), message);
  }
}
