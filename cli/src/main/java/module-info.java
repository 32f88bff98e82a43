/**
 * Grainline's command line: {@code grainline --catalog CLASS list|query|sql|explain|verify-schema} for any generated
 * catalog, and {@code dev.grainline.cli.Tool} for a team's own tool over one catalog. Catalogs are loaded by name
 * from the class path, which is how the command line runs ({@code java -cp grainline-cli.jar:model.jar}).
 */
module dev.grainline.cli {
  requires transitive dev.grainline.runtime;
  requires transitive info.picocli;
  requires com.zaxxer.hikari;
  requires com.fasterxml.jackson.core;

  exports dev.grainline.cli;

  // picocli sets the commands' option fields and reads their annotations reflectively.
  opens dev.grainline.cli to info.picocli;
}
