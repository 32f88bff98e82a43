package dev.grainline.runtime.internal.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A time limit as messages name it, and deadlines that cannot overflow. */
class TimeLimitTest {
  @Test
  void aLimitIsWrittenInTheUnitAPersonWouldUse() {
    assertEquals("2 s", TimeLimit.ofLayer(Duration.ofSeconds(2)).text());
    assertEquals("1.5 s", TimeLimit.ofLayer(Duration.ofMillis(1500)).text());
    assertEquals("500 ms", TimeLimit.ofLayer(Duration.ofMillis(500)).text());
    assertEquals("0.25 ms", TimeLimit.ofLayer(Duration.ofNanos(250_000)).text());
    assertEquals("3600 s", TimeLimit.ofQuery(Duration.ofHours(1)).text());
    assertEquals("the query's timeout", TimeLimit.ofQuery(Duration.ofHours(1)).origin());
  }

  @Test
  void aLimitOfCenturiesIsSaturatedNotOverflowed() {
    long nanos = TimeLimit.ofLayer(Duration.ofDays(365L * 1_000_000)).nanos();
    assertTrue(nanos > 0 && System.nanoTime() + nanos > System.nanoTime(), "deadline in the future");
  }

  @Test
  void aLimitIsPositive() {
    assertThrows(IllegalArgumentException.class, () -> TimeLimit.ofLayer(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> TimeLimit.ofLayer(Duration.ofMillis(-1)));
  }
}
