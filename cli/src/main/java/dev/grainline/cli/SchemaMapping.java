package dev.grainline.cli;

import dev.grainline.runtime.CompiledModel;
import dev.grainline.runtime.SemanticLayer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * {@code --schema}: which database schema each of the model's schemas is read from. {@code FROM=TO} maps one; a
 * plain {@code TO} maps the model's only schema (an error for a model that reads several). {@code TO} may be
 * catalog-qualified, {@code catalog.schema}, as a Trino schema is named from outside its catalog.
 */
record SchemaMapping(Map<String, String> schemas) {
  // A tool's own commands may splice the names into DDL (identifiers cannot be bound), so only plain ones pass.
  private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

  SchemaMapping {
    schemas = Map.copyOf(schemas);
  }

  /** Rejects a malformed mapping, and names that are not plain identifiers, as the mapping is given. */
  static void check(String mapping, CommandLine command) {
    String[] sides = mapping.split("=", -1);
    if (sides.length > 2) {
      throw new ParameterException(command, "--schema " + mapping + ": one = per mapping, as in v3=analytics");
    }
    String to = sides[sides.length - 1].strip();
    if (sides.length == 2 && sides[0].isBlank()) {
      throw new ParameterException(command, "--schema " + mapping + ": the model's schema before = is missing,"
          + " as in v3=" + (to.isEmpty() ? "analytics" : to));
    }
    if (to.isEmpty()) {
      throw new ParameterException(command, "--schema " + mapping + ": the database's schema after = is missing,"
          + " as in " + sides[0].strip() + "=analytics");
    }
    if (sides.length == 2) {
      checkIdentifier(sides[0].strip(), command);
    }
    String[] names = to.split("\\.", -1);
    if (names.length > 2 || Arrays.asList(names).contains("")) {
      throw new ParameterException(command, "--schema " + mapping + ": the database's schema is named schema or"
          + " catalog.schema (as in iceberg.store), not " + to);
    }
    for (String name : names) {
      checkIdentifier(name, command);
    }
  }

  private static void checkIdentifier(String name, CommandLine command) {
    if (!PLAIN_IDENTIFIER.matcher(name).matches()) {
      throw new ParameterException(command, "--schema: schema name '" + name + "' is not a plain identifier: use"
          + " letters, digits and _, starting with a letter or _");
    }
  }

  static SchemaMapping of(List<String> mappings, CompiledModel model, CommandLine command) {
    Map<String, String> schemas = new LinkedHashMap<>();
    List<String> modelSchemas = model.schemas().stream().filter(s -> !s.isEmpty()).toList();
    for (String mapping : mappings) {
      String[] parts = mapping.split("=", -1);
      String from;
      String to;
      if (parts.length == 2) {
        from = parts[0].strip();
        to = parts[1].strip();
        if (!modelSchemas.contains(from)) {
          throw new ParameterException(command, "--schema " + mapping + ": model " + model.name()
              + " reads no schema " + from + "; it reads " + described(modelSchemas));
        }
      } else if (modelSchemas.size() == 1) {
        from = modelSchemas.get(0);
        to = parts[0].strip();
      } else {
        throw new ParameterException(command, "--schema " + mapping + ": model " + model.name() + " reads "
            + described(modelSchemas) + "; say which one, as in --schema "
            + (modelSchemas.isEmpty() ? "FROM" : modelSchemas.get(0)) + "=" + mapping);
      }
      schemas.put(from, to);
    }
    return new SchemaMapping(schemas);
  }

  private static String described(List<String> schemas) {
    return schemas.isEmpty() ? "no named schema" : "schemas " + String.join(", ", schemas);
  }

  /** The database schema the model's {@code modelSchema} is read from. */
  String databaseSchema(String modelSchema) {
    return schemas.getOrDefault(modelSchema, modelSchema);
  }

  SemanticLayer.Builder applyTo(SemanticLayer.Builder layer) {
    schemas.forEach((from, to) -> {
      if (!from.equals(to)) {
        layer.mapSchema(from, to);
      }
    });
    return layer;
  }
}
