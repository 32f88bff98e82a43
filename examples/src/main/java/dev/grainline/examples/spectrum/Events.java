package dev.grainline.examples.spectrum;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Column;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.JsonColumn;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;
import dev.grainline.dsl.TimeGrain;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Product events: one row per event of a user of an account, with its JSON properties. */
@Fact("spectrum.events")
public final class Events {
  static final Table E = EventColumns.E;
  static final Column<LocalDateTime> OCCURRED_AT = EventColumns.OCCURRED_AT;
  static final JsonColumn PROPERTIES = E.jsonCol("properties");
  static final Column<Integer> AMOUNT = PROPERTIES.path("amount_cents").asInt();

  public static final Attribute<Long> EVENT_ID = key(E.longCol("event_id"));
  // TimeGrain.DAY, not DAY: the field DAY below would shadow Grainline's static DAY (and refer to itself).
  public static final Attribute<LocalDate> DAY = attribute(OCCURRED_AT.truncatedTo(TimeGrain.DAY));
  public static final Attribute<LocalDate> WEEK = attribute(OCCURRED_AT.truncatedTo(TimeGrain.WEEK));
  public static final Attribute<LocalDate> MONTH = attribute(OCCURRED_AT.truncatedTo(TimeGrain.MONTH));
  public static final Attribute<String> CURRENCY = attribute(PROPERTIES.path("currency").asText());
  /** Whole weeks from the user's first-seen week to this event's week (spectrum.md §8). */
  public static final Attribute<Integer> WEEKS_SINCE_FIRST_SEEN = attribute(WEEK.periodsSince(User.FIRST_SEEN_WEEK));

  static final Link ACCOUNT = link(E.intCol("account_id")).to(Account.ACCOUNT_ID);
  static final Link USER = link(E.intCol("account_id"), E.longCol("user_id")).to(User.ACCOUNT_ID, User.USER_ID);
  static final Link EVENT_TYPE = link(E.intCol("event_type_id")).to(EventType.EVENT_TYPE_ID);

  public static final Measure<Long> EVENT_COUNT = count();
  /** Distinct (account, user) pairs: user ids repeat across accounts. */
  public static final Measure<Long> ACTIVE_USERS = countDistinct(USER);
  /** Net revenue: refunds carry negative amounts; events without the key are not revenue. */
  public static final Measure<Long> REVENUE_CENTS = sum(AMOUNT).filter(PROPERTIES.has("amount_cents"));
  /** Users active in their first-seen week: a weekly cohort's size. */
  public static final Measure<Long> COHORT_USERS = countDistinct(USER).filter(WEEKS_SINCE_FIRST_SEEN.eq(0));
  public static final Measure<Long> RETAINED_W1 = countDistinct(USER).filter(WEEKS_SINCE_FIRST_SEEN.eq(1));
  public static final Measure<Long> RETAINED_W2 = countDistinct(USER).filter(WEEKS_SINCE_FIRST_SEEN.eq(2));
  public static final Measure<Long> RETAINED_W4 = countDistinct(USER).filter(WEEKS_SINCE_FIRST_SEEN.eq(4));

  private Events() {}
}
