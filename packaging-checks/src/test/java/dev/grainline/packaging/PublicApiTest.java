package dev.grainline.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The types a user of Grainline sees: every public or protected type of every package that a published module
 * exports to everyone. Anything public there is a promise to keep with the first release, so the list is a golden
 * file, and a type that joins or leaves it is a change to review. Update it with {@code -Dgrainline.updateGoldens=true}.
 */
class PublicApiTest {
  private static final List<String> MODULES = List.of("dsl", "runtime", "processor", "cli");
  private static final Path GOLDEN = Path.of("src/test/resources/public-api.txt");

  private final Path root = Path.of(ReproducibleJarsIT.requiredProperty("grainline.root"));

  @Test
  void theExportedTypesAreTheReviewedOnes() throws IOException {
    Set<String> api = new TreeSet<>();
    for (String module : MODULES) {
      Path classes = root.resolve(module).resolve("target/classes");
      ModuleDescriptor descriptor = ModuleFinder.of(classes).findAll().iterator().next().descriptor();
      Set<String> exported = descriptor.exports().stream().filter(e -> !e.isQualified())
          .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
      for (String pkg : exported) {
        Path directory = classes.resolve(pkg.replace('.', '/'));
        try (Stream<Path> files = Files.list(directory)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
            String name = file.getFileName().toString();
            if (name.equals("package-info.class")) {
              continue;
            }
            Class<?> type = load(pkg + "." + name.substring(0, name.length() - ".class".length()));
            if (visible(type)) {
              api.add(descriptor.name() + " " + type.getName().replace('$', '.'));
            }
          }
        }
      }
    }
    String actual = String.join("\n", api) + "\n";
    if (Boolean.getBoolean("grainline.updateGoldens")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual,
        "the public API changed; review it, then run with -Dgrainline.updateGoldens=true");
  }

  /** A type users can name: public (or protected) itself and in every class around it. */
  private static boolean visible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()
          || (t.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED)) == 0) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, PublicApiTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new UncheckedIOException(new IOException("cannot load " + name, e));
    }
  }
}
