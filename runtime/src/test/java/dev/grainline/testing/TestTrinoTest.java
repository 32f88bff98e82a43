package dev.grainline.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The paths of {@link TestTrino} that this machine's JDK 25 never takes on its own: a JDK older than Trino needs,
 * and a build that did not compile the starter. Each says why Trino is left out, which is what the tests print.
 */
class TestTrinoTest {
  @Test
  void anOlderJdkLeavesTrinoOutSayingWhichJdkItNeeds() {
    TestTrino.Availability availability = TestTrino.start(Runtime.Version.parse("21.0.5"), "no.such.Starter");
    String reason = assertInstanceOf(TestTrino.Availability.Unavailable.class, availability).reason();
    assertTrue(reason.startsWith("Trino 483 needs Java 25.0.1 or newer, and these tests run on 21.0.5"), reason);
  }

  @Test
  void aStarterThatWasNotCompiledLeavesTrinoOutSayingWhy() {
    TestTrino.Availability availability = TestTrino.start(Runtime.Version.parse("25.0.1"), "no.such.Starter");
    assertEquals(new TestTrino.Availability.Unavailable("the Trino starter was not compiled: this build ran on a JDK"
        + " older than 25.0.1, or without the trino-jdk profile"), availability);
  }

  @Test
  void aStarterThatFailsLeavesTrinoOutWithItsError() {
    TestTrino.Availability availability = TestTrino.start(Runtime.Version.parse("25.0.1"),
        FailingStarter.class.getName());
    String reason = assertInstanceOf(TestTrino.Availability.Unavailable.class, availability).reason();
    assertEquals("Trino did not start: java.lang.IllegalStateException: no port", reason);
  }

  /** A starter whose server does not come up. */
  public static final class FailingStarter {
    private FailingStarter() {}

    public static String start() {
      throw new IllegalStateException("no port");
    }
  }
}
