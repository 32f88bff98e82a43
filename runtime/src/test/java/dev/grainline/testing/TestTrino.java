package dev.grainline.testing;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

/**
 * The Trino server tests run on: one per JVM, started in it on first use ({@code StandaloneQueryRunner} from
 * {@code trino-main}, a coordinator that is its own worker, with the {@code memory} catalog), stopped when the JVM
 * exits. Trino 483 needs Java 25.0.1 or newer, so the code that starts it is compiled only on such a JDK (Maven
 * profile {@code trino-jdk}); on an older one this says so. Tests that need Trino then fail when the build demands
 * Trino ({@code -Ptrino}, which CI and the README's test command use: system property
 * {@value #REQUIRED_PROPERTY}), and leave Trino out, with that message, when it does not.
 */
public final class TestTrino {
  public static final String REQUIRED_PROPERTY = "grainline.trino.required";
  /** The catalog the tests' tables are in. */
  public static final String CATALOG = "memory";

  private static final String STARTER = "dev.grainline.testing.trino.InJvmTrino";
  private static final Runtime.Version NEEDED = Runtime.Version.parse("25.0.1");

  /** Whether this JVM has a Trino server for the tests, and its JDBC URL, or why not. */
  public sealed interface Availability {
    record Running(String jdbcUrl) implements Availability {}

    record Unavailable(String reason) implements Availability {}
  }

  private static Availability availability;

  private TestTrino() {}

  /** The server, started on the first call; the same answer on every later one. */
  public static synchronized Availability availability() {
    if (availability == null) {
      availability = start();
      if (availability instanceof Availability.Unavailable(String reason)) {
        System.out.println("Trino tests: " + reason + (required() ? "" : "; they are left out (-Ptrino demands them)"));
      }
    }
    return availability;
  }

  /**
   * The JDBC URL of the server (catalog {@code memory}, user {@code grainline}) when there is one; empty when there
   * is none and the build does not demand one.
   *
   * @throws IllegalStateException when there is none and the build demands one, saying why there is none
   */
  public static Optional<String> url() {
    return switch (availability()) {
      case Availability.Running(String jdbcUrl) -> Optional.of(jdbcUrl);
      case Availability.Unavailable(String reason) -> {
        if (required()) {
          throw new IllegalStateException("the build demands the Trino tests (-D" + REQUIRED_PROPERTY
              + "=true), but " + reason);
        }
        yield Optional.empty();
      }
    };
  }

  /**
   * What a test that runs only on Trino checks when {@link #url()} found no server: that Trino was left out for a
   * reason, on a build that does not demand it. A test so written still fails if the server should have been there.
   */
  public static void assertLeftOut() {
    switch (availability()) {
      case Availability.Running(String jdbcUrl) -> throw new AssertionError("Trino is running at " + jdbcUrl
          + ", but the test was given no server");
      case Availability.Unavailable(String reason) -> {
        if (required()) {
          throw new AssertionError("the build demands Trino (-D" + REQUIRED_PROPERTY + "=true), but " + reason);
        }
        if (reason.isBlank()) {
          throw new AssertionError("Trino is left out with no reason");
        }
      }
    }
  }

  /**
   * Runs {@code test} with the server's URL; without a server (and not demanded), checks {@link #assertLeftOut()}
   * instead, so that a Trino-only test is never skipped and still fails where the server should have been.
   */
  public static void onServer(java.util.function.Consumer<String> test) {
    url().ifPresentOrElse(test, TestTrino::assertLeftOut);
  }

  public static boolean required() {
    return Boolean.getBoolean(REQUIRED_PROPERTY);
  }

  private static Availability start() {
    return start(Runtime.version(), STARTER);
  }

  /** Whether Trino can run on {@code running}, and then the server that {@code starter}'s {@code start()} starts. */
  static Availability start(Runtime.Version running, String starter) {
    if (running.compareToIgnoreOptional(NEEDED) < 0) {
      return new Availability.Unavailable("Trino 483 needs Java " + NEEDED + " or newer, and these tests run on "
          + running + " (" + System.getProperty("java.home") + ")");
    }
    try {
      Class<?> type = Class.forName(starter);
      return new Availability.Running((String) type.getMethod("start").invoke(null));
    } catch (ClassNotFoundException e) {
      return new Availability.Unavailable("the Trino starter was not compiled: this build ran on a JDK older than "
          + NEEDED + ", or without the trino-jdk profile");
    } catch (InvocationTargetException e) {
      return new Availability.Unavailable("Trino did not start: " + e.getCause());
    } catch (ReflectiveOperationException e) {
      return new Availability.Unavailable("Trino did not start: " + e);
    }
  }
}
