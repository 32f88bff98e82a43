package dev.grainline.examples.spectrum;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Column;
import dev.grainline.dsl.Table;
import java.time.LocalDateTime;

/**
 * The columns of fact_events that spectrum.user's derived attribute reads as well. Kept out of both classes: User
 * reads Events.OCCURRED_AT and Events reads User.FIRST_SEEN_WEEK, a cycle the processor's initialisation check
 * rejects ([GrainlineInitOrder], README "Class initialisation order") with User initialised first.
 */
final class EventColumns {
  static final Table E = table("warehouse.fact_events").scopedBy(Account.TENANT);
  /** A timestamptz, read as UTC (spectrum.md §3). */
  static final Column<LocalDateTime> OCCURRED_AT = E.instantCol("occurred_at");

  private EventColumns() {}
}
