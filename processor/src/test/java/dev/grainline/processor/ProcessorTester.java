package dev.grainline.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles test sources with the Grainline processor against the DSL and the runtime (the test class path, which
 * surefire passes as is), and asserts diagnostics at places named by a marker in the source rather than by
 * numbers: {@code assertOnlyError(compilation, orders, at(".limit(0)"), "...")} means the caret is under the first
 * character of the only occurrence of {@code .limit(0)}.
 */
final class ProcessorTester {
  private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";
  private static final List<File> CLASS_PATH = Arrays.stream(
          System.getProperty("java.class.path").split(File.pathSeparator))
      .map(File::new)
      .toList();

  private ProcessorTester() {}

  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(sources));
  }

  static Compilation compile(List<JavaFileObject> sources) {
    return compile(new GrainlineProcessor(), sources);
  }

  static Compilation compile(Processor processor, List<JavaFileObject> sources) {
    return compile(List.of(), List.of(processor), List.of(), sources);
  }

  /** Compiles with extra javac options, such as the processor's {@code -Agrainline.ddl=...}. */
  static Compilation compileWithOptions(Processor processor, List<String> options, List<JavaFileObject> sources) {
    return compile(List.of(), List.of(processor), options, sources);
  }

  /**
   * Compiles with {@code classPath} in front of the test class path: the class files of an earlier build, or a
   * library, as an incremental build or a second module sees them.
   */
  static Compilation compile(List<File> classPath, List<Processor> processors, List<JavaFileObject> sources) {
    return compile(classPath, processors, List.of(), sources);
  }

  private static Compilation compile(List<File> classPath, List<Processor> processors, List<String> options,
      List<JavaFileObject> sources) {
    List<File> path = new ArrayList<>(classPath);
    path.addAll(CLASS_PATH);
    List<String> all = new ArrayList<>(List.of("-Xlint:all,-processing,-serial"));
    all.addAll(options);
    return Compiler.javac()
        .withProcessors(processors)
        .withClasspath(path)
        .withOptions(all)
        .compile(sources);
  }

  /**
   * The source that annotation processing alone ({@code -proc:only}) generates for {@code qualifiedName}, written
   * under {@code directory}: the way to see what a compilation that fails generated, which compile-testing hides.
   */
  static String generatedByProcessingAlone(List<JavaFileObject> sources, String qualifiedName, Path directory) {
    return generatedByProcessingAlone(List.of(), List.of(), sources, qualifiedName, directory);
  }

  /**
   * As {@link #generatedByProcessingAlone(List, String, Path)}, with {@code classPath} in front of the test class
   * path, and {@code classNames} of classes on it handed to processing as well, as Gradle hands over the unchanged
   * classes an aggregating processor reads.
   */
  static String generatedByProcessingAlone(List<File> classPath, List<String> classNames,
      List<JavaFileObject> sources, String qualifiedName, Path directory) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      Files.createDirectories(directory);
      List<File> path = new ArrayList<>(classPath);
      path.addAll(CLASS_PATH);
      files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(directory.toFile()));
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(directory.toFile()));
      files.setLocation(StandardLocation.CLASS_PATH, path);
      JavaCompiler.CompilationTask task = javac.getTask(Writer.nullWriter(), files, diagnostic -> {},
          List.of("-proc:only", "-Xlint:all,-processing,-serial"), classNames.isEmpty() ? null : classNames,
          sources);
      task.setProcessors(List.of(new GrainlineProcessor()));
      task.call();
      return Files.readString(directory.resolve(qualifiedName.replace('.', '/') + ".java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the class files a compilation produced under {@code directory}, as javac's output directory holds them. */
  static File classFiles(Compilation compilation, Path directory) {
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      int start = path.indexOf(CLASS_OUTPUT);
      if (file.getKind() == JavaFileObject.Kind.CLASS && start >= 0) {
        Path target = directory.resolve(path.substring(start + CLASS_OUTPUT.length()));
        try (InputStream in = file.openInputStream()) {
          Files.createDirectories(target.getParent());
          Files.write(target, in.readAllBytes());
        } catch (FileNotFoundException neverWritten) {
          // compile-testing lists a class output the processor looked for (through Filer.getResource) and javac
          // never wrote, such as a library class: there is nothing to copy.
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return directory.toFile();
  }

  /**
   * Every diagnostic of a compilation, one line each: its kind, file and line, and the first line of its message,
   * as in {@code ERROR ShopMetrics.java:9 cannot find symbol}; {@code -} where it has no file.
   */
  static List<String> diagnostics(Compilation compilation) {
    return compilation.diagnostics().stream()
        .map(d -> d.getKind() + " " + (d.getSource() == null
            ? "-"
            : Path.of(d.getSource().toUri().getPath()).getFileName() + ":" + d.getLineNumber())
            + " " + d.getMessage(Locale.ROOT).lines().findFirst().orElse(""))
        .toList();
  }

  static JavaFileObject source(String qualifiedName, String code) {
    return JavaFileObjects.forSourceString(qualifiedName, code);
  }

  /** A 1-based line and column, as javac reports them. */
  record Position(long line, long column) {}

  /**
   * A place in a source: the first character of {@code marker} on the only line that contains {@code line}, or,
   * without a line, of the only occurrence of {@code marker} in the source.
   */
  record Place(Optional<String> line, String marker) {
    Position in(JavaFileObject source) {
      String code = content(source);
      int from = 0;
      if (line.isPresent()) {
        from = unique(code, line.get(), source);
        from = code.lastIndexOf('\n', from) + 1;
      }
      int index = line.isPresent() ? code.indexOf(marker, from) : unique(code, marker, source);
      int lineEnd = code.indexOf('\n', from);
      assertWithMessage("%s in %s", this, source.getName()).that(index).isAtLeast(0);
      if (line.isPresent()) {
        assertWithMessage("%s on one line of %s", this, source.getName()).that(index).isLessThan(lineEnd);
      }
      int lineStart = code.lastIndexOf('\n', index - 1) + 1;
      long number = code.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
      return new Position(number, index - lineStart + 1);
    }

    private static int unique(String code, String text, JavaFileObject source) {
      int index = code.indexOf(text);
      assertWithMessage("%s in %s", text, source.getName()).that(index).isAtLeast(0);
      assertWithMessage("%s occurs once in %s", text, source.getName())
          .that(code.lastIndexOf(text)).isEqualTo(index);
      return index;
    }
  }

  /** The only occurrence of {@code marker}. */
  static Place at(String marker) {
    return new Place(Optional.empty(), marker);
  }

  /** {@code marker} on the only line containing {@code line}. */
  static Place at(String line, String marker) {
    return new Place(Optional.of(line), marker);
  }

  /** Asserts that the compilation failed with exactly one error: {@code message}, at {@code place}. */
  static void assertOnlyError(Compilation compilation, JavaFileObject file, Place place, String message) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, file, place, message);
  }

  /** Asserts an error containing {@code message} at {@code place}. */
  static void assertError(Compilation compilation, JavaFileObject file, Place place, String message) {
    Position position = place.in(file);
    assertThat(compilation).hadErrorContaining(message)
        .inFile(file).onLine(position.line()).atColumn(position.column());
  }

  /** Asserts a note containing {@code message} at {@code place}. */
  static void assertNote(Compilation compilation, JavaFileObject file, Place place, String message) {
    Position position = place.in(file);
    assertThat(compilation).hadNoteContaining(message)
        .inFile(file).onLine(position.line()).atColumn(position.column());
  }

  /** Asserts a warning containing {@code message} at {@code place}. */
  static void assertWarning(Compilation compilation, JavaFileObject file, Place place, String message) {
    Position position = place.in(file);
    assertThat(compilation).hadWarningContaining(message)
        .inFile(file).onLine(position.line()).atColumn(position.column());
  }

  static String content(JavaFileObject file) {
    try {
      return file.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
