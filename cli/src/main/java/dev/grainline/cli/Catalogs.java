package dev.grainline.cli;

import dev.grainline.runtime.CompiledModel;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Loads the catalog {@code --catalog} names: a class the annotation processor generated, whose public static
 * {@code model()} returns the {@link CompiledModel}. A name that is no class, or a class that is no catalog, is a
 * usage error that says so, with the catalogs on the class path that the name may have meant.
 */
final class Catalogs {
  /** Longer names are not compared with anything: no class name is that long, and the comparison is quadratic. */
  private static final int MAX_COMPARED_LENGTH = 300;
  /** How many class path entries are read for suggestions, so that a huge class path cannot stall an error. */
  private static final int MAX_SCANNED_ENTRIES = 200_000;

  private Catalogs() {}

  static CompiledModel load(String name, ClassLoader loader, CommandSpec command) {
    Class<?> type;
    try {
      type = Class.forName(name, true, loader);
    } catch (ClassNotFoundException e) {
      throw ToolCommand.usage(command, "--catalog " + shown(name) + ": no such class on the class path"
          + suggestion(name) + "; give the generated catalog's binary name, and its jar or classes with -cp");
    } catch (ExceptionInInitializerError e) {
      throw rethrown(e.getCause() != null ? e.getCause() : e);
    }
    Optional<Method> model = modelMethod(type);
    if (model.isEmpty()) {
      throw ToolCommand.usage(command, "--catalog " + shown(name) + ": not a Grainline catalog: it has no public"
          + " static model() returning a CompiledModel (a catalog is the class Grainline generates for a"
          + " @SemanticModel package)" + suggestion(name));
    }
    try {
      return (CompiledModel) model.get().invoke(null);
    } catch (InvocationTargetException e) {
      throw rethrown(e.getCause());
    } catch (IllegalAccessException e) {
      throw ToolCommand.usage(command, "--catalog " + shown(name) + ": cannot call its model(): " + e.getMessage());
    }
  }

  private static Optional<Method> modelMethod(Class<?> type) {
    try {
      Method method = type.getMethod("model");
      boolean isCatalog = Modifier.isStatic(method.getModifiers()) && Modifier.isPublic(type.getModifiers())
          && method.getReturnType() == CompiledModel.class;
      return isCatalog ? Optional.of(method) : Optional.empty();
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  /** What the catalog threw: an Error as it is (the command line reports those), anything else unchecked. */
  private static RuntimeException rethrown(Throwable thrown) {
    return switch (thrown) {
      case Error error -> throw error;
      case RuntimeException exception -> exception;
      default -> new IllegalStateException(thrown.toString(), thrown);
    };
  }

  private static String shown(String name) {
    return name.length() <= MAX_COMPARED_LENGTH ? name
        : name.substring(0, MAX_COMPARED_LENGTH) + "... (" + name.length() + " characters)";
  }

  /** "; did you mean com.example.ShopCatalog?", among the classes named *Catalog on the class path. */
  private static String suggestion(String name) {
    if (name.length() > MAX_COMPARED_LENGTH) {
      return "";
    }
    List<String> candidates = catalogLikeClasses();
    String simple = name.substring(name.lastIndexOf('.') + 1);
    Optional<String> best = candidates.stream()
        .filter(c -> !c.equals(name))
        .map(c -> new Scored(c, Math.min(distance(name, c), distance(simple, c.substring(c.lastIndexOf('.') + 1)))))
        .filter(s -> s.distance() <= Math.max(2, simple.length() / 3))
        .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
        .map(Scored::name);
    return best.map(b -> "; did you mean " + b + "?").orElse("");
  }

  private record Scored(String name, int distance) {}

  /** Classes whose simple name ends with "Catalog", in the directories and jars of the class path. */
  static List<String> catalogLikeClasses() {
    List<String> found = new ArrayList<>();
    int[] budget = {MAX_SCANNED_ENTRIES};
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (entry.isBlank() || budget[0] <= 0) {
        continue;
      }
      Path path = Path.of(entry);
      try {
        if (Files.isDirectory(path)) {
          try (Stream<Path> files = Files.walk(path)) {
            files.limit(budget[0]).forEach(file -> {
              budget[0]--;
              className(path.relativize(file).toString().replace(File.separatorChar, '/')).ifPresent(found::add);
            });
          }
        } else if (Files.isRegularFile(path)) {
          try (ZipFile jar = new ZipFile(path.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = jar.entries(); entries.hasMoreElements() && budget[0] > 0;) {
              budget[0]--;
              className(entries.nextElement().getName()).ifPresent(found::add);
            }
          }
        }
      } catch (IOException | UncheckedIOException e) {
        // An unreadable class path entry only costs a suggestion.
      }
    }
    return found.stream().distinct().sorted().toList();
  }

  private static Optional<String> className(String resource) {
    if (!resource.endsWith("Catalog.class") || resource.contains("$") || resource.startsWith("META-INF/")) {
      return Optional.empty();
    }
    return Optional.of(resource.substring(0, resource.length() - ".class".length()).replace('/', '.'));
  }

  /** Levenshtein distance, ignoring case. Both are at most a few hundred characters here. */
  private static int distance(String a, String b) {
    String x = a.toLowerCase(java.util.Locale.ROOT);
    String y = b.toLowerCase(java.util.Locale.ROOT);
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length()];
  }
}
