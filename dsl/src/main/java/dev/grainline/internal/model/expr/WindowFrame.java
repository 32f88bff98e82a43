package dev.grainline.internal.model.expr;

import dev.grainline.dsl.TimeGrain;
import java.util.Objects;

/**
 * The periods a window metric reads, relative to the period {@code q} it is evaluated at (after its shift): the
 * metric is recomputed from its components over the rows of exactly those periods.
 */
public sealed interface WindowFrame {
  /** Whether the frame is a single period (lag and lead), the only frame that composes with an outer window. */
  default boolean single() {
    return this instanceof Current;
  }

  /** The period {@code q} itself: lag and lead. */
  record Current() implements WindowFrame {}

  /** The periods that start in {@code (q - count units, q]}: the last {@code count} units up to and including q. */
  record Trailing(int count, TimeGrain unit) implements WindowFrame {
    public Trailing {
      Objects.requireNonNull(unit, "unit");
    }
  }

  /** Every period up to and including {@code q}: a running total. */
  record Cumulative() implements WindowFrame {}

  /** The periods from the start of the {@code grain} period that contains {@code q} up to q: month-to-date. */
  record ToDate(TimeGrain grain) implements WindowFrame {
    public ToDate {
      Objects.requireNonNull(grain, "grain");
    }
  }
}
