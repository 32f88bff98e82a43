package dev.grainline.cli;

import dev.grainline.runtime.CompiledModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A command line for one catalog: the generic {@code grainline} tool with {@code --catalog} fixed, and what a team
 * adds to it (a default database, commands of its own, a hint for a database without the tables). Immutable; each
 * method returns a changed copy. Run it with {@link Main#commandLine(Tool, Environment)}.
 *
 * <pre>{@code
 * Tool store = Tool.of("store", StoreCatalog::model)
 *     .description("The store model.")
 *     .defaultDatabase(new DemoDatabase())
 *     .missingTableHint("run store load to create the tables")
 *     .subcommand(LoadCommand::new);
 * }</pre>
 */
public final class Tool {
  private final String name;
  private final Supplier<CompiledModel> catalog;
  private final List<String> description;
  private final Optional<DefaultDatabase> defaultDatabase;
  private final String missingTableHint;
  private final List<Function<Session, Object>> subcommands;
  private final Map<String, List<String>> commandDescriptions;

  private Tool(String name, Supplier<CompiledModel> catalog, List<String> description,
      Optional<DefaultDatabase> defaultDatabase, String missingTableHint, List<Function<Session, Object>> subcommands,
      Map<String, List<String>> commandDescriptions) {
    this.name = name;
    this.catalog = catalog;
    this.description = List.copyOf(description);
    this.defaultDatabase = defaultDatabase;
    this.missingTableHint = missingTableHint;
    this.subcommands = List.copyOf(subcommands);
    this.commandDescriptions = Map.copyOf(commandDescriptions);
  }

  /** A tool named {@code name} (its command name) over the model {@code catalog} gives, such as a catalog's model(). */
  public static Tool of(String name, Supplier<CompiledModel> catalog) {
    return new Tool(Objects.requireNonNull(name, "name"), Objects.requireNonNull(catalog, "catalog"), List.of(),
        Optional.empty(), GENERIC_HINT, List.of(), Map.of());
  }

  static final String GENERIC_HINT = "the database does not have the model's tables where the model reads them:"
      + " run verify-schema to compare them, and map the model's schema to the database's with --schema FROM=TO";

  /** The tool's description in its usage help. */
  public Tool description(String... lines) {
    return new Tool(name, catalog, List.of(lines), defaultDatabase, missingTableHint, subcommands,
        commandDescriptions);
  }

  /** The database without {@code --jdbc-url}; without one, {@code --jdbc-url} is required by the commands that query. */
  public Tool defaultDatabase(DefaultDatabase database) {
    return new Tool(name, catalog, description, Optional.of(database), missingTableHint, subcommands,
        commandDescriptions);
  }

  /** What to tell a user whose database lacks a table the query reads ("run store load to create them"). */
  public Tool missingTableHint(String hint) {
    return new Tool(name, catalog, description, defaultDatabase, Objects.requireNonNull(hint, "hint"), subcommands,
        commandDescriptions);
  }

  /**
   * A command of the tool's own: {@code command} makes a picocli {@code @Command} object from the session it runs in
   * (whose database and schema mapping are the tool's {@code --jdbc-url} and {@code --schema}).
   */
  public Tool subcommand(Function<Session, Object> command) {
    List<Function<Session, Object>> all = new ArrayList<>(subcommands);
    all.add(Objects.requireNonNull(command, "command"));
    return new Tool(name, catalog, description, defaultDatabase, missingTableHint, all, commandDescriptions);
  }

  /** Replaces the usage description of one of the generic commands ("query", "verify-schema", ...). */
  public Tool describe(String command, String... lines) {
    Map<String, List<String>> all = new HashMap<>(commandDescriptions);
    all.put(command, List.of(lines));
    return new Tool(name, catalog, description, defaultDatabase, missingTableHint, subcommands, all);
  }

  String name() {
    return name;
  }

  Supplier<CompiledModel> catalog() {
    return catalog;
  }

  List<String> descriptionLines() {
    return description;
  }

  Optional<DefaultDatabase> defaultDb() {
    return defaultDatabase;
  }

  String hint() {
    return missingTableHint;
  }

  List<Function<Session, Object>> subcommands() {
    return subcommands;
  }

  Optional<List<String>> descriptionOf(String command) {
    return Optional.ofNullable(commandDescriptions.get(command));
  }
}
