package dev.grainline.examples.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.List;

/** A row of {@code dates}: one calendar day, keyed by the integer yyyymmdd. */
public record DateRow(
    int dateId, LocalDateTime dateValue, int dayOfWeek, int week, int month, int quarter, int year)
    implements TableRow {

  /** The calendar row of a day: ISO day of week (Monday = 1) and ISO week number. */
  public static DateRow of(LocalDate day) {
    return new DateRow(dateId(day), day.atStartOfDay(), day.getDayOfWeek().getValue(),
        day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), day.getMonthValue(), day.get(IsoFields.QUARTER_OF_YEAR),
        day.getYear());
  }

  /** 2024-01-31 → 20240131. */
  public static int dateId(LocalDate day) {
    return day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
  }

  @Override
  public StoreTable table() {
    return StoreTable.DATES;
  }

  @Override
  public List<Object> values() {
    return Rows.of(dateId, dateValue, dayOfWeek, week, month, quarter, year);
  }
}
