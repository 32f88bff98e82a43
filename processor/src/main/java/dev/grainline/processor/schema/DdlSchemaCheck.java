package dev.grainline.processor.schema;

import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.schema.SchemaCheck;
import dev.grainline.internal.model.validation.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The compile-time schema check: the model against the DDL files of {@code -Agrainline.ddl}, by the rule the
 * runtime's {@code SemanticLayer.verifySchema()} applies to a live database. The files are read once per
 * compilation, when the first model is checked; every model package of the compilation is checked against them.
 * No schema mapping applies: the files describe the schemas as the model names them.
 */
public final class DdlSchemaCheck {
  private final DdlOption option;
  private DdlSchemaReader.Result read;

  private DdlSchemaCheck(DdlOption option) {
    this.option = option;
  }

  /** The check the processor's options ask for ({@code processingEnv.getOptions()}). */
  public static DdlSchemaCheck of(Map<String, String> processorOptions) {
    return new DdlSchemaCheck(DdlOption.of(processorOptions, Path.of("").toAbsolutePath()));
  }

  /**
   * The model's mismatches with the DDL, as diagnostics whose nodes are the model's tables and columns; or the
   * problems of the options or the files, without a node (shown at the model); nothing without the option.
   */
  public List<Diagnostic> check(Model model) {
    return switch (option) {
      case DdlOption.Off off -> List.of();
      case DdlOption.Invalid invalid -> List.of(invalid.problem());
      case DdlOption.On on -> switch (read(on)) {
        case DdlSchemaReader.Result.Failed failed -> failed.problems();
        case DdlSchemaReader.Result.Read ddl -> SchemaCheck.check(model, ddl.snapshot(), Map.of()).diagnostics();
      };
    };
  }

  private DdlSchemaReader.Result read(DdlOption.On on) {
    if (read == null) {
      read = DdlSchemaReader.read(on.files(), on.dialect());
    }
    return read;
  }
}
