package dev.grainline.runtime;

import static dev.grainline.runtime.marks.MarksFixture.DAY;
import static dev.grainline.runtime.marks.MarksFixture.MARK_COUNT;
import static dev.grainline.runtime.marks.MarksFixture.WEEK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The longest fill, 100,000 days, gives every period on every engine: Trino's {@code sequence} makes at most
 * 10,000 elements, so its series is generated in chunks (DateSeries). The three marks (MarksFixture) are in range.
 */
class GapFillSpanTest {
  private static final String LAYERS = "dev.grainline.runtime.marks.MarksFixture#layers";
  private static final LocalDate FROM = LocalDate.of(1900, 1, 3);
  private static final LocalDate TO = FROM.plusDays(LayerQuery.MAX_FILLED_DAYS - 1);

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void aFillOf100000DaysHasEveryDay(String engine, SemanticLayer layer) {
    List<Row> rows = layer.query(MARK_COUNT).by(DAY).orderBy(DAY.asc()).fillGaps(FROM, TO).fetch().rows();
    assertEquals(LayerQuery.MAX_FILLED_DAYS, rows.size());
    assertEquals(FROM, rows.get(0).get(DAY));
    assertEquals(TO, rows.get(rows.size() - 1).get(DAY));
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(FROM.plusDays(i), rows.get(i).get(DAY), "row " + i);
    }
    assertEquals(3L, rows.stream().mapToLong(r -> r.get(MARK_COUNT)).sum());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void aFillOf100000DaysByWeekHasEveryWeek(String engine, SemanticLayer layer) {
    // FROM is a Wednesday: the first week is the one containing it, from the Monday before
    LocalDate monday = FROM.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    long weeks = ChronoUnit.WEEKS.between(monday, TO) + 1;
    List<Row> rows = layer.query(MARK_COUNT).by(WEEK).orderBy(WEEK.asc()).fillGaps(FROM, TO).fetch().rows();
    assertEquals(weeks, rows.size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(monday.plusWeeks(i), rows.get(i).get(WEEK), "row " + i);
    }
    assertEquals(3L, rows.stream().mapToLong(r -> r.get(MARK_COUNT)).sum());
  }
}
