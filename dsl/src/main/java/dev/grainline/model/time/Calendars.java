package dev.grainline.model.time;

import dev.grainline.model.AttributeDef;
import dev.grainline.model.EntityKind;
import dev.grainline.model.SemanticModel;
import dev.grainline.model.TimePeriod;
import dev.grainline.model.expr.Expr.AttributeRef;
import dev.grainline.model.graph.JoinPath;
import java.util.Optional;

/** Which attributes are time attributes, and which belong to the same calendar as a window's time attribute. */
public final class Calendars {
  private Calendars() {}

  /** The period an attribute names, if it is a time attribute. */
  public static Optional<TimePeriod> period(SemanticModel model, AttributeRef ref) {
    return model.attribute(ref.attributeName()).flatMap(AttributeDef::period);
  }

  /**
   * Whether, for one fact, {@code ref} reached through {@code refPath} describes the same calendar row as the window
   * axis reached through {@code axisPath}: another attribute of the same calendar dimension along the same path
   * (month and year beside week), or, for a time attribute of the fact itself, one over the same date. Such
   * attributes do not partition a window, and filters on them restrict the rows shown, not the periods read.
   */
  public static boolean sameCalendar(SemanticModel model, AttributeRef ref, JoinPath refPath, AttributeRef axis,
      JoinPath axisPath) {
    if (!ref.entity().equals(axis.entity()) || !refPath.equals(axisPath)) {
      return false;
    }
    boolean dimension = model.entity(ref.entity()).map(e -> e.kind() == EntityKind.DIMENSION).orElse(false);
    if (dimension) {
      return true;
    }
    Optional<TimePeriod> refPeriod = period(model, ref);
    Optional<TimePeriod> axisPeriod = period(model, axis);
    return refPeriod.isPresent() && axisPeriod.isPresent() && refPeriod.get().date().equals(axisPeriod.get().date());
  }
}
