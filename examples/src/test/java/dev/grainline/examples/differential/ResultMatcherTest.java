package dev.grainline.examples.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The matcher's entry point over plain rows, which oracles of other models than the store's compare through. */
class ResultMatcherTest {
  private static final List<String> COLUMNS = List.of("day", "events", "ratio");

  private static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }

  private static Optional<String> match(List<List<Object>> expected, List<List<Object>> actual) {
    return ResultMatcher.mismatch(COLUMNS, expected, COLUMNS, actual);
  }

  @Test
  void equalRowsMatchWithDoublesWithinTheTolerance() {
    List<List<Object>> expected = List.of(row(LocalDate.of(2024, 1, 1), 3L, 0.1 + 0.2), row(null, 0L, null));
    assertEquals(Optional.empty(), match(expected, List.of(row(LocalDate.of(2024, 1, 1), 3L, 0.3),
        row(null, 0L, null))));
  }

  @Test
  void eachDifferenceIsReported() {
    List<List<Object>> expected = List.of(row(LocalDate.of(2024, 1, 1), 3L, 0.5));
    assertTrue(match(expected, List.of(row(LocalDate.of(2024, 1, 1), 3, 0.5))).orElseThrow()
        .startsWith("row 0, column events: expected 3 (Long) but got 3 (Integer)"));
    assertTrue(match(expected, List.of(row(LocalDate.of(2024, 1, 1), 3L, 0.5000001))).orElseThrow()
        .startsWith("row 0, column ratio: expected 0.5 but got 0.5000001"));
    assertTrue(match(expected, List.of(row(LocalDate.of(2024, 1, 2), 3L, 0.5))).orElseThrow()
        .startsWith("row 0, column day: expected 2024-01-01 but got 2024-01-02"));
    assertTrue(match(expected, List.of(row(null, 3L, 0.5))).orElseThrow()
        .startsWith("row 0, column day: expected 2024-01-01 but got null"));
    assertTrue(match(expected, List.of()).orElseThrow().startsWith("expected 1 rows but got 0"));
    assertEquals(Optional.of("columns: expected [day, events, ratio] but got [day, events]"),
        ResultMatcher.mismatch(COLUMNS, expected, List.of("day", "events"), List.of(row(null, 3L))));
  }
}
