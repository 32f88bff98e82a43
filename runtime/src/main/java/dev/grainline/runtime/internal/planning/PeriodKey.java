package dev.grainline.runtime.internal.planning;

import dev.grainline.dsl.TimeGrain;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.TimePeriod;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.AddPeriods;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.TimeTrunc;
import dev.grainline.internal.model.query.WindowUse;
import dev.grainline.internal.model.time.Calendars;
import java.util.function.UnaryOperator;

/** A hidden period column: which requested time attribute it is computed from, at which grains. */
record PeriodKey(AttributeRef rowTime, TimeGrain rowGrain, TimeGrain axisGrain) {
  static PeriodKey of(WindowUse use) {
    return new PeriodKey(use.rowTime(), use.rowGrain(), use.axisGrain());
  }

  /**
   * The window period of a row: the period of the window's grain that contains the row's time period, or, for rows
   * of a coarser time attribute (a running total by month over days), the last period inside the row's period.
   * {@code reach} turns the time attribute's date into an expression where it is computed.
   */
  Node period(Model model, UnaryOperator<Node> reach) {
    TimePeriod rowPeriod = Calendars.period(model, rowTime).orElseThrow();
    Node date = reach.apply(rowPeriod.date());
    if (axisGrain.contains(rowGrain)) {
      return new TimeTrunc(date, axisGrain);
    }
    Node nextRow = new AddPeriods(new TimeTrunc(date, rowGrain), 1, rowGrain);
    return new AddPeriods(nextRow, -1, axisGrain);
  }
}
