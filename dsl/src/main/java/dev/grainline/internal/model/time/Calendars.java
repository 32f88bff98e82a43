package dev.grainline.internal.model.time;

import dev.grainline.internal.model.AttributeDef;
import dev.grainline.internal.model.EntityKind;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.TimePeriod;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.graph.JoinPath;
import java.util.Optional;

/** Which attributes are time attributes, and which belong to the same calendar as a window's time attribute. */
public final class Calendars {
  private Calendars() {}

  /** The period an attribute names, if it is a time attribute. */
  public static Optional<TimePeriod> period(Model model, AttributeRef ref) {
    return model.attribute(ref.attributeName()).flatMap(AttributeDef::period);
  }

  /**
   * Whether, for one fact, {@code ref} reached through {@code refPath} describes the same calendar row as the window
   * axis reached through {@code axisPath}: another attribute of the same calendar dimension along the same path
   * (month and year beside week), or, elsewhere (a fact's timestamp, a customer's signup date), a time attribute over
   * the same date; a customer's country is not part of its signup date's calendar. Such
   * attributes do not partition a window, and filters on them restrict the rows shown, not the periods read.
   */
  public static boolean sameCalendar(Model model, AttributeRef ref, JoinPath refPath, AttributeRef axis,
      JoinPath axisPath) {
    if (!ref.entity().equals(axis.entity()) || !refPath.equals(axisPath)) {
      return false;
    }
    if (isCalendar(model, ref.entity())) {
      return true;
    }
    Optional<TimePeriod> refPeriod = period(model, ref);
    Optional<TimePeriod> axisPeriod = period(model, axis);
    return refPeriod.isPresent() && axisPeriod.isPresent() && refPeriod.get().date().equals(axisPeriod.get().date());
  }

  /** Whether an entity is a calendar: a dimension whose key names days, so that each of its rows is one day. */
  public static boolean isCalendar(Model model, String entity) {
    return model.entity(entity)
        .filter(e -> e.kind() == EntityKind.DIMENSION && e.key().size() == 1)
        .flatMap(e -> e.key().get(0).period())
        .map(p -> p.grain() == dev.grainline.dsl.TimeGrain.DAY)
        .orElse(false);
  }
}
