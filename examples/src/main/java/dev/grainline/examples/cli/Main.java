package dev.grainline.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/**
 * The examples' command line: {@code java -jar grainline-examples.jar store query --metrics v3.total_revenue
 * --dimensions v3.product.category}.
 *
 * <p>Exit status: 0 success; 1 an unexpected failure; 2 a usage error, a query Grainline rejects or a schema that
 * does not match the model; 3 the database is unreachable or failed. Errors are one message on standard error,
 * without a stack trace unless {@code --verbose}.
 */
@Command(name = "grainline-examples", subcommands = StoreCommand.class,
    description = "Grainline's examples: the store model over sample data, from the command line.")
public final class Main {
  static final int UNEXPECTED = 1;
  static final int USAGE = 2;
  static final int DATABASE = 3;

  private final Environment environment;

  @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "Show this help.")
  private boolean help;

  @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show the stack trace of unexpected errors.")
  private boolean verbose;

  private Main(Environment environment) {
    this.environment = environment;
  }

  public static void main(String[] args) {
    int status = run(Environment.system(), new PrintWriter(System.out, true), new PrintWriter(System.err, true),
        args);
    System.exit(status);
  }

  /** Runs a command line and returns its exit status; what it prints goes to {@code out} and {@code err}. */
  public static int run(Environment environment, PrintWriter out, PrintWriter err, String... args) {
    Main main = new Main(environment);
    CommandLine commandLine = new CommandLine(main)
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, failed, parsed) -> Failures.report(e, failed.getErr(), main.verbose));
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  Environment environment() {
    return environment;
  }
}
