package dev.grainline.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * {@code grainline}: the command line for any catalog on the class path, {@code java -cp
 * grainline-cli.jar:model.jar dev.grainline.cli.Main --catalog com.example.ShopCatalog --jdbc-url URL
 * list|query|sql|explain|verify-schema}; and, through {@link #commandLine(Tool, Environment)}, a team's own tool for
 * one catalog.
 *
 * <p>Exit status: 0 success; 1 an unexpected failure; 2 a usage error, a query Grainline rejects or a schema that
 * does not match the model; 3 the database is unreachable or failed; 4 the JVM ran out of memory or stack. Errors
 * are one message on standard error, without a stack trace unless {@code --verbose}.
 */
public final class Main {
  static final int UNEXPECTED = 1;
  static final int USAGE = 2;
  static final int DATABASE = 3;
  static final int RESOURCES = 4;

  private Main() {}

  public static void main(String[] args) {
    int status = run(Environment.system(), new PrintWriter(System.out, true), new PrintWriter(System.err, true),
        args);
    System.exit(status);
  }

  /** Runs {@code grainline} with these arguments and returns its exit status; output goes to {@code out}, {@code err}. */
  public static int run(Environment environment, PrintWriter out, PrintWriter err, String... args) {
    return execute(withCommands(new CommandLine(new AnyCatalogCommand(environment))), out, err, args);
  }

  /**
   * The command line of a tool for one catalog: list, query, sql, explain and verify-schema, and the tool's own
   * commands. Run it with {@link #execute}, as it is or as a subcommand of another command line.
   */
  public static CommandLine commandLine(Tool tool, Environment environment) {
    CommandLine commandLine = new CommandLine(new ToolCommand(tool, environment));
    commandLine.getCommandSpec().name(tool.name());
    commandLine.getCommandSpec().usageMessage().description(tool.descriptionLines().toArray(String[]::new));
    return withCommands(commandLine);
  }

  /**
   * Runs a command line made by {@link #commandLine(Tool, Environment)} (or one that contains it) and returns its
   * exit status. Every failure, Java errors included, is reported as one message on {@code err}.
   */
  public static int execute(CommandLine commandLine, PrintWriter out, PrintWriter err, String... args) {
    commandLine.setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, failed, parsed) -> Failures.report(e, failed.getErr(), verbose(parsed)));
    try {
      return commandLine.execute(args);
    } catch (Error e) {
      // picocli hands only exceptions to the handler: an OutOfMemoryError or StackOverflowError comes through here.
      return Failures.report(e, err, verbose(commandLine.getParseResult()));
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static boolean verbose(ParseResult parsed) {
    for (ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  private static CommandLine withCommands(CommandLine root) {
    ToolCommand tool = (ToolCommand) root.getCommandSpec().userObject();
    Session session = new Session(tool);
    List<Object> commands = List.of(new ListCommand(tool), new QueryCommand(tool), new SqlCommand(tool),
        new ExplainCommand(tool), new VerifySchemaCommand(tool));
    for (Object command : commands) {
      CommandLine sub = new CommandLine(command);
      tool.tool().descriptionOf(sub.getCommandName())
          .ifPresent(lines -> sub.getCommandSpec().usageMessage().description(lines.toArray(String[]::new)));
      root.addSubcommand(sub);
    }
    for (var command : tool.tool().subcommands()) {
      root.addSubcommand(new CommandLine(command.apply(session)));
    }
    return root;
  }
}
