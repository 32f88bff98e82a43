package dev.grainline.examples.spectrum.data;

import java.time.OffsetDateTime;
import java.util.List;

/** A row of {@code fact_events}: {@code occurredAt} in UTC, {@code properties} a JSON object's text. */
public record EventRow(long eventId, int accountId, long userId, int eventTypeId, OffsetDateTime occurredAt,
    String properties) implements SpectrumRow {
  @Override
  public List<Object> values() {
    return SpectrumRow.of(eventId, accountId, userId, eventTypeId, occurredAt, properties);
  }
}
