package dev.grainline.internal.model;

import dev.grainline.dsl.TimeGrain;

import dev.grainline.internal.model.expr.Node;
import java.util.Objects;

/**
 * What makes an attribute a time attribute: each of its values names one period of {@code grain}, the period that
 * contains {@code date} (a row-level date or timestamp expression of the same entity). A calendar table's integer
 * {@code week} column names the week of its {@code date_value}; a fact's {@code ordered_at.truncatedTo(WEEK)} names
 * the week of {@code ordered_at}; a DATE column names its day.
 *
 * <p>Windows compare periods by their first day, computed from {@code date}, never by the attribute's own values:
 * integer weeks and months repeat every year and do not sort across a year boundary.
 */
public record TimePeriod(TimeGrain grain, Node date) {
  public TimePeriod {
    Objects.requireNonNull(grain, "grain");
    Objects.requireNonNull(date, "date");
  }
}
