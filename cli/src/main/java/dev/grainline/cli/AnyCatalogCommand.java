package dev.grainline.cli;

import dev.grainline.runtime.CompiledModel;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code grainline}: the root of the tool for any catalog, named by {@code --catalog}. */
@Command(name = "grainline", description = {
    "Explore and query a Grainline model: the catalog the annotation processor generated for it, on the class path",
    "(java -cp grainline-cli.jar:your-model.jar dev.grainline.cli.Main --catalog com.example.ShopCatalog list)."})
final class AnyCatalogCommand extends ToolCommand {
  @Option(names = "--catalog", paramLabel = "CLASS", scope = ScopeType.INHERIT,
      description = "The generated catalog class, by its binary name: com.example.ShopCatalog.")
  private Optional<String> catalog = Optional.empty();

  AnyCatalogCommand(Environment environment) {
    super(Tool.of("grainline", () -> {
      throw new IllegalStateException("the catalog is named by --catalog");
    }), environment);
  }

  @Override
  CompiledModel loadModel(CommandSpec command) {
    String name = catalog.orElseThrow(() -> usage(command,
        "Missing required option: '--catalog=CLASS': the generated catalog of the model, such as"
            + " com.example.ShopCatalog"));
    return Catalogs.load(name, Thread.currentThread().getContextClassLoader(), command);
  }
}
