package dev.grainline.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.grainline.dsl.Grainline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files, laid out as Dagger lays them out: {@code goldens/<TestClass>/<method>/<qualified name>.java} under
 * the test resources, compared exactly but for the Grainline version the catalog records, which is written as
 * {@value #VERSION_PLACEHOLDER} so that a release does not change them. Run the tests with
 * {@code -Dgrainline.updateGoldens=true} to rewrite them from the current output, then review the diff.
 */
final class Goldens {
  static final String VERSION_PLACEHOLDER = "<version>";

  private Goldens() {}

  static void assertMatchesGolden(Class<?> test, String method, String qualifiedName, String generated) {
    String actual = generated.replace("comments = \"Grainline " + Grainline.VERSION,
        "comments = \"Grainline " + VERSION_PLACEHOLDER);
    String relative = "goldens/" + test.getSimpleName() + "/" + method + "/" + qualifiedName + ".java";
    if (Boolean.getBoolean("grainline.updateGoldens")) {
      write(relative, actual);
      return;
    }
    String expected = read(relative);
    assertWithMessage("%s; if the change is intended, rerun with -Dgrainline.updateGoldens=true", relative)
        .that(actual).isEqualTo(expected);
  }

  private static String read(String relative) {
    try (InputStream in = Goldens.class.getClassLoader().getResourceAsStream(relative)) {
      assertWithMessage("golden file %s (create it with -Dgrainline.updateGoldens=true)", relative)
          .that(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(String relative, String content) {
    Path root = Path.of(System.getProperty("grainline.goldens", "src/test/resources/goldens")).getParent();
    Path file = root.resolve(relative);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
