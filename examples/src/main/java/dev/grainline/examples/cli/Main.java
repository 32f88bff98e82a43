package dev.grainline.examples.cli;

import dev.grainline.cli.Environment;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The examples' command line: {@code java -jar grainline-examples.jar store query --metrics v3.total_revenue
 * --dimensions v3.product.category}. {@code store} and {@code spectrum} are Grainline's command line for one catalog
 * ({@link dev.grainline.cli.Main}), with the store's and Spectrum's; exit statuses and errors are that command
 * line's.
 */
@Command(name = "grainline-examples",
    description = "Grainline's examples: the store and Spectrum models over generated data, from the command line.")
public final class Main {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  private boolean help;

  private Main() {}

  public static void main(String[] args) {
    int status = run(Environment.system(), new PrintWriter(System.out, true), new PrintWriter(System.err, true),
        args);
    System.exit(status);
  }

  /** Runs a command line and returns its exit status; what it prints goes to {@code out} and {@code err}. */
  public static int run(Environment environment, PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new Main())
        .addSubcommand(dev.grainline.cli.Main.commandLine(StoreTool.tool(), environment))
        .addSubcommand(dev.grainline.cli.Main.commandLine(SpectrumTool.tool(), environment));
    return dev.grainline.cli.Main.execute(commandLine, out, err, args);
  }
}
