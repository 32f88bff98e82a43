package dev.grainline.runtime;

import static dev.grainline.runtime.marks.MarksFixture.DAY;
import static dev.grainline.runtime.marks.MarksFixture.MARK_COUNT;
import static dev.grainline.runtime.marks.MarksFixture.MONTH;
import static dev.grainline.runtime.marks.MarksFixture.QUARTER;
import static dev.grainline.runtime.marks.MarksFixture.WEEK;
import static dev.grainline.runtime.marks.MarksFixture.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A timestamp in the last microseconds of a period is in that period on every engine (see MarksFixture): Trino
 * truncates a timestamp(6), where its plain timestamp would round 23:59:59.9996 into the next day, week, month,
 * quarter and year.
 */
class TruncationTest {
  private static final String LAYERS = "dev.grainline.runtime.marks.MarksFixture#layers";

  /** The marks per period of {@code period}. */
  private static Map<LocalDate, Long> counts(SemanticLayer layer, DimensionRef<LocalDate> period) {
    Map<LocalDate, Long> counts = new TreeMap<>();
    layer.query(MARK_COUNT).by(period).fetch().rows().forEach(r -> counts.put(r.get(period), r.get(MARK_COUNT)));
    return counts;
  }

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void theLastMicrosecondOfAPeriodIsInIt(String engine, SemanticLayer layer) {
    assertEquals(Map.of(date(2023, 12, 31), 1L, date(2024, 3, 31), 1L, date(2024, 4, 1), 1L), counts(layer, DAY));
    // 2023-12-31 and 2024-03-31 are Sundays; weeks start on Monday
    assertEquals(Map.of(date(2023, 12, 25), 1L, date(2024, 3, 25), 1L, date(2024, 4, 1), 1L), counts(layer, WEEK));
    assertEquals(Map.of(date(2023, 12, 1), 1L, date(2024, 3, 1), 1L, date(2024, 4, 1), 1L), counts(layer, MONTH));
    assertEquals(Map.of(date(2023, 10, 1), 1L, date(2024, 1, 1), 1L, date(2024, 4, 1), 1L), counts(layer, QUARTER));
    assertEquals(Map.of(date(2023, 1, 1), 1L, date(2024, 1, 1), 2L), counts(layer, YEAR));
  }
}
