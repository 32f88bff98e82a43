package dev.grainline.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of one commit must give byte-identical jars, so that anyone can rebuild a release from its tag and check
 * it against the published artifacts. This builds the DSL module (the smallest that has everything a published module
 * has) a second time, from a copy of its POMs and main sources in a scratch directory, with the Maven, JDK and local
 * repository of the running build, and compares the jars with the ones the reactor has just packaged: every entry's
 * name, position, times and bytes, then the files as a whole.
 *
 * <p>It fails when {@code project.build.outputTimestamp} is removed: the entries then carry the time at which each
 * build wrote its class files.
 */
class ReproducibleJarsIT {

  private static final Duration SECOND_BUILD_TIMEOUT = Duration.ofMinutes(3);
  private static final int MAX_DIFFERENCES_SHOWN = 12;

  @Test
  void aSecondBuildOfTheDslModuleGivesByteIdenticalJars(@TempDir Path scratch)
      throws IOException, InterruptedException {
    Path root = Path.of(requiredProperty("grainline.root")).toRealPath();
    String version = requiredProperty("grainline.version");
    List<String> jars = List.of("grainline-dsl-" + version + ".jar", "grainline-dsl-" + version + "-sources.jar");
    for (String jar : jars) {
      assertTrue(Files.isRegularFile(root.resolve("dsl/target").resolve(jar)),
          "the reactor has not packaged " + jar + " (run at least the package phase of the dsl module first)");
    }

    copyTheDslBuild(root, scratch);
    buildTheDslModule(scratch);

    for (String jar : jars) {
      Path first = root.resolve("dsl/target").resolve(jar);
      Path second = scratch.resolve("dsl/target").resolve(jar);
      List<String> differences = differences(first, second);
      assertTrue(differences.isEmpty(),
          () -> jar + " differs between two builds of the same sources:\n  " + String.join("\n  ", differences));
      assertEquals(sha256(first), sha256(second),
          jar + ": every entry is the same in both builds, but the files differ (zip metadata)");
    }
  }

  /** What a build of the dsl module reads: the POMs up to the root, the main sources, and .mvn (JVM and Maven options). */
  private static void copyTheDslBuild(Path root, Path scratch) throws IOException {
    for (String pom : List.of("pom.xml", "bom/pom.xml", "dsl/pom.xml")) {
      Files.createDirectories(scratch.resolve(pom).getParent());
      Files.copy(root.resolve(pom), scratch.resolve(pom));
    }
    copyTree(root.resolve("dsl/src/main"), scratch.resolve("dsl/src/main"));
    if (Files.isDirectory(root.resolve(".mvn"))) {
      copyTree(root.resolve(".mvn"), scratch.resolve(".mvn"));
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          // Not COPY_ATTRIBUTES: new modification times, as a fresh checkout has.
          Files.copy(path, target);
        }
      }
    }
  }

  private static void buildTheDslModule(Path scratch) throws IOException, InterruptedException {
    Path mavenHome = Path.of(requiredProperty("grainline.maven.home"));
    Path log = scratch.resolve("second-build.log");
    ProcessBuilder build = new ProcessBuilder(
        mavenHome.resolve("bin/mvn").toString(), "-B", "-q", "--offline",
        "-Dmaven.repo.local=" + requiredProperty("grainline.maven.repo.local"),
        "-Dmaven.test.skip=true",
        // The first build enforced the rules; the second only has to produce the same jars.
        "-Denforcer.skip=true",
        "-f", scratch.resolve("dsl/pom.xml").toString(),
        "package")
        .directory(scratch.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    // The JDK of this test's JVM is the one the first build ran with (failsafe forks with Maven's JDK).
    build.environment().put("JAVA_HOME", System.getProperty("java.home"));
    // A short-lived JVM is faster with the client compiler only; javac's output does not depend on it.
    build.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1");
    Process process = build.start();
    if (!process.waitFor(SECOND_BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("the second build of the dsl module took longer than " + SECOND_BUILD_TIMEOUT + ":\n"
          + Files.readString(log));
    }
    assertEquals(0, process.exitValue(), () -> "the second build of the dsl module failed:\n" + readQuietly(log));
  }

  /** One line for each way in which the two jars' entries differ (the first few); empty if they are the same. */
  private static List<String> differences(Path first, Path second) throws IOException {
    List<String> differences = new ArrayList<>();
    try (ZipFile a = new ZipFile(first.toFile()); ZipFile b = new ZipFile(second.toFile())) {
      List<String> namesA = a.stream().map(ZipEntry::getName).toList();
      List<String> namesB = b.stream().map(ZipEntry::getName).toList();
      compare(differences, "the jar", "entries", new TreeSet<>(namesA), new TreeSet<>(namesB));
      if (differences.isEmpty() && !namesA.equals(namesB)) {
        differences.add("the jar: the same entries in another order");
      }
      for (String name : namesA) {
        ZipEntry x = a.getEntry(name);
        ZipEntry y = b.getEntry(name);
        if (y == null) {
          continue;
        }
        compare(differences, name, "modification time", x.getLastModifiedTime(), y.getLastModifiedTime());
        compare(differences, name, "creation time", x.getCreationTime(), y.getCreationTime());
        compare(differences, name, "access time", x.getLastAccessTime(), y.getLastAccessTime());
        compare(differences, name, "compression method", x.getMethod(), y.getMethod());
        compare(differences, name, "comment", x.getComment(), y.getComment());
        compare(differences, name, "extra fields", hex(x.getExtra()), hex(y.getExtra()));
        compare(differences, name, "content (SHA-256)", sha256(a, x), sha256(b, y));
      }
    }
    return differences.size() <= MAX_DIFFERENCES_SHOWN
        ? differences
        : Stream.concat(differences.stream().limit(MAX_DIFFERENCES_SHOWN),
            Stream.of("... and " + (differences.size() - MAX_DIFFERENCES_SHOWN) + " more")).toList();
  }

  private static void compare(List<String> differences, String entry, String what, Object first, Object second) {
    if (!Objects.equals(first, second)) {
      differences.add(entry + ": " + what + " " + first + " in the first build, " + second + " in the second");
    }
  }

  private static String hex(byte[] bytes) {
    return bytes == null ? "none" : HexFormat.of().formatHex(bytes);
  }

  private static String sha256(ZipFile zip, ZipEntry entry) throws IOException {
    try (InputStream in = zip.getInputStream(entry)) {
      return sha256(in);
    }
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return sha256(in);
    }
  }

  private static String sha256(InputStream in) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[8192];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String readQuietly(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String requiredProperty(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set: run this test through Maven (packaging-checks/pom.xml sets it)");
    }
    return value;
  }
}
