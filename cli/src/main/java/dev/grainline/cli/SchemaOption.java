package dev.grainline.cli;

import dev.grainline.examples.data.StoreSchema;
import dev.grainline.runtime.SemanticLayer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --schema}: where the store's tables are, when not in the model's schema v3. */
final class SchemaOption {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  private String schema = StoreSchema.MODEL_SCHEMA;

  @Option(names = "--schema", paramLabel = "SCHEMA", defaultValue = StoreSchema.MODEL_SCHEMA,
      description = "The schema holding the store's tables (default: ${DEFAULT-VALUE}).")
  private void schema(String name) {
    try {
      schema = StoreSchema.checkName(name);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--schema: " + e.getMessage());
    }
  }

  String name() {
    return schema;
  }

  /** Reads the model's v3 tables from this schema. */
  SemanticLayer.Builder applyTo(SemanticLayer.Builder layer) {
    return schema.equals(StoreSchema.MODEL_SCHEMA) ? layer : layer.mapSchema(StoreSchema.MODEL_SCHEMA, schema);
  }
}
