package dev.grainline.runtime.instants;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Column;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;
import dev.grainline.dsl.TimeGrain;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Events at an instant (timestamptz), with its UTC wall-clock time and periods as attributes. */
@Fact("instants.events")
public final class Events {
  static final Table E = table("port_instants.events");
  public static final Attribute<Integer> EVENT_ID = key(E.intCol("event_id"));
  static final Column<LocalDateTime> AT = E.instantCol("occurred_at");
  public static final Attribute<LocalDateTime> OCCURRED_AT = attribute(AT);
  public static final Attribute<LocalDate> DAY = attribute(AT.truncatedTo(TimeGrain.DAY));
  public static final Attribute<LocalDate> WEEK = attribute(AT.truncatedTo(TimeGrain.WEEK));
  public static final Attribute<LocalDate> MONTH = attribute(AT.truncatedTo(TimeGrain.MONTH));
  static final Link USER = link(E.intCol("user_id")).to(Users.USER_ID);

  public static final Measure<Long> EVENT_COUNT = count();
  public static final Measure<LocalDateTime> FIRST_AT = min(AT);
  public static final Measure<LocalDateTime> LAST_AT = max(AT);

  private Events() {}
}
