package dev.grainline.internal.model.time;

import static dev.grainline.internal.model.testing.Shop.declaredLink;
import static dev.grainline.internal.model.testing.Shop.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.dsl.TimeGrain;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.TimePeriod;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.graph.JoinPath;
import dev.grainline.internal.model.testing.Shop;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Time attributes, calendars, and which attributes belong to a window's calendar. */
class CalendarsTest {
  private static final Model MODEL = Shop.MODEL;
  private static final JoinPath ORDER = new JoinPath("t.sales", "t.date", List.of(declaredLink("t.sales", "ORDER")));
  private static final JoinPath SHIP = new JoinPath("t.sales", "t.date", List.of(declaredLink("t.sales", "SHIP")));
  private static final JoinPath STORE =
      new JoinPath("t.sales", "t.location", List.of(declaredLink("t.sales", "STORE")));
  private static final JoinPath VISITS = JoinPath.local("t.visits");

  private static Optional<TimeGrain> grain(AttributeRef ref) {
    return Calendars.period(MODEL, ref).map(TimePeriod::grain);
  }

  @Test
  void aTimeAttributeNamesPeriodsOfItsGrain() {
    assertEquals(Optional.of(TimeGrain.DAY), grain(ref("t.date", "date_id")));
    assertEquals(Optional.of(TimeGrain.WEEK), grain(ref("t.date", "week", "ship")));
    assertEquals(Optional.of(TimeGrain.YEAR), grain(ref("t.date", "year")));
    assertEquals(Optional.of(TimeGrain.DAY), grain(ref("t.visits", "visit_day")));
    assertEquals(Optional.of(TimeGrain.WEEK), grain(ref("t.visits", "visit_week")));
  }

  @Test
  void otherAttributesAndUnknownNamesAreNoPeriods() {
    assertEquals(Optional.empty(), grain(ref("t.date", "day_of_week")));
    assertEquals(Optional.empty(), grain(ref("t.visits", "device")));
    assertEquals(Optional.empty(), grain(ref("t.date", "nope")));
  }

  @Test
  void aCalendarIsADimensionKeyedByDays() {
    assertTrue(Calendars.isCalendar(MODEL, "t.date"));
    assertFalse(Calendars.isCalendar(MODEL, "t.product"));
    // A fact with days of its own is no calendar: its rows are not one per day.
    assertFalse(Calendars.isCalendar(MODEL, "t.visits"));
    assertFalse(Calendars.isCalendar(MODEL, "t.nope"));
  }

  @Test
  void everyAttributeOfACalendarAlongTheSamePathIsOfTheWindowsCalendar() {
    AttributeRef axis = ref("t.date", "date_id", "order");
    assertTrue(Calendars.sameCalendar(MODEL, ref("t.date", "month", "order"), ORDER, axis, ORDER));
    // The day of the week is no period, but it describes the same row of the calendar.
    assertTrue(Calendars.sameCalendar(MODEL, ref("t.date", "day_of_week", "order"), ORDER, axis, ORDER));
  }

  @Test
  void theSameCalendarAlongAnotherPathIsAnotherCalendar() {
    AttributeRef axis = ref("t.date", "date_id", "order");
    assertFalse(Calendars.sameCalendar(MODEL, ref("t.date", "month", "ship"), SHIP, axis, ORDER));
    assertFalse(Calendars.sameCalendar(MODEL, ref("t.location", "country", "store"), STORE, axis, ORDER));
  }

  @Test
  void outsideACalendarOnlyTimeAttributesOverTheSameDateAre() {
    AttributeRef axis = ref("t.visits", "visit_week");
    assertTrue(Calendars.sameCalendar(MODEL, ref("t.visits", "visit_day"), VISITS, axis, VISITS));
    assertFalse(Calendars.sameCalendar(MODEL, ref("t.visits", "device"), VISITS, axis, VISITS));
  }
}
