package dev.grainline.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What the command line reads from its surroundings: environment variables and the home directory (where a tool's
 * default database may live).
 */
public record Environment(Map<String, String> variables, Path userHome) {
  public Environment {
    variables = Map.copyOf(variables);
    Objects.requireNonNull(userHome, "userHome");
  }

  public static Environment system() {
    return new Environment(System.getenv(), Path.of(System.getProperty("user.home")));
  }
}
