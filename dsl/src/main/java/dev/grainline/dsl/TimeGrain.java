package dev.grainline.dsl;

import java.util.Locale;

/**
 * The calendar periods Grainline groups time by, finest first. Weeks start on Monday (ISO 8601) on every engine;
 * quarters start in January, April, July and October.
 */
public enum TimeGrain {
  DAY,
  WEEK,
  MONTH,
  QUARTER,
  YEAR;

  /** Whether a period of this grain is shorter than one of {@code other}. */
  public boolean finerThan(TimeGrain other) {
    return ordinal() < other.ordinal();
  }

  /** Whether every period of {@code other} lies inside one period of this grain: a month in its quarter, yes. */
  public boolean contains(TimeGrain other) {
    return this == other || (other.finerThan(this) && other != WEEK);
  }

  /** The unit name both engines' date_trunc and intervals take: "week", "quarter". */
  public String sqlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** "days", "weeks": for messages about window sizes. */
  public String plural() {
    return sqlName() + "s";
  }
}
