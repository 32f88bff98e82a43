package dev.grainline.runtime.internal.execution;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * How long one execution may take (getting a connection, running the statement and reading its rows), and where
 * that limit was set, as error messages name it: "2 s (the layer's query timeout)".
 */
public record TimeLimit(Duration duration, String origin) {
  public TimeLimit {
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(origin, "origin");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("a time limit is positive: " + duration);
    }
  }

  public static TimeLimit ofLayer(Duration duration) {
    return new TimeLimit(duration, "the layer's query timeout");
  }

  public static TimeLimit ofQuery(Duration duration) {
    return new TimeLimit(duration, "the query's timeout");
  }

  /**
   * The limit in nanoseconds, saturated: a limit of centuries means "no practical limit", not an overflow into the
   * past.
   */
  long nanos() {
    return duration.compareTo(LONGEST) > 0 ? LONGEST.toNanos() : duration.toNanos();
  }

  /** About 146 years: deadlines are {@code System.nanoTime()} plus this, which must not overflow. */
  private static final Duration LONGEST = Duration.ofNanos(Long.MAX_VALUE / 2);

  /** "500 ms", "2 s", "1.5 s", in the unit a person would write the limit in. */
  public String text() {
    if (duration.compareTo(Duration.ofSeconds(1)) < 0) {
      return BigDecimal.valueOf(duration.toNanos(), 6).stripTrailingZeros().toPlainString() + " ms";
    }
    BigDecimal seconds = BigDecimal.valueOf(duration.getSeconds())
        .add(BigDecimal.valueOf(duration.getNano(), 9)).stripTrailingZeros();
    return seconds.toPlainString() + " s";
  }
}
