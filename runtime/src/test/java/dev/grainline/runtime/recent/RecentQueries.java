package dev.grainline.runtime.recent;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Metrics;
import dev.grainline.dsl.NamedQuery;

/** Named queries whose conditions are relative to today. */
@Metrics
public final class RecentQueries {
  /** The seven days before today, by day. */
  public static final NamedQuery LAST_WEEK_BY_DAY = query(Events.TOTAL).by(Events.DAY)
      .where(Events.DAY.ge(today().minusWeeks(1)).and(Events.DAY.lt(today())));
  /** Since midnight two days ago in the query's time zone, in which the query sees the events' timestamps. */
  public static final NamedQuery SINCE_TWO_DAYS_AGO_BY_CATEGORY = query(Events.TOTAL).by(Events.CATEGORY)
      .where(Events.OCCURRED_AT.ge(today().minusDays(2)));
  /** The categories with an event in the last year, or later. */
  public static final NamedQuery ACTIVE_CATEGORIES = query(Events.TOTAL).by(Events.CATEGORY)
      .having(Events.LATEST.ge(today().minusYears(1)));

  private RecentQueries() {}
}
