package dev.grainline.dsl;

import java.time.LocalDate;

/**
 * A date relative to the day on which a query runs, in the query's time zone: {@link Grainline#today()} and the
 * dates a whole number of days, weeks, months or years from it. Compare dates and timestamps with it in the
 * conditions of definitions, where a {@code LocalDate} would be the day the class was loaded:
 * {@code sum(AMOUNT).filter(ORDER_DATE.ge(today().minusDays(30)))}.
 *
 * <p>Months and years move as the engines (and {@link LocalDate#minusMonths}) move them: to the same day of the
 * month where it exists, else to the month's last day (one month before March 31 is the last day of February).
 */
public interface QueryDate extends Expr<LocalDate> {
  QueryDate plusDays(int days);

  QueryDate minusDays(int days);

  QueryDate plusWeeks(int weeks);

  QueryDate minusWeeks(int weeks);

  QueryDate plusMonths(int months);

  QueryDate minusMonths(int months);

  QueryDate plusYears(int years);

  QueryDate minusYears(int years);

  /** The first day of the period of {@code grain} that contains this date; weeks start on Monday. */
  QueryDate truncatedTo(TimeGrain grain);
}
