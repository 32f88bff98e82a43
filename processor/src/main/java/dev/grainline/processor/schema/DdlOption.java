package dev.grainline.processor.schema;

import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.validation.Diagnostic;
import dev.grainline.internal.model.validation.Message;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The processor options of the compile-time schema check:
 *
 * <ul>
 *   <li>{@code -Agrainline.ddl=src/main/sql/schema.sql,src/main/sql/views.sql}: the DDL files describing the
 *       database, read in order (a later file may alter what an earlier one created). A relative path is relative to
 *       javac's working directory, which javac has no other name for: Maven runs javac in the directory it was
 *       started in, not in the module's, so write {@code -Agrainline.ddl=${project.basedir}/src/main/sql/schema.sql}
 *       there, and {@code "-Agrainline.ddl=$projectDir/src/main/sql/schema.sql"} in Gradle.
 *   <li>{@code -Agrainline.ddl.dialect=postgres|duckdb}: the dialect the files are written in (default postgres).
 * </ul>
 *
 * <p>Without {@code grainline.ddl} there is no check, and the processor reads no file.
 */
public sealed interface DdlOption {
  String FILES = "grainline.ddl";
  String DIALECT = "grainline.ddl.dialect";

  /** The options the processor declares, so that javac does not warn that nobody took them. */
  Set<String> NAMES = Set.of(FILES, DIALECT);

  /** No DDL files named: no check. */
  record Off() implements DdlOption {}

  /** The files to read, resolved, in the order given. */
  record On(List<Path> files, DdlDialect dialect) implements DdlOption {
    public On {
      files = List.copyOf(files);
      Objects.requireNonNull(dialect, "dialect");
    }
  }

  /** The options cannot be used; the problem is shown once, at the model. */
  record Invalid(Diagnostic problem) implements DdlOption {
    public Invalid {
      Objects.requireNonNull(problem, "problem");
    }
  }

  /** The option the processor was given; relative paths resolve against {@code workingDirectory}. */
  static DdlOption of(Map<String, String> options, Path workingDirectory) {
    String files = options.get(FILES);
    if (files == null || files.isBlank()) {
      return new Off();
    }
    String dialectName = Optional.ofNullable(options.get(DIALECT)).orElse(DdlDialect.POSTGRES.id());
    Optional<DdlDialect> dialect = DdlDialect.ofId(dialectName);
    if (dialect.isEmpty()) {
      return new Invalid(Diagnostic.of(Message.DDL_DIALECT, Origin.UNKNOWN, null, dialectName));
    }
    List<Path> paths = new ArrayList<>();
    for (String path : files.split(",")) {
      if (path.isBlank()) {
        continue;
      }
      try {
        paths.add(workingDirectory.resolve(path.strip()).normalize());
      } catch (InvalidPathException e) {
        return new Invalid(Diagnostic.of(Message.DDL_FILE, Origin.UNKNOWN, null, path.strip(), e.getReason()));
      }
    }
    return new On(paths, dialect.get());
  }
}
